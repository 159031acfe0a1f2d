import { afterEach, describe, expect, test } from '@jest/globals'
import { UsageError } from '../../src/config/config-error.js'
import type { Verification } from '../../src/report/report.js'
import { verifyKeys, type VerificationCache } from '../../src/verify/mistral.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { closedPort, startMistralStandIn, type Behaviour, type StandIn } from './mistral-stand-in.js'

const opened: StandIn[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((server) => server.close()))
})

/** Starts the stand-in with one behaviour per key. */
async function standIn(behaviours: Map<string, Behaviour>): Promise<StandIn> {
  const server = await startMistralStandIn((key) => behaviours.get(key) ?? 401)
  opened.push(server)
  return server
}

function recordingLog(): { lines: string[]; info(msg: string): void } {
  const lines: string[] = []
  return { lines, info: (msg) => lines.push(msg) }
}

/** Everything that left the process apart from the Authorization header, plus everything we logged or returned. */
function everythingButAuthorization(server: StandIn, logLines: string[], result: Map<string, Verification>): string {
  const requests = server.requests.map((r) => [r.method, r.url, JSON.stringify(r.otherHeaders), r.body].join('\n'))
  return [...requests, ...logLines, JSON.stringify([...result])].join('\n')
}

describe('verifyKeys against a loopback Mistral stand-in', () => {
  test('maps each answer to its verdict: only 200 with a data array is verified', async () => {
    const cases: [Behaviour, Verification][] = [
      ['models', 'verified'],
      ['no-data', 'unknown'],
      ['not-json', 'unknown'],
      [401, 'invalid'],
      [403, 'invalid'],
      [404, 'unknown'],
      [429, 'unknown'],
      [500, 'unknown'],
      [502, 'unknown'],
      ['hang', 'unknown'],
      ['hang-body', 'unknown'],
    ]
    const keys = cases.map((_, i) => fakeKey(100 + i))
    const server = await standIn(new Map(cases.map(([behaviour], i) => [keys[i], behaviour])))
    const secrets = new Map(keys.map((key, i) => [`fingerprint-${i}`, key]))
    const log = recordingLog()

    const result = await verifyKeys(secrets, {
      baseUrl: server.baseUrl,
      timeoutMs: 300,
      concurrency: cases.length,
      log,
      cache: new Map(),
    })

    expect(cases.map((_, i) => [cases[i][0], result.get(`fingerprint-${i}`)])).toEqual(
      cases.map(([behaviour, verdict]) => [behaviour, verdict]),
    )
    expect(server.requests).toHaveLength(cases.length)
    for (const request of server.requests) {
      expect(request.method).toBe('GET')
      expect(request.url).toBe('/v1/models')
      expect(request.body).toBe('')
    }
    expect(server.requests.map((r) => r.authorization).sort()).toEqual(keys.map((k) => `Bearer ${k}`).sort())
    expectNoKey(everythingButAuthorization(server, log.lines, result), keys, 'requests, logs or result')
  })

  test('sends one request per distinct key, whatever the number of findings sharing it', async () => {
    const shared = fakeKey(200)
    const other = fakeKey(201)
    const server = await standIn(
      new Map<string, Behaviour>([
        [shared, 'models'],
        [other, 401],
      ]),
    )
    const secrets = new Map([
      ['a', shared],
      ['b', other],
      ['c', shared],
      ['d', shared],
    ])

    const result = await verifyKeys(secrets, { baseUrl: server.baseUrl, cache: new Map() })

    expect(Object.fromEntries(result)).toEqual({ a: 'verified', b: 'invalid', c: 'verified', d: 'verified' })
    expect(server.requests).toHaveLength(2)
  })

  test('caches verdicts for the run: a second call asks nothing again', async () => {
    const key = fakeKey(210)
    const server = await standIn(new Map<string, Behaviour>([[key, 'models']]))
    const cache: VerificationCache = new Map()

    const [first, second] = await Promise.all([
      verifyKeys(new Map([['x', key]]), { baseUrl: server.baseUrl, cache }),
      verifyKeys(new Map([['y', key]]), { baseUrl: server.baseUrl, cache }),
    ])
    const third = await verifyKeys(new Map([['z', key]]), { baseUrl: server.baseUrl, cache })

    expect([first.get('x'), second.get('y'), third.get('z')]).toEqual(['verified', 'verified', 'verified'])
    expect(server.requests).toHaveLength(1)
    for (const cacheKey of cache.keys()) expectNoKey(cacheKey, [key], 'cache key')
  })

  test('keeps at most `concurrency` requests in flight, as the server sees them', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => fakeKey(300 + i))
    const server = await standIn(new Map(keys.map((key) => [key, { delayMs: 60 } as Behaviour])))

    const result = await verifyKeys(new Map(keys.map((key, i) => [String(i), key])), {
      baseUrl: server.baseUrl,
      concurrency: 3,
      cache: new Map(),
    })

    expect([...result.values()].every((v) => v === 'verified')).toBe(true)
    expect(server.requests).toHaveLength(10)
    expect(server.maxInFlight).toBe(3)
  })

  test('defaults to at most 4 requests at once', async () => {
    const keys = Array.from({ length: 9 }, (_, i) => fakeKey(320 + i))
    const server = await standIn(new Map(keys.map((key) => [key, { delayMs: 60 } as Behaviour])))

    await verifyKeys(new Map(keys.map((key, i) => [String(i), key])), { baseUrl: server.baseUrl, cache: new Map() })

    expect(server.maxInFlight).toBe(4)
  })

  test('a timed-out request is unknown and logs the reason without the key', async () => {
    const key = fakeKey(400)
    const server = await standIn(new Map<string, Behaviour>([[key, 'hang']]))
    const log = recordingLog()

    const result = await verifyKeys(new Map([['f', key]]), {
      baseUrl: server.baseUrl,
      timeoutMs: 150,
      log,
      cache: new Map(),
    })

    expect(result.get('f')).toBe('unknown')
    expect(log.lines.join('\n')).toMatch(/no answer within 150 ms/)
    expectNoKey(log.lines.join('\n'), [key], 'log')
  })

  test('connection refused is unknown, logged without the key', async () => {
    const key = fakeKey(410)
    const log = recordingLog()

    const result = await verifyKeys(new Map([['f', key]]), {
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      log,
      cache: new Map(),
    })

    expect(result.get('f')).toBe('unknown')
    expect(log.lines.join('\n')).toMatch(/ECONNREFUSED/)
    expectNoKey(log.lines.join('\n'), [key], 'log')
  })

  test('does not follow a redirect, so the key never reaches the redirect target', async () => {
    const key = fakeKey(420)
    const target = await standIn(new Map<string, Behaviour>([[key, 'models']]))
    const server = await standIn(new Map<string, Behaviour>([[key, { redirectTo: `${target.baseUrl}/v1/models` }]]))

    const result = await verifyKeys(new Map([['f', key]]), { baseUrl: server.baseUrl, cache: new Map() })

    expect(result.get('f')).toBe('unknown')
    expect(target.requests).toHaveLength(0)
  })

  test('keeps a path prefix of the base URL and logs the endpoint it uses', async () => {
    const key = fakeKey(430)
    const server = await standIn(new Map<string, Behaviour>([[key, 'models']]))
    const log = recordingLog()

    await verifyKeys(new Map([['f', key]]), { baseUrl: `${server.baseUrl}/proxy/`, log, cache: new Map() })

    expect(server.requests.map((r) => r.url)).toEqual(['/proxy/v1/models'])
    expect(log.lines[0]).toContain(`${server.baseUrl}/proxy/v1/models`)
  })

  test('an error text holding the key is scrubbed before it is logged', async () => {
    const key = fakeKey(440)
    const log = recordingLog()
    // An injected fetch stands for a client library that echoes the request in its error.
    const leakyFetch = (async (_url: unknown, init?: RequestInit) => {
      throw new TypeError('fetch failed', { cause: { message: `bad header ${JSON.stringify(init?.headers)}` } })
    }) as typeof fetch

    const result = await verifyKeys(new Map([['f', key]]), {
      baseUrl: 'http://127.0.0.1:9',
      fetch: leakyFetch,
      log,
      cache: new Map(),
    })

    expect(result.get('f')).toBe('unknown')
    expect(log.lines.join('\n')).toContain('[key]')
    expectNoKey(log.lines.join('\n'), [key], 'log')
  })

  test('refuses a plain-http base URL off loopback before sending anything', async () => {
    const key = fakeKey(450)
    let called = false
    const fetchSpy = (async () => {
      called = true
      return new Response('{}')
    }) as typeof fetch

    await expect(
      verifyKeys(new Map([['f', key]]), { baseUrl: 'http' + '://api.mistral.ai', fetch: fetchSpy, cache: new Map() }),
    ).rejects.toBeInstanceOf(UsageError)
    expect(called).toBe(false)
  })

  test('no keys, no requests and no log lines', async () => {
    const log = recordingLog()
    const result = await verifyKeys(new Map(), { baseUrl: 'http://127.0.0.1:9', log, cache: new Map() })
    expect(result.size).toBe(0)
    expect(log.lines).toEqual([])
  })
})
