// One `git diff --patch-with-raw -z -U0` gives, per changed file, its blob ids (raw part, NUL-separated, paths
// exactly as stored) and the lines it added (patch part, hunk headers only). The patch lists files in the
// raw part's order, one `diff --git` section each, so sections are matched by position and the patch's
// quoted paths are never parsed. Hunk bodies are skipped by counting lines, never read into strings: removed
// lines cost an indexOf, added lines one pass over their bytes looking for runs the detector's candidate scan
// would keep (exactly 32 ASCII letters and digits, or 33 after a `\n` escape), kept as strings with the lines they
// stand on: a file whose added lines hold none, or only runs that cannot be a key by their shape or by what their
// lines say of them, need not be read at all.
import { isAscii } from 'node:buffer'
import { CandidateLineScanner, forEachLineRun } from '../detect/candidates.js'
import { isHexBytes } from '../detect/hex.js'
import { streamGit } from './runner.js'

export interface FileChange {
  /** A added, M modified, R renamed (C copied). */
  status: string
  /** The path in the head version. */
  path: string
  /** The path in the base version (differs from `path` for renames). */
  oldPath: string
  oldOid: string
  newOid: string
  oldMode: string
  newMode: string
  /** 1-based lines of the head version added by the change. */
  addedLines: Set<number>
  /** git showed no lines, calling one side binary (a NUL byte, UTF-16, or a `-diff` attribute). */
  binary: boolean
  /**
   * An added line holds a run of ASCII letters and digits the detector's candidate scan keeps by length
   * (CandidateLineScanner), other than hex digits alone. A text change without one adds no candidate, so no key
   * (its blob need not be read).
   */
  keyShaped: boolean
  /**
   * Those runs (each once, up to MAX_RUNS), so that the scan can judge them before it reads the blob; null when
   * some are not known (an added line too long to keep whole across chunks of git's output, or too many runs).
   */
  runs: AddedRun[] | null
}

/** A key-shaped run on the added lines, and where it stands. */
export interface AddedRun {
  run: string
  /**
   * Each added line it stands on (without its newline) and where in it, so that what the line alone says about
   * the run can be judged; null when one of them is not kept: a line holding a byte past ASCII (its text then
   * depends on how the whole file decodes) or longer than 64 KB, or more than MAX_PLACES lines.
   */
  places: Array<{ line: string; at: number }> | null
}

/** Common options: plain patch output whatever the user's config says. */
export const DIFF_OPTIONS = [
  '--patch-with-raw',
  '-z',
  // Whole object ids: an abbreviated one can be ambiguous in a big repository.
  '--no-abbrev',
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '-M',
  '--diff-filter=AMRC',
]

/** Streams the changes of `git diff <DIFF_OPTIONS> <revisionArgs> --`, each as soon as its section ends. */
export function diffChanges(cwd: string, revisionArgs: string[]): AsyncGenerator<FileChange> {
  return parseDiffChanges(streamGit(['diff', ...DIFF_OPTIONS, ...revisionArgs, '--'], { cwd }))
}

/** Parses `--patch-with-raw -z` output, however it is cut into chunks. */
export async function* parseDiffChanges(chunks: AsyncIterable<Buffer>): AsyncGenerator<FileChange> {
  const changes: FileChange[] = []
  const raw = new RawParser(changes)
  const patch = new PatchParser(changes)
  let emitted = 0
  for await (const chunk of chunks) {
    const rest = raw.done ? chunk : raw.feed(chunk)
    if (rest) patch.feed(rest)
    // Every section before the current one is complete.
    while (emitted < patch.section - 1) yield release(changes, emitted++)
  }
  while (emitted < changes.length) yield release(changes, emitted++)
}

function release(changes: FileChange[], index: number): FileChange {
  const change = changes[index]
  // Free the slot: a diff of many files keeps only the sections not yet emitted.
  ;(changes as Array<FileChange | undefined>)[index] = undefined
  return change
}

/** The raw part: `:oldmode newmode oldoid newoid status\0path\0[path\0]`, ended by an empty field. */
class RawParser {
  done = false
  private pending: Buffer[] = []
  private fields: string[] | null = null
  private paths: string[] = []

  constructor(private readonly changes: FileChange[]) {}

  /** Consumes raw bytes; returns what follows the raw part (the patch), if reached. */
  feed(chunk: Buffer): Buffer | null {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(0, start)
      if (end < 0) {
        if (start < chunk.length) this.pending.push(chunk.subarray(start))
        return null
      }
      // A token inside one chunk is decoded in place (no copy); one spanning chunks is joined first.
      let token: string
      if (this.pending.length === 0) {
        token = chunk.toString('utf8', start, end)
      } else {
        this.pending.push(chunk.subarray(start, end))
        token = Buffer.concat(this.pending).toString('utf8')
        this.pending = []
      }
      start = end + 1
      if (this.token(token)) {
        this.done = true
        return chunk.subarray(start)
      }
    }
  }

  /** Returns true at the end of the raw part. */
  private token(token: string): boolean {
    if (!this.fields) {
      const record = token.replace(/^\n+/, '')
      if (record === '') return true
      this.fields = record.slice(1).split(' ')
      this.paths = []
      return false
    }
    this.paths.push(token)
    const [oldMode, newMode, oldOid, newOid, status] = this.fields
    const wanted = /^[RC]/.test(status) ? 2 : 1
    if (this.paths.length === wanted) {
      const path = this.paths[wanted - 1]
      this.changes.push({
        status: status[0],
        path,
        oldPath: this.paths[0],
        oldOid,
        newOid,
        oldMode,
        newMode,
        addedLines: new Set(),
        binary: false,
        keyShaped: false,
        runs: [],
      })
      this.fields = null
    }
    return false
  }
}

const DIFF_GIT = Buffer.from('diff --git ')
/** The most runs kept per file: past that, the file is read and judged whole. */
export const MAX_RUNS = 64
/** The most lines kept per run: past that, its lines are not judged (an identifier repeated all over a file). */
const MAX_PLACES = 16
/** The longest added line kept whole across chunks; a longer one is read byte by byte by CandidateLineScanner. */
const CUT_LINE_BYTES = 64 * 1024

/** Adds the runs of the added line in bytes [start, end) to `change` (hex-only ones left out). */
function collectRuns(change: FileChange, bytes: Buffer, start: number, end: number): void {
  let line: string | null | undefined
  forEachLineRun(bytes, start, end, (first, after) => {
    // Hex digits alone are never a key (the detector drops them first).
    if (isHexBytes(bytes, first, after)) return true
    change.keyShaped = true
    const runs = change.runs
    if (runs === null) return false
    if (runs.length >= MAX_RUNS) {
      change.runs = null
      return false
    }
    const run = bytes.toString('latin1', first, after)
    let added = runs.find((known) => known.run === run)
    if (added === undefined) {
      if (runs.length >= MAX_RUNS) {
        change.runs = null
        return false
      }
      added = { run, places: [] }
      runs.push(added)
    }
    if (added.places === null) return true
    // Decoded once per line, and only for a line with a run: ASCII reads the same whatever the file's encoding. A
    // minified file's one long line is not copied: its runs are judged by their characters alone.
    if (line === undefined) {
      const kept = end - start <= CUT_LINE_BYTES && isAscii(bytes.subarray(start, end))
      line = kept ? bytes.toString('latin1', start, end) : null
    }
    const at = first - start
    if (line === null || added.places.length >= MAX_PLACES) added.places = null
    else if (!added.places.some((place) => place.line === line && place.at === at)) added.places.push({ line, at })
    return true
  })
}

/** A run is on an added line of `change`, but which is not known: its blob must be read. */
function unknownRuns(change: FileChange): void {
  change.keyShaped = true
  change.runs = null
}
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** The patch part: counts `diff --git` sections and reads hunk headers; skips hunk bodies line by line. */
class PatchParser {
  /** Sections started so far; section n (1-based) belongs to change n - 1. */
  section = 0
  private line: Buffer[] = []
  private lineLength = 0
  /** Body lines of the current hunk still to skip. */
  private bodyLeft = 0
  private atLineStart = true
  private skippingLine = false
  /** The line being skipped is an added one, read for a key-shaped run. */
  private readingAdded = false
  private readonly scanner = new CandidateLineScanner()
  /** Part of the line being skipped was in an earlier chunk (kept in `cut`, or the scanner holds its state). */
  private lineStarted = false
  /** An added line cut across chunks, kept (copied) until it ends; null once it is read by the scanner instead. */
  private cut: Buffer[] | null = null
  private cutBytes = 0

  constructor(private readonly changes: FileChange[]) {}

  feed(chunk: Buffer): void {
    let pos = 0
    while (pos < chunk.length) {
      if (this.skippingLine) {
        const lf = chunk.indexOf(10, pos)
        const end = lf < 0 ? chunk.length : lf
        if (this.readingAdded) {
          const change = this.changes[this.section - 1]!
          if (!this.lineStarted && lf >= 0) {
            // The whole line is in this chunk: probe it rather than read every byte.
            collectRuns(change, chunk, pos, end)
          } else if (!this.lineStarted || this.cut !== null) {
            // A line cut across chunks is kept until it ends, then probed whole, so its runs are known too.
            this.cut ??= []
            this.cut.push(Buffer.from(chunk.subarray(pos, end)))
            this.cutBytes += end - pos
            if (lf >= 0) {
              const line = Buffer.concat(this.cut)
              this.cut = null
              collectRuns(change, line, 0, line.length)
            } else if (this.cutBytes > CUT_LINE_BYTES) {
              // Too long to keep (a minified file): read on for a run, known to be there but not what it is.
              const kept = this.cut
              this.cut = null
              if (kept.some((part) => this.scanner.feed(part, 0, part.length))) unknownRuns(change)
            }
          } else if (this.scanner.feed(chunk, pos, end) || (lf >= 0 && this.scanner.end())) {
            unknownRuns(change)
          }
          if (change.runs === null) {
            this.readingAdded = false
            this.cut = null
          }
        }
        this.lineStarted = true
        if (lf < 0) return
        pos = lf + 1
        this.skippingLine = false
        this.readingAdded = false
        this.atLineStart = true
        continue
      }
      if (this.bodyLeft > 0 && this.atLineStart) {
        // `\ No newline at end of file` is not one of the hunk's lines.
        if (chunk[pos] !== 0x5c) this.bodyLeft--
        const change = this.changes[this.section - 1]
        // Added lines are read for their runs (until the file has more than can be kept); removed lines are only
        // counted.
        this.readingAdded = chunk[pos] === 0x2b && change !== undefined && change.runs !== null
        this.scanner.reset()
        this.cut = null
        this.cutBytes = 0
        this.lineStarted = false
        this.skippingLine = true
        this.atLineStart = false
        // Past the `+`/`-` marker.
        if (chunk[pos] !== 10) pos++
        continue
      }
      const lf = chunk.indexOf(10, pos)
      const end = lf < 0 ? chunk.length : lf
      if (lf >= 0 && this.line.length === 0) {
        // A whole header line in this chunk: most (`index`, `---`, `+++`, mode lines) are never decoded.
        this.headerBytes(chunk, pos, end)
        pos = lf + 1
        continue
      }
      // Header lines are short; cap what we keep of an odd long one.
      if (this.lineLength < 4096) {
        this.line.push(chunk.subarray(pos, Math.min(end, pos + 4096)))
        this.lineLength += end - pos
      }
      if (lf < 0) return
      pos = lf + 1
      const text = Buffer.concat(this.line).toString('utf8')
      this.line = []
      this.lineLength = 0
      this.header(text)
    }
  }

  /** header() for a line given as bytes, decoding only the lines it reads. */
  private headerBytes(chunk: Buffer, start: number, end: number): void {
    const first = chunk[start]
    if (first === 0x64 /* d */) {
      const prefixEnd = start + DIFF_GIT.length
      if (prefixEnd <= end && chunk.compare(DIFF_GIT, 0, DIFF_GIT.length, start, prefixEnd) === 0) this.section++
      return
    }
    // Only hunk headers (`@@`) and `Binary files` lines say anything else.
    if (first !== 0x40 /* @ */ && first !== 0x42 /* B */) return
    this.header(chunk.toString('utf8', start, Math.min(end, start + 4096)))
  }

  private header(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.section++
      return
    }
    const change = this.changes[this.section - 1]
    if (!change) return
    if (text.startsWith('Binary files ')) {
      change.binary = true
      return
    }
    const hunk = HUNK.exec(text)
    if (!hunk) return
    const oldCount = hunk[1] === undefined ? 1 : Number(hunk[1])
    const start = Number(hunk[2])
    const newCount = hunk[3] === undefined ? 1 : Number(hunk[3])
    for (let line = start; line < start + newCount; line++) change.addedLines.add(line)
    this.bodyLeft = oldCount + newCount
  }
}
