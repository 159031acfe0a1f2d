// Files too big to hold as one string (a 200 MB dump, a 10 MB minified line) are read as overlapping
// windows of a few MB: memory is bounded by the window, not the file. Each window repeats the text just
// before the stretch it owns (context above a key: a `mistral:` section, a `new Mistral({` call) and looks a
// little past it (what follows a key on its line), so every key is judged with the context the detector
// reads; a key is taken only from the window that owns its first character, so none is found twice. Line
// and column stay exact across windows, also inside one line longer than a window.
import { flatCopy } from '../detect/flat-copy.js'
import { firstAtOrAfter } from '../detect/sorted.js'
import type { Match } from '../detect/match.js'
import { StreamDecoder } from './decode.js'
import { findStrings } from './find-strings.js'

/** Above this many bytes a file or blob is read in windows instead of whole. */
export const BIG_TEXT_BYTES = 8 * 1024 * 1024
/** Characters per window. */
export const WINDOW_CHARS = 1024 * 1024
/**
 * Characters of context repeated before a window's own stretch (up to twice this, to start at a line start)
 * and read past its end. The detector's reach is far smaller: a line's label, a few hundred characters of
 * brackets, 15 lines up and 10 lines (3,000 characters) down.
 */
export const MARGIN_CHARS = 64 * 1024

export interface TextWindow {
  text: string
  /** Offset (in UTF-16 code units from the start of the file) of text[0]. */
  start: number
  /** 1-based line of text[0], and its 0-based column (code units from the start of that line). */
  line: number
  column: number
  /** The stretch this window owns, as file offsets: [ownedFrom, ownedTo). */
  ownedFrom: number
  ownedTo: number
}

export interface WindowOptions {
  windowChars?: number
  marginChars?: number
}

/** Cuts a stream of text pieces into overlapping windows, calling `onWindow` for each, in order. */
export class TextWindows {
  private carry = ''
  private carryStart = 0
  private pieces: string[] = []
  private piecesChars = 0
  private ownedFrom = 0
  private line = 1
  private column = 0
  private readonly windowChars: number
  private readonly margin: number

  constructor(
    private readonly onWindow: (window: TextWindow) => void,
    options: WindowOptions = {},
  ) {
    this.margin = options.marginChars ?? MARGIN_CHARS
    // A window must own something beyond the context it repeats and the look-ahead it keeps.
    this.windowChars = Math.max(options.windowChars ?? WINDOW_CHARS, 5 * this.margin)
  }

  push(text: string): void {
    this.pieces.push(text)
    this.piecesChars += text.length
    if (this.carry.length + this.piecesChars >= this.windowChars) this.flush(false)
  }

  end(): void {
    this.flush(true)
  }

  private flush(final: boolean): void {
    // One join makes one flat string (`carry + joined` would make a second copy when first read).
    this.pieces.unshift(this.carry)
    const text = this.pieces.join('')
    this.pieces = []
    this.piecesChars = 0
    const start = this.carryStart
    const ownedTo = final ? start + text.length : start + text.length - this.margin
    this.onWindow({ text, start, line: this.line, column: this.column, ownedFrom: this.ownedFrom, ownedTo })
    if (final) {
      this.carry = ''
      return
    }
    // The next window starts `margin` before what it owns, or earlier at a line start if one is near.
    let next = ownedTo - this.margin
    const newline = text.lastIndexOf('\n', next - start - 1)
    if (newline >= 0 && start + newline + 1 >= next - this.margin) next = start + newline + 1
    const dropped = next - start
    let lines = 0
    let lastNewline = -1
    for (let at = text.indexOf('\n'); at >= 0 && at < dropped; at = text.indexOf('\n', at + 1)) {
      lines++
      lastNewline = at
    }
    if (lines > 0) {
      this.line += lines
      this.column = dropped - (lastNewline + 1)
    } else {
      this.column += dropped
    }
    // A copy, not a slice: a slice would keep this whole window alive until the next one is built.
    this.carry = flatCopy(text.slice(dropped))
    this.carryStart = next
    this.ownedFrom = ownedTo
  }
}

/** A window's matches that it owns, with lines and columns of the whole file. */
export function ownMatches(window: TextWindow, matches: readonly Match[]): Match[] {
  const owned: Match[] = []
  // Matches come in text order: one forward pass finds each one's line start.
  let line = 1
  let lineStart = 0
  for (const match of matches) {
    while (line < match.line) {
      const newline = window.text.indexOf('\n', lineStart)
      if (newline < 0) break
      lineStart = newline + 1
      line++
    }
    const at = window.start + lineStart + match.column - 1
    if (at < window.ownedFrom || at >= window.ownedTo) continue
    owned.push({
      ...match,
      line: window.line + match.line - 1,
      column: match.line === 1 ? window.column + match.column : match.column,
    })
  }
  return owned
}

export interface StreamedResult {
  binary: boolean
  bytes: number
  matches: Match[]
}

/** The detector's shape: with `lines` (1-based lines of `text`), keys on those lines only. */
export type LineDetect = (text: string, options?: { lines?: ReadonlySet<number> }) => Match[]

/**
 * The lines of `sorted` (1-based file lines, ascending) that fall in `window`, renumbered from the window's
 * first line. A window holds at most `text.length + 1` lines, so two binary searches bound the slice.
 */
export function windowLines(window: TextWindow, sorted: readonly number[]): Set<number> {
  const from = firstAtOrAfter(sorted, window.line)
  const to = firstAtOrAfter(sorted, window.line + window.text.length + 1)
  const lines = new Set<number>()
  for (let index = from; index < to; index++) lines.add(sorted[index]! - window.line + 1)
  return lines
}

/**
 * Bytes fed chunk by chunk, decoded and cut into windows for `onWindow`. Chunks are decoded a window's worth of
 * bytes at a time, so that a window is about `windowChars` long however big the chunks come (git's output is
 * read 4 MB at a time): fewer multi-MB strings alive at once.
 */
class DecodedWindows {
  private readonly windows: TextWindows
  private readonly decoder: StreamDecoder
  private readonly pieceBytes: number

  constructor(onWindow: (window: TextWindow) => void, options: WindowOptions) {
    this.pieceBytes = options.windowChars ?? WINDOW_CHARS
    this.windows = new TextWindows(onWindow, options)
    this.decoder = new StreamDecoder((text) => this.windows.push(text))
  }

  /** True once the file is known to be binary: nothing more is decoded. */
  get binary(): boolean {
    return this.decoder.binary
  }

  write(chunk: Buffer): void {
    for (let at = 0; at < chunk.length && !this.decoder.binary; at += this.pieceBytes) {
      this.decoder.write(chunk.subarray(at, Math.min(at + this.pieceBytes, chunk.length)))
    }
  }

  /** Decodes what is left and hands over the last window; false for a binary file (no window at all). */
  end(): boolean {
    this.decoder.end()
    if (this.decoder.binary) return false
    this.windows.end()
    return true
  }
}

/** Runs `detect` over a file fed chunk by chunk, window by window; with `lines`, keys on those lines only. */
export class StreamedDetection {
  private bytes = 0
  private readonly matches: Match[] = []
  private readonly text: DecodedWindows

  constructor(detect: LineDetect, options: WindowOptions & { lines?: ReadonlySet<number> | null } = {}) {
    const sorted = options.lines ? [...options.lines].sort((a, b) => a - b) : null
    this.text = new DecodedWindows((window) => {
      const found = sorted ? detect(window.text, { lines: windowLines(window, sorted) }) : detect(window.text)
      this.matches.push(...ownMatches(window, found))
    }, options)
  }

  /** True once the file is known to be binary: the caller may stop reading it. */
  get binary(): boolean {
    return this.text.binary
  }

  write(chunk: Buffer): void {
    this.bytes += chunk.length
    this.text.write(chunk)
  }

  end(): StreamedResult {
    const binary = !this.text.end()
    return { binary, bytes: this.bytes, matches: binary ? [] : this.matches }
  }
}

/** Which of `needles` a file fed chunk by chunk holds (each needle shorter than the margin). */
export class StreamedSearch {
  private readonly found = new Set<string>()
  private readonly text: DecodedWindows

  constructor(
    private readonly needles: readonly string[],
    options: WindowOptions = {},
  ) {
    this.text = new DecodedWindows((window) => {
      const left = this.needles.filter((needle) => !this.found.has(needle))
      if (left.length > 0) for (const needle of findStrings(window.text, left)) this.found.add(needle)
    }, options)
  }

  write(chunk: Buffer): void {
    this.text.write(chunk)
  }

  end(): Set<string> {
    this.text.end()
    return this.found
  }
}
