// A check run that carries every annotation when there are more than a step can show. The Checks API takes
// at most 50 annotations per request, so the run is created with the first 50 and updated with the rest.
import type { ClientType } from '../github/client.js'
import { createCheckRun, type CheckAnnotation, type CheckConclusion } from '../github/create-check-run.js'
import { updateCheckRun } from '../github/update-check-run.js'

export const ANNOTATIONS_PER_REQUEST = 50

export interface CheckRunTarget {
  owner: string
  repo: string
  name: string
  headSha: string
}

export async function publishCheckRun(
  client: ClientType,
  target: CheckRunTarget,
  annotations: CheckAnnotation[],
  summary: { title: string; text: string; conclusion: CheckConclusion },
  perRequest = ANNOTATIONS_PER_REQUEST,
): Promise<number> {
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += perRequest) batches.push(annotations.slice(i, i + perRequest))
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: summary.title,
    summary: summary.text,
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  })
  const id = await createCheckRun(client, { ...target, output: output(batches[0]) })
  const run = { owner: target.owner, repo: target.repo, checkRunId: id }
  const rest = batches.slice(1)
  try {
    for (let i = 0; i < rest.length; i++) {
      const last = i === rest.length - 1
      await updateCheckRun(client, { ...run, output: output(rest[i]), ...(last ? { conclusion: summary.conclusion } : {}) })
    }
    if (rest.length === 0) await updateCheckRun(client, { ...run, output: output(undefined), conclusion: summary.conclusion })
  } catch (error) {
    // A run left in progress shows as pending on the pull request for good: conclude it, without the
    // annotations that failed, before the failure is reported as usual.
    const text = `${summary.text}\n\nSome annotations could not be attached to this check run; the job log lists every finding.`
    await updateCheckRun(client, {
      ...run,
      output: { title: summary.title, summary: text },
      conclusion: summary.conclusion,
    }).catch(() => undefined)
    throw error
  }
  return id
}
