// `plan repos`: an organization's repositories -> filtered, sorted, cut into matrix batches.
import { UsageError } from '../config/config-error.js'
import type { ClientType } from '../github/client.js'
import { listOrgRepos } from './list-org-repos.js'
import { planRepos, type MatrixOptions, type RepoPlan } from './matrix.js'
import { selectRepos, type RepoFilter } from './select-repos.js'

export interface PlanReposOptions extends RepoFilter, MatrixOptions {
  org: string
}

const ORG_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

export function checkOrg(org: string): string {
  if (!ORG_NAME.test(org)) {
    throw new UsageError(`Invalid organization '${org}' for --org. Expected a GitHub login such as 'mistral-guard'.`)
  }
  return org
}

export async function planOrgRepos(client: ClientType, options: PlanReposOptions): Promise<RepoPlan> {
  checkOrg(options.org)
  let repos
  try {
    repos = await listOrgRepos(client, options.org)
  } catch (error) {
    // Octokit's RequestError carries the HTTP status (checked by shape: @octokit/request-error is not ours to import).
    const status = (error as { status?: unknown }).status
    if (status === 404) {
      throw new UsageError(
        `Organization '${options.org}' not found, or the token cannot see it (GET /orgs/${options.org}/repos: 404).`,
      )
    }
    if (status === 401 || status === 403) {
      throw new UsageError(
        `GitHub refused to list '${options.org}' (${status}): ` +
          "the token needs read access to the organization's repositories.",
      )
    }
    throw error
  }
  const { selected, excluded } = selectRepos(repos, options)
  return planRepos(options.org, selected, excluded, options)
}
