// Bytes to text for the detector. Never throws: binary files are reported as such (skipped and counted by
// the caller), UTF-16 with a BOM (or plainly UTF-16 ASCII) is decoded, invalid UTF-8 gets U+FFFD, and
// CRLF stays as it is (the detector handles it, and columns stay true to the file). Two shapes: a whole
// Buffer at once (decodeBytes), or a stream of chunks (StreamDecoder) for files too big to hold.
import { isAscii } from 'node:buffer'
import { StringDecoder } from 'node:string_decoder'

export type Decoded = { binary: false; text: string } | { binary: true }

/** How far into a file we look for a NUL, as git does to call a file binary. */
export const BINARY_PROBE_BYTES = 8000

const UTF16_LE_BOM = [0xff, 0xfe]
const UTF16_BE_BOM = [0xfe, 0xff]
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** What the first bytes of a file say about the rest: its encoding and how many BOM bytes to skip. */
export type Encoding = { kind: 'utf8' | 'utf16le' | 'utf16be'; skip: number } | { kind: 'binary'; skip: 0 }

/** Decides a file's encoding from its first BINARY_PROBE_BYTES bytes (all of them for a shorter file). */
export function sniffEncoding(head: Buffer): Encoding {
  if (startsWith(head, UTF8_BOM)) return { kind: 'utf8', skip: 3 }
  if (startsWith(head, UTF16_LE_BOM)) return { kind: 'utf16le', skip: 2 }
  if (startsWith(head, UTF16_BE_BOM)) return { kind: 'utf16be', skip: 2 }
  const probe = head.subarray(0, BINARY_PROBE_BYTES)
  if (probe.indexOf(0) < 0) return { kind: 'utf8', skip: 0 }
  const bomless = bomlessUtf16(probe)
  if (bomless === 'le') return { kind: 'utf16le', skip: 0 }
  if (bomless === 'be') return { kind: 'utf16be', skip: 0 }
  return { kind: 'binary', skip: 0 }
}

/**
 * Whether the bytes are plain 8-bit text (no BOM, no NUL up front): then any ASCII word in them can be found
 * in `bytes.toString('latin1')`, a plain copy, without decoding UTF-8 first.
 */
export function isPlainBytes(bytes: Buffer): boolean {
  if (startsWith(bytes, UTF8_BOM) || startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) return false
  return bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0) < 0
}

/**
 * Bytes of one chunk tested again with the next, for a file tested chunk by chunk: a keyword (at most nine bytes)
 * cut by a chunk boundary is found in the last bytes of one chunk and the first of the next.
 */
export const KEYWORD_OVERLAP_BYTES = 16

/**
 * A keyword test on a file's bytes (the detector's mentionsBytes), where its answer holds for the decoded text:
 * plain 8-bit text. False: the file names no Mistral word and cannot hold a finding; true: it does (the detector
 * need not look again); undefined: the bytes cannot tell, or there is no test.
 */
export function keywordInBytes(bytes: Buffer, mentionsBytes?: (bytes: Buffer) => boolean): boolean | undefined {
  return mentionsBytes && isPlainBytes(bytes) ? mentionsBytes(bytes) : undefined
}

/**
 * Decodes plain bytes (see isPlainBytes), reusing the latin1 copy a caller already made: pure ASCII reads the
 * same in latin1 and UTF-8, so the copy is the text and the UTF-8 decoding is skipped.
 */
export function decodePlain(bytes: Buffer, latin1?: string): string {
  return isAscii(bytes) ? (latin1 ?? bytes.toString('latin1')) : bytes.toString('utf8')
}

export function decodeBytes(bytes: Buffer): Decoded {
  const encoding = sniffEncoding(bytes)
  switch (encoding.kind) {
    case 'binary':
      return { binary: true }
    case 'utf8':
      return text(bytes.toString('utf8', encoding.skip))
    case 'utf16le':
      return text(utf16le(bytes.subarray(encoding.skip)))
    case 'utf16be':
      return text(utf16be(bytes.subarray(encoding.skip)))
  }
}

/**
 * Decodes a file chunk by chunk into pieces of text, as decodeBytes would decode it whole: the encoding is
 * sniffed from the first BINARY_PROBE_BYTES bytes, and a character cut between two chunks is kept whole.
 */
export class StreamDecoder {
  private head: Buffer[] = []
  private headBytes = 0
  private encoding: Encoding | null = null
  private decoder: StringDecoder | null = null
  /** UTF-16 BE: an odd byte left over from the previous chunk. */
  private odd: number | null = null
  /** UTF-8: the decoder holds no bytes of an unfinished character. */
  private settled = true

  /** `onText` gets each decoded piece, in order. */
  constructor(private readonly onText: (text: string) => void) {}

  /** True once the file is known to be binary: the caller may stop reading. */
  get binary(): boolean {
    return this.encoding?.kind === 'binary'
  }

  write(bytes: Buffer): void {
    if (this.encoding === null) {
      // A copy: the caller may reuse its buffer for the next chunk.
      this.head.push(Buffer.from(bytes))
      this.headBytes += bytes.length
      if (this.headBytes < BINARY_PROBE_BYTES) return
      this.start()
      return
    }
    this.decode(bytes)
  }

  end(): void {
    if (this.encoding === null) this.start()
    if (this.decoder) {
      // An odd trailing byte of UTF-16 decodes to nothing, as decodeBytes drops it.
      const rest = this.decoder.end()
      if (rest) this.onText(rest)
    }
  }

  private start(): void {
    const head = Buffer.concat(this.head)
    this.head = []
    this.encoding = sniffEncoding(head)
    if (this.encoding.kind === 'binary') return
    this.decoder = new StringDecoder(this.encoding.kind === 'utf8' ? 'utf8' : 'utf16le')
    this.decode(head.subarray(this.encoding.skip))
  }

  private decode(bytes: Buffer): void {
    if (!this.decoder || bytes.length === 0) return
    // Pure ASCII reads the same in latin1, which is several times cheaper than the UTF-8 decoder: safe when the
    // decoder holds no part of a character, i.e. the last byte it was given was ASCII.
    if (this.encoding?.kind === 'utf8' && this.settled && isAscii(bytes)) {
      this.onText(bytes.toString('latin1'))
      return
    }
    if (this.encoding?.kind === 'utf16be') bytes = this.swapped(bytes)
    const piece = this.decoder.write(bytes)
    this.settled = bytes[bytes.length - 1]! < 0x80
    if (piece) this.onText(piece)
  }

  /** The bytes with each pair swapped (BE to LE), carrying an odd byte over to the next chunk. */
  private swapped(bytes: Buffer): Buffer {
    const joined = this.odd === null ? bytes : Buffer.concat([Buffer.from([this.odd]), bytes])
    const even = joined.length - (joined.length % 2)
    this.odd = even < joined.length ? joined[even]! : null
    const out = Buffer.from(joined.subarray(0, even))
    out.swap16()
    return out
  }
}

function text(value: string): Decoded {
  return { binary: false, text: value }
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

function utf16le(bytes: Buffer): string {
  // An odd trailing byte cannot be a code unit: drop it rather than fail.
  return bytes.toString('utf16le', 0, bytes.length - (bytes.length % 2))
}

function utf16be(bytes: Buffer): string {
  const even = bytes.length - (bytes.length % 2)
  const swapped = Buffer.from(bytes.subarray(0, even))
  swapped.swap16()
  return swapped.toString('utf16le')
}

/**
 * UTF-16 written without a BOM (some Windows tools do) shows as text with a NUL in every other byte.
 * Call it UTF-16 only when that pattern is near perfect, so real binaries stay binary.
 */
function bomlessUtf16(probe: Buffer): 'le' | 'be' | null {
  const pairs = Math.floor(probe.length / 2)
  if (pairs < 4) return null
  let le = 0
  let be = 0
  for (let i = 0; i + 1 < probe.length; i += 2) {
    const first = probe[i]
    const second = probe[i + 1]
    if (second === 0 && isTextByte(first)) le++
    else if (first === 0 && isTextByte(second)) be++
  }
  if (le >= pairs * 0.95) return 'le'
  if (be >= pairs * 0.95) return 'be'
  return null
}

function isTextByte(byte: number): boolean {
  return byte === 9 || byte === 10 || byte === 13 || (byte >= 0x20 && byte < 0x7f)
}
