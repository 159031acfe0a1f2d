// The JSON report is the machine contract other tools read (issue #2): keep its shape stable.
// Nothing in here may ever hold a whole key: findings carry only `redacted` and `fingerprint`.

export type Mode = 'tree' | 'staged' | 'diff' | 'history'

/** skipped: --verify not asked; verified: the key works; invalid: 401/403; unknown: anything else. */
export type Verification = 'skipped' | 'verified' | 'invalid' | 'unknown'

/** critical: a verified live key; high: a leaked key. */
export type Severity = 'critical' | 'high'

export interface Finding {
  ruleId: string
  /** Relative to the repository root, exactly as git stores it. */
  file: string
  /** 1-based. */
  line: number
  /** 1-based, in characters of the decoded line. */
  column: number
  /** The commit that added the key; null outside diff/history. */
  commit: string | null
  author: string | null
  /** ISO 8601 author date of `commit`. */
  date: string | null
  /** sha256 over rule, file and key: stable when lines move, reveals nothing of the key. */
  fingerprint: string
  /** First 4 characters and the length, e.g. `AbCd…(32)`. */
  redacted: string
  severity: Severity
  /** Whether the key is still in the file at HEAD (history); true for tree/staged; null when unknown. */
  inHead: boolean | null
  verification: Verification
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'skip'

export interface CheckLocation {
  file: string
  line: number
}

export interface CheckResult {
  id: string
  title: string
  status: CheckStatus
  message: string
  locations: CheckLocation[]
}

export interface ScanStats {
  /** Files (tree/staged/diff) or unique blobs (history) scanned. */
  files: number
  commits: number
  bytes: number
  /** Binary or unreadable files passed over, counted, never silently. */
  skipped: number
  durationMs: number
}

export interface Report {
  version: 1
  mode: Mode
  findings: Finding[]
  checks: CheckResult[]
  stats: ScanStats
}
