// Finds the action's own PR comment by its hidden marker, page by page (a busy PR has hundreds).
import type { ClientType } from './client.js'

export interface IssueRef {
  owner: string
  repo: string
  issueNumber: number
}

export interface FoundComment {
  id: number
  body: string
}

/** The oldest comment whose body holds `marker`; null when there is none. Stops at the first hit. */
export async function findCommentByMarker(client: ClientType, ref: IssueRef, marker: string): Promise<FoundComment | null> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: ref.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    const hit = page.data.find((comment) => comment.body?.includes(marker))
    if (hit) return { id: hit.id, body: hit.body ?? '' }
  }
  return null
}
