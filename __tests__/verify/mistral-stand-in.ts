// A loopback stand-in for Mistral's `GET /v1/models`: each key answers as the test tells it to, and every
// request is recorded (URL, headers, body) so tests can prove the key travels only in Authorization.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Behaviour =
  | 'models' // 200 with a data array
  | 'no-data' // 200, JSON without data
  | 'not-json' // 200, a body that is not JSON
  | 401
  | 403
  | 404
  | 429
  | 500
  | 502
  | 'hang' // never answers
  | 'hang-body' // sends 200 headers, then never ends the body
  | { delayMs: number } // answers 'models' after a pause
  | { redirectTo: string } // 302 to another URL

export interface RecordedRequest {
  method: string
  url: string
  /** Every header but Authorization, as received. */
  otherHeaders: Record<string, string | string[] | undefined>
  authorization: string | undefined
  body: string
}

export interface StandIn {
  baseUrl: string
  requests: RecordedRequest[]
  /** Most requests the server saw in flight at once. */
  maxInFlight: number
  close(): Promise<void>
}

/** `behaviourOf(key)` decides the answer; a request without a Bearer key gets 401. */
export async function startMistralStandIn(behaviourOf: (key: string) => Behaviour): Promise<StandIn> {
  const requests: RecordedRequest[] = []
  let inFlight = 0
  const state = { maxInFlight: 0 }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const { authorization, ...otherHeaders } = req.headers
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        otherHeaders,
        authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      inFlight++
      state.maxInFlight = Math.max(state.maxInFlight, inFlight)
      let done = false
      const finish = (): void => {
        if (!done) inFlight--
        done = true
      }
      res.on('close', finish)
      const key = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
      answer(key === undefined ? 401 : behaviourOf(key), res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return state.maxInFlight
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function answer(behaviour: Behaviour, res: ServerResponse): void {
  if (behaviour === 'models') return json(res, 200, { object: 'list', data: [{ id: 'mistral-small-latest' }] })
  if (behaviour === 'no-data') return json(res, 200, { object: 'list' })
  if (behaviour === 'not-json') {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end('<html>captive portal</html>')
    return
  }
  if (behaviour === 'hang') return
  if (behaviour === 'hang-body') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"object":"list","data":[')
    return
  }
  if (typeof behaviour === 'number') return json(res, behaviour, { message: `status ${behaviour}` })
  if ('delayMs' in behaviour) {
    setTimeout(() => answer('models', res), behaviour.delayMs)
    return
  }
  res.writeHead(302, { location: behaviour.redirectTo })
  res.end()
}

/** A loopback port with nothing listening (connection refused). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
