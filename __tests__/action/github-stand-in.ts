// A loopback stand-in for the GitHub REST API: it keeps PR comments and check runs in memory, pages
// comment lists as GitHub does (Link headers), records every request, and can be scripted to answer
// some requests with errors (403, 404, 5xx, rate limits) or not at all before behaving normally again.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingMessage['headers']
  body: string
}

export interface ScriptedResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** `headers`: never answer; `body`: send the status and headers, start the body, never finish it. */
  hang?: 'headers' | 'body'
}

export interface StoredComment {
  id: number
  body: string
  user: { login: string }
}

export interface StoredCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  output: { title?: string; summary?: string }
  annotations: Array<Record<string, unknown>>
}

interface Script {
  method: string
  path: RegExp
  responses: ScriptedResponse[]
}

export interface GitHubStandIn {
  url: string
  requests: RecordedRequest[]
  /** PR comments by issue number. */
  comments: Map<number, StoredComment[]>
  checkRuns: StoredCheckRun[]
  /** Answers the next matching requests with `responses`, one each, then falls back to normal behaviour. */
  script(method: string, path: RegExp, ...responses: ScriptedResponse[]): void
  /** Adds comments by other users, e.g. to push the action's own comment onto a later page. */
  seedComments(issue: number, bodies: string[]): void
  /** Every request body, concatenated: for no-key assertions. */
  allBodies(): string
  close(): Promise<void>
}

/** A 403 as GitHub sends it to a fork's read-only token. */
export const FORBIDDEN: ScriptedResponse = {
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
}

export const SERVER_ERROR: ScriptedResponse = { status: 500, body: { message: 'Server Error' } }

export const BAD_GATEWAY: ScriptedResponse = { status: 502, body: { message: 'Server Error' } }

export const NOT_FOUND: ScriptedResponse = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }

/** Holds the request and never answers (until the stand-in closes). */
export const HANG: ScriptedResponse = { status: 200, hang: 'headers' }

/** Answers 200 and starts a JSON body that never ends. */
export const STALLED_BODY: ScriptedResponse = { status: 200, hang: 'body' }

/** A primary rate limit (x-ratelimit-remaining: 0) that resets `resetInSeconds` from now. */
export function rateLimited(resetInSeconds = 0): ScriptedResponse {
  return {
    status: 403,
    body: { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
  }
}

/** A secondary rate limit as GitHub sends it: 403, the words "secondary rate limit", and retry-after. */
export function secondaryRateLimited(retryAfterSeconds: number): ScriptedResponse {
  return {
    status: 403,
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
    headers: { 'retry-after': String(retryAfterSeconds) },
  }
}

export async function startGitHubStandIn(options: { perPageMax?: number } = {}): Promise<GitHubStandIn> {
  const perPageMax = options.perPageMax ?? 100
  const requests: RecordedRequest[] = []
  const comments = new Map<number, StoredComment[]>()
  const checkRuns: StoredCheckRun[] = []
  const scripts: Script[] = []
  let nextId = 1000

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(text)
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: string, base: string): void => {
    const url = new URL(req.url ?? '/', base)
    const method = req.method ?? 'GET'
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    }
    requests.push(recorded)

    const script = scripts.find((s) => s.method === method && s.path.test(url.pathname) && s.responses.length > 0)
    if (script) {
      const response = script.responses.shift()!
      if (response.hang === 'headers') return
      if (response.hang === 'body') {
        res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers })
        res.write('[{"id": 1, "body": ')
        return
      }
      send(res, response.status, response.body ?? {}, response.headers)
      return
    }
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : {}

    let m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m && method === 'GET') {
      const all = comments.get(Number(m[1])) ?? []
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), perPageMax)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const headers: Record<string, string> = {}
      if (page < last) {
        const next = new URL(url.href)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next.href}>; rel="next"`
      }
      send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers)
      return
    }
    if (m && method === 'POST') {
      const comment = { id: nextId++, body: String(json.body), user: { login: 'github-actions[bot]' } }
      const list = comments.get(Number(m[1])) ?? []
      list.push(comment)
      comments.set(Number(m[1]), list)
      send(res, 201, comment)
      return
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (m && method === 'PATCH') {
      const comment = [...comments.values()].flat().find((c) => c.id === Number(m![1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      comment.body = String(json.body)
      send(res, 200, comment)
      return
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname) && method === 'POST') {
      const output = (json.output ?? {}) as { title?: string; summary?: string; annotations?: [] }
      const run: StoredCheckRun = {
        id: nextId++,
        name: String(json.name),
        head_sha: String(json.head_sha),
        status: String(json.status ?? 'queued'),
        conclusion: (json.conclusion as string) ?? null,
        output: { title: output.title, summary: output.summary },
        annotations: [...(output.annotations ?? [])],
      }
      checkRuns.push(run)
      send(res, 201, { id: run.id })
      return
    }
    m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname)
    if (m && method === 'PATCH') {
      const run = checkRuns.find((r) => r.id === Number(m![1]))
      if (!run) return send(res, 404, { message: 'Not Found' })
      const output = (json.output ?? {}) as { title?: string; summary?: string; annotations?: [] }
      run.annotations.push(...(output.annotations ?? []))
      if (json.status) run.status = String(json.status)
      if (json.conclusion) run.conclusion = String(json.conclusion)
      send(res, 200, { id: run.id })
      return
    }
    send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8'), `http://${req.headers.host}`))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    comments,
    checkRuns,
    script(method, path, ...responses) {
      scripts.push({ method, path, responses })
    },
    seedComments(issue, bodies) {
      const list = comments.get(issue) ?? []
      for (const body of bodies) list.push({ id: nextId++, body, user: { login: 'someone' } })
      comments.set(issue, list)
    },
    allBodies: () => requests.map((r) => r.body).join('\n'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
