// The one octokit the action uses: built once, with retries on 5xx (@octokit/plugin-retry) and waits on
// rate limits (@octokit/plugin-throttling). Every API call lives in its own file and takes this client.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type ClientType = ReturnType<typeof getOctokit>

export interface ClientLog {
  debug(message: string): void
  warning(message: string): void
}

export interface ClientOptions {
  token: string
  /** REST API root (GITHUB_API_URL). */
  baseUrl: string
  log: ClientLog
  /** Milliseconds per unit of the plugins' back-off; tests pass 0 so nothing sleeps. */
  retryAfterBaseValue?: number
  /** Retries of a request answered 5xx (and of a rate-limited one). */
  retries?: number
  /** Rate-limit waits longer than this many seconds are not waited for. */
  maxRateLimitWaitSeconds?: number
  /** Called with every request body before it is sent; throws to stop a body that must not leave. */
  inspectBody?: (body: string) => void
}

export function createClient(options: ClientOptions): ClientType {
  const retries = options.retries ?? 3
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < retries && retryAfter <= maxWait
      options.log.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (again ? `retrying in ${retryAfter} s.` : 'giving up.'),
      )
      return again
    }
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      log: {
        debug: (message: string) => options.log.debug(message),
        info: (message: string) => options.log.debug(message),
        warn: (message: string) => options.log.debug(message),
        error: (message: string) => options.log.debug(message),
      },
      retry: { retries, retryAfterBaseValue },
      throttle: {
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
