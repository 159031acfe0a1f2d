// What every source yields and the detector reads. Sources stream; nothing here holds a whole history.

export interface CommitInfo {
  sha: string
  author: string
  /** ISO 8601 author date. */
  date: string
}

export interface Fragment {
  /** Relative to the repository root, exactly as git stores it (spaces, quotes, newlines, non-ASCII kept). */
  file: string
  /** The whole decoded file or blob, so context above an added key is there to read. */
  text: string
  /** 1-based line numbers a finding must sit on to count (the added lines of a diff); null: every line. */
  addedLines: ReadonlySet<number> | null
  /** The commit the fragment was read from; null for tree and staged. */
  commit: CommitInfo | null
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
