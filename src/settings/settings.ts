// One typed object built once from CLI flags or action inputs and passed down; nothing below reads
// argv, INPUT_* or the environment again.
import type { Mode } from '../report/report.js'

/**
 * What fails the run (exit 1), from the narrowest:
 * verified: only keys verified live; leak: any leaked key; error: leaks and failed checks;
 * warning: also checks that warn; never: report only.
 */
export type FailOn = 'verified' | 'leak' | 'error' | 'warning' | 'never'

export interface ScanSettings {
  /** Absolute path of the repository's working tree (or of the git dir for a bare repository). */
  root: string
  mode: Mode
  /** diff: the base revision; lines added between merge-base(base, head) and head are scanned. */
  base?: string
  /** diff: the head revision (default HEAD). */
  head?: string
  /** history: only commits after / before these dates (git's --since/--until). */
  since?: string
  until?: string
  /** history: a commit range such as `A..B` instead of every ref. */
  range?: string
  /** `--config FILE`; default `.mistral-guard.yml` at the root when present. */
  configFile?: string
  /** `--baseline FILE`: findings whose fingerprints it lists are not reported. */
  baselineFile?: string
  /** Run the checklist (issue #4) besides the key scan. */
  checks: boolean
  verify: boolean
  /** Replaces https://api.mistral.ai; HTTPS or loopback only. */
  verifyBaseUrl: string
  failOn: FailOn
  /**
   * Honour `mistral-guard:allow` comments (default true). False where the change being judged could add the
   * marker itself: a pull request or merge-queue scan, whose allow-lists also come from the base.
   */
  allowMarkers?: boolean
}

export const DEFAULT_VERIFY_BASE_URL = 'https://api.mistral.ai'
