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
  const rest = batches.slice(1)
  for (let i = 0; i < rest.length; i++) {
    const last = i === rest.length - 1
    await updateCheckRun(client, { owner: target.owner, repo: target.repo, checkRunId: id, output: output(rest[i]), ...(last ? { conclusion: summary.conclusion } : {}) })
  }
  if (rest.length === 0) {
    await updateCheckRun(client, { owner: target.owner, repo: target.repo, checkRunId: id, output: output(undefined), conclusion: summary.conclusion })
  }
  return id
}
