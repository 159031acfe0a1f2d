// What the detector returns for one text. It holds the secret, so it never leaves the engine:
// the pipeline turns it into a redacted, fingerprinted Finding before any reporter runs.

export interface Match {
  ruleId: string
  /** 1-based line in the text. */
  line: number
  /** 1-based column (UTF-16 code units of the decoded line). */
  column: number
  /** The key itself. Never logged, never written. */
  secret: string
}
