// Repositories -> GitHub Actions matrices. A matrix holds at most 256 jobs, so the list is cut into batches;
// the reusable workflow gives each batch its own matrix job and shares max-parallel out between them.
import { UsageError } from '../config/config-error.js'
import type { OrgRepo } from './list-org-repos.js'
import type { ExcludedCounts } from './select-repos.js'

/** GitHub's limit on the jobs one matrix may generate. */
export const MATRIX_LIMIT = 256

export interface RepoMatrixEntry {
  /** owner/name, as actions/checkout's `repository` input takes it. */
  repository: string
  'default-branch': string
  /** A name for the job's report artifact, unique within the run (repository names are unique in an org). */
  artifact: string
}

export interface RepoMatrix {
  include: RepoMatrixEntry[]
}

export interface RepoPlan {
  org: string
  count: number
  batchSize: number
  /** max-parallel for each batch's matrix, so that all batches together stay within the asked total. */
  maxParallel: number
  batches: RepoMatrix[]
  excluded: ExcludedCounts
}

export interface MatrixOptions {
  batchSize: number
  /** Total jobs running at once across all batches. */
  maxParallel: number
  /** Refuse plans needing more batches than the workflow has matrix jobs for. */
  maxBatches?: number
}

export function artifactName(repo: OrgRepo): string {
  return `mistral-guard-${repo.name}`.replace(/[^A-Za-z0-9_.-]/g, '-')
}

export function planRepos(org: string, repos: OrgRepo[], excluded: ExcludedCounts, options: MatrixOptions): RepoPlan {
  const { batchSize, maxParallel, maxBatches } = options
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MATRIX_LIMIT) {
    throw new UsageError(`Invalid --batch-size '${batchSize}'. Expected a whole number from 1 to ${MATRIX_LIMIT}.`)
  }
  if (!Number.isInteger(maxParallel) || maxParallel < 1) {
    throw new UsageError(`Invalid --max-parallel '${maxParallel}'. Expected a whole number of at least 1.`)
  }
  const batches: RepoMatrix[] = []
  for (let i = 0; i < repos.length; i += batchSize) {
    batches.push({
      include: repos.slice(i, i + batchSize).map((repo) => ({
        repository: repo.fullName,
        'default-branch': repo.defaultBranch,
        artifact: artifactName(repo),
      })),
    })
  }
  if (maxBatches !== undefined && batches.length > maxBatches) {
    throw new UsageError(
      `Organization '${org}' has ${repos.length} repositories to scan: ${batches.length} batches of ${batchSize}, ` +
        `but the workflow runs at most ${maxBatches} (${maxBatches * batchSize} repositories). ` +
        'Narrow the selection with --topic or --visibility, or split it across several calls.',
    )
  }
  return {
    org,
    count: repos.length,
    batchSize,
    maxParallel: Math.max(1, Math.floor(maxParallel / Math.max(1, batches.length))),
    batches,
    excluded,
  }
}
