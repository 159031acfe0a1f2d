// One PR comment per PR, found again by a hidden marker and rewritten in place on every run. It is only
// created when there is something to say; once it exists it is kept up to date, so a fixed PR says so.
import type { ClientType } from '../github/client.js'
import { createComment } from '../github/create-comment.js'
import { findCommentByMarker, type IssueRef } from '../github/find-comment.js'
import { updateComment } from '../github/update-comment.js'

export const COMMENT_MARKER = '<!-- mistral-guard:pr-comment -->'

/** A second hidden line remembers the most keys the comment ever reported, so later runs can say "fixed". */
const STATE = /<!-- mistral-guard:reported=(\d+) -->/

export function stateLine(reported: number): string {
  return `<!-- mistral-guard:reported=${reported} -->`
}

/** Keys reported by earlier runs' comment; 0 when it never reported any. */
export function previouslyReported(body: string): number {
  const match = STATE.exec(body)
  return match ? Number(match[1]) : 0
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not needed'

/**
 * `render(previous)` gets the body of the existing comment (or null) and returns the new body, which must
 * start with COMMENT_MARKER; `needed` says whether a comment is worth creating when none exists yet.
 */
export async function upsertPrComment(
  client: ClientType,
  ref: IssueRef,
  needed: boolean,
  render: (previous: string | null) => string,
): Promise<CommentOutcome> {
  const existing = await findCommentByMarker(client, ref, COMMENT_MARKER)
  if (!existing && !needed) return 'not needed'
  const body = render(existing?.body ?? null)
  if (!existing) {
    await createComment(client, ref, body)
    return 'created'
  }
  if (existing.body === body) return 'unchanged'
  await updateComment(client, { owner: ref.owner, repo: ref.repo, commentId: existing.id }, body)
  return 'updated'
}
