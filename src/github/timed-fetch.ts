// A fetch with a time limit on each attempt, headers and body alike, so that an API that accepts the
// connection and then never answers (or stops halfway through a body) cannot hang the action. octokit has no
// timeout of its own; it takes a `fetch`, and plugin-retry calls it again for each attempt.
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>

/**
 * What the API did to one attempt that failed: a 5xx answer, a network error or a timeout. 4xx answers are
 * not reported here: they are the caller's to explain.
 */
export interface FailedAttempt {
  method: string
  path: string
  status?: number
  /** The network error's own words (e.g. `connect ECONNREFUSED 127.0.0.1:8080`). */
  error?: string
  timedOut?: boolean
}

/**
 * Thrown when an attempt has no complete answer in time. Named AbortError on purpose: octokit passes such an
 * error through as it is instead of wrapping it in a RequestError, and plugin-retry only retries
 * RequestErrors, so a request that timed out is not sent again (a hanging API costs one timeout, not four).
 */
export class RequestTimeoutError extends Error {
  readonly timeoutMs: number

  constructor(method: string, path: string, timeoutMs: number) {
    super(`${method} ${path} had no complete answer within ${seconds(timeoutMs)}`)
    this.name = 'AbortError'
    this.timeoutMs = timeoutMs
  }
}

/** Statuses whose responses have no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

export function timedFetch(inner: FetchLike, timeoutMs: number, onFailedAttempt: (attempt: FailedAttempt) => void = () => {}): FetchLike {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase()
    const path = pathOf(url)
    const timer = AbortSignal.timeout(timeoutMs)
    const signal = init.signal ? AbortSignal.any([init.signal, timer]) : timer
    try {
      const response = await inner(url, { ...init, signal })
      // Read the whole body under the same limit: octokit reads it later, outside any timeout, and turns a
      // body that fails halfway into an empty one.
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer()
      if (response.status >= 500) onFailedAttempt({ method, path, status: response.status })
      const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
      Object.defineProperty(whole, 'url', { value: response.url })
      return whole
    } catch (error) {
      // Only our own timer makes a timeout; a caller's abort stays the caller's.
      if (timer.aborted && !init.signal?.aborted) {
        onFailedAttempt({ method, path, timedOut: true })
        throw new RequestTimeoutError(method, path, timeoutMs)
      }
      onFailedAttempt({ method, path, error: networkMessage(error) })
      throw error
    }
  }
}

/**
 * fetch reports a network failure as `TypeError: fetch failed` and octokit wraps that again: the reason
 * (`connect ECONNREFUSED …`) is the innermost cause. Duck-typed, as errors may come from another realm.
 */
export function networkMessage(error: unknown): string {
  let message = messageOf(error)
  let current = error
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause
    const inner = messageOf(cause)
    if (!inner) break
    message = inner
    current = cause
  }
  return message || String(error)
}

function messageOf(value: unknown): string {
  const message = (value as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' ? message : ''
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return String(url).split('?')[0]
  }
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}
