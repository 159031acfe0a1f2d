// The one octokit the action uses: built once, with retries on 5xx and network errors (@octokit/plugin-retry),
// waits on rate limits (@octokit/plugin-throttling) and a timeout on every request (timed-fetch.ts), so that
// a failing or hanging API costs a bounded time. Every API call lives in its own file and takes this client.
import { randomUUID } from 'node:crypto'
import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { timedFetch, type FailedAttempt, type FetchLike } from './timed-fetch.js'

export type ClientType = ReturnType<typeof getOctokit>

export interface ClientLog {
  debug(message: string): void
  warning(message: string): void
  /** One line per failed attempt (a 5xx, a network error, a timeout); debug when absent. */
  info?(message: string): void
  /** Rate-limit waits, which explain a slow step; warning when absent. */
  notice?(message: string): void
}

/** Timings tests shrink (as actions/checkout's RetryHelper takes its attempts and waits); production uses the defaults. */
export interface ClientTuning {
  /** Retries of a request answered 5xx or lost to a network error, and of a rate-limited one. */
  retries: number
  /**
   * Milliseconds per unit of the plugins' waits: plugin-retry waits (n+1)² units before retry n+1, and a
   * rate limit waits its `retry-after` (or until `x-ratelimit-reset`) in seconds. 0 never sleeps.
   */
  retryAfterBaseValue: number
  /** Rate-limit waits longer than this many seconds are not waited for: the step gives up instead. */
  maxRateLimitWaitSeconds: number
  /** Per attempt: a request with no complete answer after this many milliseconds is abandoned (not retried). */
  requestTimeoutMs: number
}

export const DEFAULT_CLIENT_TUNING: ClientTuning = {
  retries: 3,
  retryAfterBaseValue: 1000,
  maxRateLimitWaitSeconds: 120,
  requestTimeoutMs: 30_000,
}

/**
 * Statuses plugin-retry must not retry: its own list (client errors that will not change) plus 429, which
 * is a rate limit and plugin-throttling's to wait out; both retrying it would double the waits.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

export interface ClientOptions extends Partial<ClientTuning> {
  token: string
  /** REST API root (GITHUB_API_URL). */
  baseUrl: string
  log: ClientLog
  /** Called with every request body before it is sent; throws to stop a body that must not leave. */
  inspectBody?: (body: string) => void
  /** The fetch under the timeout; @actions/github's (proxy aware) by default. */
  fetch?: FetchLike
}

export function createClient(options: ClientOptions): ClientType {
  const tuning: ClientTuning = { ...DEFAULT_CLIENT_TUNING, ...definedOnly(options) }
  const log = {
    debug: (message: string) => options.log.debug(message),
    info: (message: string) => (options.log.info ? options.log.info(message) : options.log.debug(message)),
    notice: (message: string) => (options.log.notice ? options.log.notice(message) : options.log.warning(message)),
  }
  const { retries, retryAfterBaseValue, maxRateLimitWaitSeconds } = tuning
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < retries && retryAfter <= maxRateLimitWaitSeconds
      const where = `${request.method} ${routeOf(request)}`
      // A wait explains a slow step, so it is a notice; giving up is reported once, by the step that failed.
      if (again) log.notice(`GitHub API ${kind} rate limit on ${where}: waiting ${retryAfter} s, then retrying.`)
      else log.debug(`GitHub API ${kind} rate limit on ${where}: not waiting ${retryAfter} s (retry ${retryCount + 1}).`)
      return again
    }
  const baseFetch = options.fetch ?? (defaults.request?.fetch as FetchLike | undefined) ?? (globalThis.fetch as FetchLike)
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      // Replaces @actions/github's `request` defaults wholesale (octokit merges options shallowly), so its
      // proxy agent is carried over and its proxy-aware fetch is the one timed.
      request: {
        ...defaults.request,
        fetch: timedFetch(baseFetch, tuning.requestTimeoutMs, (attempt) => log.info(describeAttempt(attempt, retries))),
      },
      // octokit's own chatter (deprecations, plugin notes) stays in the debug log.
      log: {
        debug: log.debug,
        info: log.debug,
        warn: log.debug,
        error: log.debug,
      },
      retry: { retries, retryAfterBaseValue, doNotRetry: DO_NOT_RETRY },
      throttle: {
        // plugin-throttling spaces writes (1 s; 3 s for comments) in limiters it shares by id across every
        // octokit in the process: one id per client keeps one client's spacing from delaying another's.
        id: `mistral-guard-${randomUUID()}`,
        retryAfterBaseValue,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  )
  const inspect = options.inspectBody
  if (inspect) {
    // Route parameters and the body are both top-level fields of the request options here.
    client.hook.before('request', (options) => {
      const { headers: _headers, request: _request, ...fields } = options as Record<string, unknown>
      inspect(JSON.stringify(fields))
    })
  }
  return client
}

/** One line per failed attempt, so the log shows what was retried and why a step was slow. */
function describeAttempt(attempt: FailedAttempt, retries: number): string {
  const where = `${attempt.method} ${attempt.path}`
  if (attempt.timedOut) return `GitHub API: ${where} had no answer in time; not retried.`
  const what = attempt.status ? `HTTP ${attempt.status}` : (attempt.error ?? 'a network error')
  return `GitHub API: ${what} on ${where}; such failures are retried up to ${retries} times.`
}

/**
 * The path a rate-limited request went to, never its query. octokit hands the limit handlers either a full
 * URL or the route template with its parameters beside it (`/repos/{owner}/{repo}/…`, at times escaped).
 */
function routeOf(request: { url: string }): string {
  const parameters = request as unknown as Record<string, unknown>
  let url = request.url
  for (let i = 0; i < 3 && /%[0-9A-Fa-f]{2}/.test(url); i++) url = safeDecode(url)
  const filled = url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = parameters[name]
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole
  })
  try {
    return new URL(filled, 'http://api.invalid').pathname
  } catch {
    return filled.split('?')[0]
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function definedOnly(options: Partial<ClientTuning>): Partial<ClientTuning> {
  const picked: Partial<ClientTuning> = {}
  for (const name of Object.keys(DEFAULT_CLIENT_TUNING) as Array<keyof ClientTuning>) {
    if (options[name] !== undefined) picked[name] = options[name]
  }
  return picked
}
