// Opens a check run on a commit; annotations are added afterwards in batches (update-check-run.ts).
import type { ClientType } from './client.js'

export type CheckConclusion = 'success' | 'failure' | 'neutral'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
}

export interface CheckOutput {
  title: string
  summary: string
  annotations?: CheckAnnotation[]
}

export interface NewCheckRun {
  owner: string
  repo: string
  name: string
  headSha: string
  output: CheckOutput
}

export async function createCheckRun(client: ClientType, run: NewCheckRun): Promise<number> {
  const response = await client.rest.checks.create({
    owner: run.owner,
    repo: run.repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'in_progress',
    output: run.output,
  })
  return response.data.id
}
