// Rewrites an existing comment in place, so a PR carries one comment however many runs it has.
import type { ClientType } from './client.js'

export async function updateComment(
  client: ClientType,
  target: { owner: string; repo: string; commentId: number },
  body: string,
): Promise<void> {
  await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: target.commentId,
    body,
  })
}
