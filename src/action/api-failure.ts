// Publishing to the API is best effort: a 403 (a fork's read-only token, or a permission the workflow did
// not grant) becomes a notice, any other failure a warning. Neither changes the verdict; the annotations,
// the job summary and the exit code already carry it. Only a SecretLeakError stops the run.
import type { ActionLog } from './log.js'
import { SecretLeakError } from './secret-guard.js'

interface HttpError {
  status?: number
  message?: string
}

/** Runs one publishing step; returns false when it failed (already logged). */
export async function bestEffort(
  what: string,
  permission: string,
  log: ActionLog,
  step: () => Promise<void>,
): Promise<boolean> {
  try {
    await step()
    return true
  } catch (error) {
    if (error instanceof SecretLeakError) throw error
    const status = (error as HttpError).status
    if (status === 403) {
      log.notice(
        `Could not ${what}: the token may not (403). Grant \`${permission}\` in the workflow's permissions; ` +
          `on pull requests from forks the token is read-only. The annotations and job summary still list every finding.`,
      )
    } else {
      const detail = status ? `HTTP ${status}: ${firstLine((error as HttpError).message)}` : firstLine((error as HttpError).message)
      log.warning(`Could not ${what} (${detail}). The verdict is unchanged; the job summary lists every finding.`)
    }
    return false
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0].slice(0, 300)
}
