// The one streaming shape every source has (as gitleaks' `Fragments(ctx, yield)`): a function from a
// context to an async iterable of fragments. Sources count what they read into `stats` as they go.
import type { DetectOptions } from '../detect/detector.js'
import type { Match } from '../detect/match.js'
import type { Logger } from '../log.js'
import type { Fragment, SourceStats } from './fragment.js'

/** What history needs from detection to scan each blob once; the pipeline passes the real detector. */
export interface Detector {
  /** Cheap keyword test: false means detect() would find nothing. */
  mentions(text: string): boolean
  /** The same test on raw 8-bit bytes (no BOM, no NUL), before any decoding: false means no keyword in them. */
  mentionsBytes?(bytes: Buffer): boolean
  /** With `lines`, only keys on those 1-based lines (a diff's added lines); the context still reads everything. */
  detect(text: string, options?: DetectOptions): Match[]
  /**
   * True when detect() never reports the candidate at [start, end) of `line` (a whole line, no newline), whatever
   * text surrounds the line: a diff need not read a file whose every new run is ruled out so.
   */
  ruledOutByItsLine?(line: string, start: number, end: number): boolean
}

export interface SourceContext {
  /** Absolute path of the working tree (or of the git dir of a bare repository). */
  root: string
  stats: SourceStats
  log: Logger
  detector: Detector
}

export type Source = (context: SourceContext) => AsyncIterable<Fragment>
