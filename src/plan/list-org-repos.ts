// One API call: every repository of an organization (GET /orgs/{org}/repos, 100 a page, following the Link
// header). Only the fields the plan reads are kept, so a page of full repository objects is not held for long.
import type { ClientType } from '../github/client.js'

export interface OrgRepo {
  /** owner/name. */
  fullName: string
  name: string
  defaultBranch: string
  archived: boolean
  fork: boolean
  disabled: boolean
  /** public, private or internal. */
  visibility: string
  topics: string[]
  /** In KB as GitHub reports it; 0 for a repository without commits. */
  size: number
}

interface ApiRepo {
  full_name: string
  name: string
  default_branch?: string
  archived?: boolean
  fork: boolean
  disabled?: boolean
  private: boolean
  visibility?: string
  topics?: string[]
  size?: number
}

export function toOrgRepo(repo: ApiRepo): OrgRepo {
  return {
    fullName: repo.full_name,
    name: repo.name,
    defaultBranch: repo.default_branch ?? 'main',
    archived: repo.archived ?? false,
    fork: repo.fork,
    disabled: repo.disabled ?? false,
    visibility: repo.visibility ?? (repo.private ? 'private' : 'public'),
    topics: repo.topics ?? [],
    size: repo.size ?? 0,
  }
}

export async function listOrgRepos(client: ClientType, org: string): Promise<OrgRepo[]> {
  const repos: OrgRepo[] = []
  const pages = client.paginate.iterator(client.rest.repos.listForOrg, { org, type: 'all', per_page: 100 })
  for await (const page of pages) for (const repo of page.data) repos.push(toOrgRepo(repo as ApiRepo))
  return repos
}
