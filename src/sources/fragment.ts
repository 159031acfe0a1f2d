// What every source yields and the detector reads. Sources stream; nothing here holds a whole history.
import type { Match } from '../detect/match.js'

export interface CommitInfo {
  sha: string
  author: string
  /** ISO 8601 author date. */
  date: string
}

export interface Fragment {
  /** Relative to the repository root, exactly as git stores it (spaces, quotes, newlines, non-ASCII kept). */
  file: string
  /** The whole decoded file or blob, so context above an added key is there to read ('' when `matches` is set). */
  text: string
  /** 1-based line numbers a finding must sit on to count (the added lines of a diff); null: every line. */
  addedLines: ReadonlySet<number> | null
  /** The commit the fragment was read from; null for tree and staged. */
  commit: CommitInfo | null
  /**
   * Matches the source already found. History detects each blob once to attribute keys to commits and keeps
   * no texts, and a file too big to hold is scanned in windows as it streams, so such fragments carry their
   * matches (and an empty text); the pipeline then skips detection.
   */
  matches?: readonly Match[]
  /**
   * Which of these keys the same file already held in the base version (diff, staged): a key already there is
   * not new. Asked only when a key turns up; the base version is read as a stream, however big.
   */
  keysInBase?: (secrets: readonly string[]) => Promise<ReadonlySet<string>>
  /** The commit that added a line (diff: blame over the range), asked only for lines holding a finding. */
  commitOfLine?: (line: number) => Promise<CommitInfo | null>
  /** The source found a Mistral keyword in `text` already (in its bytes): the detector need not look again. */
  mentioned?: boolean
  /** Whether the fragment's keys are still in this file at HEAD; absent means true for tree/staged, null otherwise. */
  inHead?: boolean | null
}

/** Counts a source keeps while streaming, merged into the report's stats. */
export interface SourceStats {
  files: number
  commits: number
  bytes: number
  skipped: number
}

export function emptyStats(): SourceStats {
  return { files: 0, commits: 0, bytes: 0, skipped: 0 }
}
