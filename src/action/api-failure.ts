// Publishing to the API is best effort. What the token may not do (401, 403, 404: a fork's read-only token,
// a permission the workflow did not grant) and an API the runner cannot reach or that does not answer in time
// are notices; a server error that outlasted the retries, or a rate limit not worth waiting for, is a
// warning. None changes the verdict: the annotations, the job summary and the exit code already carry it.
// Only a SecretLeakError stops the run.
import { networkMessage, RequestTimeoutError } from '../github/timed-fetch.js'
import type { ActionLog } from './log.js'
import { SecretLeakError } from './secret-guard.js'

interface HttpError {
  status?: number
  message?: string
  /** Set by octokit on a RequestError; a RequestError without a response never reached the server. */
  request?: unknown
  response?: { headers?: Record<string, string | undefined> }
}

/** What went wrong, in the words the log uses. */
export type ApiFailureKind = 'timeout' | 'unreachable' | 'rate-limit' | 'unauthorized' | 'forbidden' | 'not-found' | 'server' | 'other'

export function classifyApiFailure(error: unknown): ApiFailureKind {
  if (error instanceof RequestTimeoutError) return 'timeout'
  const http = (error ?? {}) as HttpError
  if (http.request && !http.response) return 'unreachable'
  const status = http.status
  const headers = http.response?.headers ?? {}
  const rateLimited = headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(http.message ?? '')
  if ((status === 403 || status === 429) && rateLimited) return 'rate-limit'
  if (status === 401) return 'unauthorized'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not-found'
  if (status !== undefined && status >= 500) return 'server'
  return 'other'
}

/**
 * Shared by the publishing steps of one run: once the API could not be reached or did not answer in time,
 * the later steps are skipped instead of each waiting out its own retries and timeouts.
 */
export interface ApiRun {
  unreachable?: string
}

const STILL_LISTED = 'The verdict is unchanged; the annotations and the job summary list every finding.'

/** Runs one publishing step; returns false when it failed or was skipped (already logged). */
export async function bestEffort(
  what: string,
  permission: string,
  log: ActionLog,
  step: () => Promise<void>,
  run: ApiRun = {},
): Promise<boolean> {
  if (run.unreachable) {
    log.notice(`Skipped: ${what}, because ${run.unreachable}. ${STILL_LISTED}`)
    return false
  }
  try {
    await step()
    return true
  } catch (error) {
    if (error instanceof SecretLeakError) throw error
    const kind = classifyApiFailure(error)
    const message = firstLine((error as HttpError).message)
    const status = (error as HttpError).status
    switch (kind) {
      case 'timeout':
        run.unreachable = 'the GitHub API did not answer in time earlier in this run'
        log.notice(`Could not ${what}: the GitHub API did not answer in time (${message}). ${STILL_LISTED}`)
        break
      case 'unreachable':
        run.unreachable = 'the GitHub API could not be reached earlier in this run'
        log.notice(`Could not ${what}: the GitHub API could not be reached (${firstLine(networkMessage(error))}), retries included. ${STILL_LISTED}`)
        break
      case 'rate-limit':
        log.warning(`Could not ${what}: GitHub's API rate limit (HTTP ${status}) outlasted the waits this step allows. ${STILL_LISTED}`)
        break
      case 'unauthorized':
        log.notice(`Could not ${what}: GitHub refused the token (401). Check the \`github-token\` input. ${STILL_LISTED}`)
        break
      case 'forbidden':
        log.notice(
          `Could not ${what}: the token may not (403). Grant \`${permission}\` in the workflow's permissions; ` +
            `on pull requests from forks the token is read-only. The annotations and job summary still list every finding.`,
        )
        break
      case 'not-found':
        log.notice(
          `Could not ${what}: the API answered 404 (not found); the token may not see this repository or pull request ` +
            `(it needs \`${permission}\`). ${STILL_LISTED}`,
        )
        break
      case 'server':
        log.warning(`Could not ${what} (HTTP ${status}, still failing after retries: ${message}). ${STILL_LISTED}`)
        break
      default:
        log.warning(`Could not ${what} (${status ? `HTTP ${status}: ` : ''}${message}). ${STILL_LISTED}`)
    }
    return false
  }
}

function firstLine(message: string | undefined): string {
  return (message || 'unknown error').split('\n')[0].slice(0, 300)
}
