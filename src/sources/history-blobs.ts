// Scans history's blobs one by one as git hands them over, keeping only the keys each holds: no texts.
// A keyword test comes first, on bytes, so most blobs cost one search and are never decoded.
import type { Match } from '../detect/match.js'
import type { BodySink } from '../git/cat-file.js'
import { decodeBytes, decodePlain, isPlainBytes, KEYWORD_OVERLAP_BYTES } from './decode.js'
import type { Detector, SourceContext } from './source.js'
import { StreamedDetection } from './text-windows.js'

export class BlobScanner {
  /** The distinct keys (first occurrence each) of every blob that holds one. */
  readonly keysByBlob = new Map<string, Match[]>()
  private readonly detector: Detector

  constructor(private readonly context: SourceContext) {
    this.detector = context.detector
  }

  /** One whole blob, scanned now. */
  scan(oid: string, data: Buffer): void {
    const text = this.textToScan(data)
    if (text !== null) this.detectIn(oid, text)
  }

  /**
   * Counts the blob and runs the keyword test; the text to detect in, or null (no keyword, binary). The
   * detector confirms the keywords itself, so plain bytes that pass the byte test are decoded straight away.
   */
  private textToScan(data: Buffer): string | null {
    const { stats } = this.context
    stats.bytes += data.length
    // Most blobs never mention Mistral. The keywords are ASCII and UTF-8 never hides an ASCII byte, so the
    // keyword test reads the bytes (or a latin1 copy) and skips the UTF-8 decoding of every blob without one.
    if (isPlainBytes(data)) {
      stats.files++
      if (this.detector.mentionsBytes) return this.detector.mentionsBytes(data) ? decodePlain(data) : null
      const latin1 = data.toString('latin1')
      return this.detector.mentions(latin1) ? decodePlain(data, latin1) : null
    }
    const decoded = decodeBytes(data)
    if (decoded.binary) {
      stats.skipped++
      return null
    }
    stats.files++
    return this.detector.mentions(decoded.text) ? decoded.text : null
  }

  private detectIn(oid: string, text: string): void {
    const { stats, log } = this.context
    let matches: Match[]
    try {
      // textToScan let it through on a keyword.
      matches = this.detector.detect(text, { mentioned: true })
    } catch (error) {
      stats.skipped++
      log.warn(`Could not scan blob ${oid}: ${(error as Error).message}`)
      return
    }
    this.remember(oid, matches)
  }

  /** A blob too big to hold: scanned window by window as git streams it; `ended` runs once it is done. */
  sink(oid: string, ended: () => void): BodySink {
    const { stats, log } = this.context
    const detection = new StreamedDetection((text) => this.detector.detect(text))
    let failure: Error | null = null
    const feed = (chunk: Buffer): void => {
      if (failure) return
      try {
        detection.write(chunk)
      } catch (error) {
        failure = error as Error
      }
    }
    const held = new HeldUntilMentioned(this.detector, feed)
    return {
      write: (chunk) => held.write(chunk),
      end: () => {
        let result = null
        if (held.unmentioned) {
          // No keyword anywhere: every window would have come back empty, so none was decoded.
          result = { binary: false, bytes: held.bytes, matches: [] }
        } else {
          try {
            if (!failure) result = detection.end()
          } catch (error) {
            failure = error as Error
          }
        }
        if (!result) {
          stats.skipped++
          log.warn(`Could not scan blob ${oid}: ${failure?.message}`)
        } else {
          stats.bytes += result.bytes
          if (result.binary) stats.skipped++
          else {
            stats.files++
            this.remember(oid, result.matches)
          }
        }
        ended()
      },
    }
  }

  private remember(oid: string, matches: Match[]): void {
    if (matches.length === 0) return
    const distinct = new Map<string, Match>()
    for (const match of matches) {
      // A copy of the key: a slice of the blob's text would keep the whole text alive.
      const secret = Buffer.from(match.secret, 'utf8').toString('utf8')
      if (!distinct.has(secret)) distinct.set(secret, { ...match, secret })
    }
    this.keysByBlob.set(oid, [...distinct.values()])
  }
}

/** Raw bytes held back from decoding, at most: a blob larger than this without a keyword is decoded anyway. */
const HOLD_BYTES = 4 * 1024 * 1024

/**
 * Holds a big blob's chunks back from decoding until its bytes mention a keyword (the detector's byte test),
 * then passes everything on. Most big blobs (data, lock files, bundles) never do, and are never decoded. Only
 * plain 8-bit text is held (the byte test's domain); anything else, or more than HOLD_BYTES, passes at once.
 */
export class HeldUntilMentioned {
  bytes = 0
  private held: Buffer[] | null = []
  private tail = Buffer.alloc(0)

  constructor(
    private readonly detector: Detector,
    private readonly pass: (chunk: Buffer) => void,
  ) {}

  /** True when the whole blob went by without a keyword, so nothing was passed on. */
  get unmentioned(): boolean {
    return this.held !== null
  }

  write(chunk: Buffer): void {
    const first = this.bytes === 0
    this.bytes += chunk.length
    if (this.held === null) return this.pass(chunk)
    const mentionsBytes = this.detector.mentionsBytes
    const plain = mentionsBytes && (!first || isPlainBytes(chunk))
    // After the first chunk the test reads the previous chunk's tail too (never a chunk's bytes as a file start).
    const tested = first ? chunk : Buffer.concat([this.tail, chunk])
    if (!plain || mentionsBytes(tested) || this.bytes > HOLD_BYTES) {
      const held = this.held
      this.held = null
      for (const part of held) this.pass(part)
      this.pass(chunk)
      return
    }
    // A copy: the chunk's memory may be reused for the next one.
    this.held.push(Buffer.from(chunk))
    this.tail = Buffer.from(tested.subarray(Math.max(0, tested.length - KEYWORD_OVERLAP_BYTES)))
  }
}
