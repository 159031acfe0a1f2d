// The per-attempt time limit under octokit: headers and body alike, a caller's own abort left alone, and
// one line per failed attempt.
import { describe, expect, test } from '@jest/globals'
import { DEFAULT_CLIENT_TUNING } from '../../src/github/client.js'
import { networkMessage, RequestTimeoutError, timedFetch, type FailedAttempt, type FetchLike } from '../../src/github/timed-fetch.js'

/** An inner fetch that never answers, but gives up when its signal aborts (as fetch does). */
const never: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
  })

/** Answers at once with `status` and a body stream that sends one chunk and then stalls. */
function stalledBody(status = 200): FetchLike {
  return async (_url, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('[{"id":'))
        init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason))
      },
    })
    return new Response(body, { status, headers: { 'content-type': 'application/json' } })
  }
}

describe('timedFetch', () => {
  test('an attempt with no answer in time throws RequestTimeoutError, named so octokit does not retry it', async () => {
    const attempts: FailedAttempt[] = []
    const fetch = timedFetch(never, 50, (attempt) => attempts.push(attempt))
    const error = await fetch('http://127.0.0.1:1/repos/acme/app/check-runs?x=1', { method: 'post' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RequestTimeoutError)
    expect((error as Error).name).toBe('AbortError')
    expect((error as Error).message).toBe('POST /repos/acme/app/check-runs had no complete answer within 50 ms')
    expect(attempts).toEqual([{ method: 'POST', path: '/repos/acme/app/check-runs', timedOut: true }])
  })

  test('a body that stalls after the headers times out too', async () => {
    const fetch = timedFetch(stalledBody(), 50)
    await expect(fetch('http://127.0.0.1:1/x')).rejects.toBeInstanceOf(RequestTimeoutError)
  })

  test("a caller's own abort is the caller's error, not a timeout", async () => {
    const controller = new AbortController()
    const fetch = timedFetch(never, 10_000)
    const pending = fetch('http://127.0.0.1:1/x', { signal: controller.signal })
    controller.abort(new Error('cancelled by caller'))
    await expect(pending).rejects.toThrow('cancelled by caller')
  })

  test('a whole answer passes through with its status, headers and body; 5xx answers are reported', async () => {
    const attempts: FailedAttempt[] = []
    const inner: FetchLike = async () => new Response('{"message":"Server Error"}', { status: 502, headers: { 'x-github-request-id': 'R1' } })
    const response = await timedFetch(inner, 1000, (attempt) => attempts.push(attempt))('http://127.0.0.1:1/a/b')
    expect(response.status).toBe(502)
    expect(response.headers.get('x-github-request-id')).toBe('R1')
    expect(await response.json()).toEqual({ message: 'Server Error' })
    expect(attempts).toEqual([{ method: 'GET', path: '/a/b', status: 502 }])
  })

  test('a 204 has no body and is not reported', async () => {
    const attempts: FailedAttempt[] = []
    const response = await timedFetch(async () => new Response(null, { status: 204 }), 1000, (a) => attempts.push(a))('http://127.0.0.1:1/x')
    expect(response.status).toBe(204)
    expect(attempts).toEqual([])
  })

  test('a network error is reported in its innermost words and rethrown as it is', async () => {
    const attempts: FailedAttempt[] = []
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })
    const fetch = timedFetch(async () => Promise.reject(refused), 1000, (a) => attempts.push(a))
    await expect(fetch('http://127.0.0.1:9/x', { method: 'PATCH' })).rejects.toBe(refused)
    expect(attempts).toEqual([{ method: 'PATCH', path: '/x', error: 'connect ECONNREFUSED 127.0.0.1:9' }])
  })
})

describe('networkMessage', () => {
  test('walks causes to the innermost message', () => {
    const inner = { message: 'connect ECONNREFUSED 127.0.0.1:9' }
    expect(networkMessage({ message: 'fetch failed', cause: { message: 'fetch failed', cause: inner } })).toBe(inner.message)
    expect(networkMessage(new Error('plain'))).toBe('plain')
    expect(networkMessage('text')).toBe('text')
  })
})

describe('DEFAULT_CLIENT_TUNING', () => {
  test('production waits: 3 retries, seconds as seconds, rate limits up to 2 min, 30 s per attempt', () => {
    expect(DEFAULT_CLIENT_TUNING).toEqual({ retries: 3, retryAfterBaseValue: 1000, maxRateLimitWaitSeconds: 120, requestTimeoutMs: 30_000 })
  })
})
