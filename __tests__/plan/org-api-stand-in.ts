// A loopback stand-in for the part of the GitHub REST API `plan repos` uses: GET /orgs/{org}/repos, paged with
// Link headers as GitHub pages it. It records every request and can answer the next ones with scripted errors
// (a 500, say) before behaving normally again.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingMessage['headers']
}

export interface StandInRepo {
  name: string
  archived?: boolean
  fork?: boolean
  disabled?: boolean
  visibility?: 'public' | 'private' | 'internal'
  topics?: string[]
  size?: number
  default_branch?: string
}

export interface OrgApiStandIn {
  url: string
  requests: RecordedRequest[]
  /** The next requests get these statuses (one each), then normal answers resume. */
  failNext(...statuses: number[]): void
  close(): Promise<void>
}

export async function startOrgApiStandIn(orgs: Record<string, StandInRepo[]>): Promise<OrgApiStandIn> {
  const requests: RecordedRequest[] = []
  const failures: number[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
    })
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(body))
    }
    const failure = failures.shift()
    if (failure !== undefined) return send(failure, { message: `scripted ${failure}` })
    const match = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname)
    const repos = match ? orgs[decodeURIComponent(match[1])] : undefined
    if (req.method !== 'GET' || !match || !repos) {
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    const org = decodeURIComponent(match[1])
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(repos.length / perPage))
    const items = repos.slice((page - 1) * perPage, page * perPage).map((r, i) => ({
      id: page * 1000 + i,
      name: r.name,
      full_name: `${org}/${r.name}`,
      private: (r.visibility ?? 'public') !== 'public',
      visibility: r.visibility ?? 'public',
      fork: r.fork ?? false,
      archived: r.archived ?? false,
      disabled: r.disabled ?? false,
      topics: r.topics ?? [],
      size: r.size ?? 120,
      default_branch: r.default_branch ?? 'main',
    }))
    const link = (p: number) => {
      const next = new URL(url.toString())
      next.host = req.headers.host ?? next.host
      next.searchParams.set('page', String(p))
      return next.toString()
    }
    const links: string[] = []
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
    send(200, items, links.length > 0 ? { link: links.join(', ') } : {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...statuses) => failures.push(...statuses),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
