// Adds annotations to a check run (GitHub appends them; it takes at most 50 per request) or completes it.
import type { ClientType } from './client.js'
import type { CheckConclusion, CheckOutput } from './create-check-run.js'

export interface CheckRunUpdate {
  owner: string
  repo: string
  checkRunId: number
  output: CheckOutput
  /** Set on the last request: completes the run. */
  conclusion?: CheckConclusion
}

export async function updateCheckRun(client: ClientType, update: CheckRunUpdate): Promise<void> {
  await client.rest.checks.update({
    owner: update.owner,
    repo: update.repo,
    check_run_id: update.checkRunId,
    output: update.output,
    ...(update.conclusion ? { status: 'completed' as const, conclusion: update.conclusion } : {}),
  })
}
