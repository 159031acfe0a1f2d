// Which of an organization's repositories an org scan covers. Pure: the listing comes in, the choice and the
// reasons for every repository left out go back, so the plan can say what it skipped and why.
import type { OrgRepo } from './list-org-repos.js'

export type Visibility = 'all' | 'public' | 'private' | 'internal'
export const VISIBILITIES: readonly Visibility[] = ['all', 'public', 'private', 'internal']

export interface RepoFilter {
  /** Keep repositories carrying any of these topics (case-insensitive); empty: no topic filter. */
  topics: string[]
  includeArchived: boolean
  includeForks: boolean
  visibility: Visibility
}

export interface ExcludedCounts {
  archived: number
  forks: number
  visibility: number
  topics: number
  /** Disabled by GitHub (no checkout possible). */
  disabled: number
  /** No commits yet: a checkout would fail and there is no history to scan. */
  empty: number
}

export interface Selection {
  /** Sorted by full name, so the same organization always gives the same matrix. */
  selected: OrgRepo[]
  excluded: ExcludedCounts
}

export function selectRepos(repos: OrgRepo[], filter: RepoFilter): Selection {
  const topics = new Set(filter.topics.map((topic) => topic.toLowerCase()))
  const excluded: ExcludedCounts = { archived: 0, forks: 0, visibility: 0, topics: 0, disabled: 0, empty: 0 }
  const selected: OrgRepo[] = []
  for (const repo of repos) {
    if (repo.disabled) excluded.disabled++
    else if (repo.archived && !filter.includeArchived) excluded.archived++
    else if (repo.fork && !filter.includeForks) excluded.forks++
    else if (filter.visibility !== 'all' && repo.visibility !== filter.visibility) excluded.visibility++
    else if (topics.size > 0 && !repo.topics.some((topic) => topics.has(topic.toLowerCase()))) excluded.topics++
    else if (repo.size === 0) excluded.empty++
    else selected.push(repo)
  }
  selected.sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0))
  return { selected, excluded }
}
