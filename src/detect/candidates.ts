// Finds key-shaped runs in one linear pass: exactly 32 ASCII letters and digits, bounded by characters
// that end a token. A run that continues a longer token (`sk-…`, `v1.…`, `…/…`, `…_x`, `…$inboundSchema`,
// base64 with `+`, `/`, `=`) is not a key on its own.

export const KEY_LENGTH = 32

export interface Candidate {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** 1-based line. */
  line: number
  /** Offset of the line's first character. */
  lineStart: number
}

// 256 entries: also indexed by raw bytes (bytes of 128 and up are never ASCII letters or digits).
const ALNUM = new Uint8Array(256)
for (let code = 48; code <= 57; code++) ALNUM[code] = 1
for (let code = 65; code <= 90; code++) ALNUM[code] = 1
for (let code = 97; code <= 122; code++) ALNUM[code] = 1

const BACKSLASH = 92
/** The letters of the JSON escapes `\n`, `\r`, `\t`. */
const ESCAPE_N = 110
const ESCAPE_R = 114
const ESCAPE_T = 116

function isAlnumAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 128 && ALNUM[code] === 1
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u

/** Characters that glue a run to a longer token on either side. */
const GLUE_ALWAYS = new Set(['_', '$', '+', '%', '/'])
/** Characters that glue only when a letter or digit follows them (`x-KEY` vs `-KEY`, `KEY.json` vs `KEY.`). */
const GLUE_IF_WORD_BEYOND = new Set(['-', '.'])

// Glue never reaches across a line break (a newline is neither glue nor a letter), so neither test needs lines.
function gluedBefore(text: string, start: number): boolean {
  if (start === 0) return false
  const char = text[start - 1]!
  if (GLUE_ALWAYS.has(char) || char === '@') return true
  if (GLUE_IF_WORD_BEYOND.has(char)) return start >= 2 && isAlnumAt(text, start - 2)
  return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char)
}

function gluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false
  const char = text[end]!
  if (GLUE_ALWAYS.has(char) || char === '=') return true
  if (GLUE_IF_WORD_BEYOND.has(char)) return end + 1 < text.length && isAlnumAt(text, end + 1)
  return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char)
}

/**
 * Calls `found` for every key-shaped run, in text order. A run of KEY_LENGTH letters and digits or more covers
 * some multiple of KEY_LENGTH (counting from KEY_LENGTH - 1), so only those positions are probed and a probe that
 * lands on a letter or digit grows into its whole run: most characters are never read. Lines are counted with
 * native newline searches, only up to runs that are candidates. `accept` (when given) sees each run first, by its
 * offsets, and may drop it before its line is counted: most runs (digests, ids) are never keys, and a text full of
 * them (a JSON Lines log with an id per record) then costs no line counting at all.
 */
export function forEachCandidate(
  text: string,
  found: (candidate: Candidate) => void,
  accept?: (start: number, end: number) => boolean,
): void {
  forEachCandidateIn(text, 0, text.length, 1, found, accept)
}

/**
 * forEachCandidate for the given 1-based lines only (a diff's added lines), in text order: the same candidates it
 * finds on them, while the rest of the text is only skimmed for line breaks. A run never spans a line break.
 */
export function forEachCandidateOnLines(
  text: string,
  lines: ReadonlySet<number>,
  found: (candidate: Candidate) => void,
  accept?: (start: number, end: number) => boolean,
): void {
  const wanted = [...lines].sort((a, b) => a - b)
  let line = 1
  let lineStart = 0
  for (let i = 0; i < wanted.length; i++) {
    const first = wanted[i]!
    if (!Number.isInteger(first) || first < line) continue
    while (line < first) {
      const newline = text.indexOf('\n', lineStart)
      if (newline < 0) return
      lineStart = newline + 1
      line++
    }
    // Consecutive lines (a hunk) are one stretch.
    let last = first
    while (i + 1 < wanted.length && wanted[i + 1] === last + 1) last = wanted[++i]!
    // The stretch ends at the newline that ends `last` (or at the end of the text).
    let end = lineStart
    for (let at = first; at <= last; at++) {
      const newline = text.indexOf('\n', end)
      if (newline < 0) {
        end = text.length
        break
      }
      end = at < last ? newline + 1 : newline
    }
    forEachCandidateIn(text, lineStart, end, first, found, accept)
    if (end >= text.length) return
    lineStart = end + 1
    line = last + 1
  }
}

/** forEachCandidate over text[from, to), which starts a line (number `firstLine`) and ends one. */
function forEachCandidateIn(
  text: string,
  from: number,
  to: number,
  firstLine: number,
  found: (candidate: Candidate) => void,
  accept?: (start: number, end: number) => boolean,
): void {
  let line = firstLine
  let lineStart = from
  // The first newline at or after lineStart (the text's length when none): lines before it are counted.
  let nextNewline = newlineFrom(text, from)
  let probe = from + KEY_LENGTH - 1
  while (probe < to) {
    if (!isAlnumAt(text, probe)) {
      probe += KEY_LENGTH
      continue
    }
    let start = probe
    while (start > from && isAlnumAt(text, start - 1)) start--
    let end = probe + 1
    while (end < to && isAlnumAt(text, end)) end++
    // The next run starts after `end`, so if it is long enough it covers `end + KEY_LENGTH`.
    probe = end + KEY_LENGTH
    const runLength = end - start
    if (runLength !== KEY_LENGTH && runLength !== KEY_LENGTH + 1) continue
    // Inside a JSON string (a notebook cell), `\n` or `\t` glues its letter to the key that follows (a backslash
    // before the run is on the same line).
    if (runLength === KEY_LENGTH + 1 && start > 0 && text.charCodeAt(start - 1) === BACKSLASH) {
      const escaped = text[start]
      if (escaped === 'n' || escaped === 'r' || escaped === 't') start++
    }
    if (end - start !== KEY_LENGTH || gluedBefore(text, start) || gluedAfter(text, end)) continue
    if (accept !== undefined && !accept(start, end)) continue
    while (nextNewline < start) {
      line++
      lineStart = nextNewline + 1
      nextNewline = newlineFrom(text, lineStart)
    }
    found({ start, end, line, lineStart })
  }
}

function newlineFrom(text: string, from: number): number {
  const at = text.indexOf('\n', from)
  return at < 0 ? text.length : at
}

/**
 * Whether a maximal run of letters and digits passes forEachCandidate's length test: exactly KEY_LENGTH, or one
 * more when it starts with the letter of a `\n`, `\r` or `\t` escape (`before` is the code before the run, -1
 * at the start of a line).
 */
function runPassesLength(runLength: number, before: number, first: number): boolean {
  if (runLength === KEY_LENGTH) return true
  return (
    runLength === KEY_LENGTH + 1 &&
    before === BACKSLASH &&
    (first === ESCAPE_N || first === ESCAPE_R || first === ESCAPE_T)
  )
}

/**
 * The byte-level twin of forEachCandidate's length test, for a gate that reads a line's raw bytes (in pieces,
 * as they arrive) to decide whether its file is worth decoding and scanning. A line it calls clean yields no
 * candidate: runs of ASCII letters and digits are the same in bytes as in decoded text (a non-ASCII character
 * is never one), and it keeps every run forEachCandidate keeps by length. Glue is not checked (it would need
 * decoded characters and lookahead), so it may keep a run the scan then rejects; never the other way round.
 */
export class CandidateLineScanner {
  private run = 0
  private first = 0
  /** The byte before the current run, -1 at the start of the line. */
  private before = -1
  /** The last byte read, -1 at the start of the line. */
  private previous = -1

  /** Starts a new line. */
  reset(): void {
    this.run = 0
    this.before = -1
    this.previous = -1
  }

  /** Reads bytes [from, to) of the line; true once a run that may be a candidate has ended in them. */
  feed(bytes: Uint8Array, from: number, to: number): boolean {
    let run = this.run
    let first = this.first
    let before = this.before
    for (let at = from; at < to; at++) {
      const byte = bytes[at]!
      if (ALNUM[byte] === 1) {
        if (run++ === 0) {
          first = byte
          before = at > from ? bytes[at - 1]! : this.previous
        }
      } else if (run !== 0) {
        if (runPassesLength(run, before, first)) return true
        run = 0
      }
    }
    this.run = run
    this.first = first
    this.before = before
    if (to > from) this.previous = bytes[to - 1]!
    return false
  }

  /** The line ended: true if its last run may be a candidate. Ready for the next line. */
  end(): boolean {
    const found = this.run !== 0 && runPassesLength(this.run, this.before, this.first)
    this.reset()
    return found
  }
}

/** Whether forEachCandidate may find a candidate on the line held in bytes [start, end) (no newline inside). */
export function bytesMayHoldCandidate(bytes: Uint8Array, start: number, end: number): boolean {
  const scanner = new CandidateLineScanner()
  return scanner.feed(bytes, start, end) || scanner.end()
}

/**
 * Calls `found` with the offsets of each run on the line in bytes [start, end) (no newline inside) that passes
 * forEachCandidate's length test (for 33 after an escape, the 32 after its letter), until `found` returns false;
 * returns false if it was stopped. Probes as forEachCandidate does, reading a fraction of the bytes, so it finds
 * a run exactly where bytesMayHoldCandidate answers true: the diff parser's reading of whole added lines.
 */
export function forEachLineRun(
  bytes: Uint8Array,
  start: number,
  end: number,
  found: (first: number, after: number) => boolean,
): boolean {
  let probe = start + KEY_LENGTH - 1
  while (probe < end) {
    if (ALNUM[bytes[probe]!] !== 1) {
      probe += KEY_LENGTH
      continue
    }
    let first = probe
    while (first > start && ALNUM[bytes[first - 1]!] === 1) first--
    let after = probe + 1
    while (after < end && ALNUM[bytes[after]!] === 1) after++
    if (runPassesLength(after - first, first > start ? bytes[first - 1]! : -1, bytes[first]!)) {
      if (!found(after - KEY_LENGTH, after)) return false
    }
    // The next run starts after `after` (a separator); if it is long enough it covers `after + KEY_LENGTH`.
    probe = after + KEY_LENGTH
  }
  return true
}
