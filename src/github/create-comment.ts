// Posts a new PR comment (the REST API files PR comments under issues).
import type { ClientType } from './client.js'
import type { IssueRef } from './find-comment.js'

export async function createComment(client: ClientType, ref: IssueRef, body: string): Promise<number> {
  const response = await client.rest.issues.createComment({
    owner: ref.owner,
    repo: ref.repo,
    issue_number: ref.issueNumber,
    body,
  })
  return response.data.id
}
