// Bytes to text for the detector. Never throws: binary files are reported as such (skipped and counted by
// the caller), UTF-16 with a BOM (or plainly UTF-16 ASCII) is decoded, invalid UTF-8 gets U+FFFD, and
// CRLF stays as it is (the detector handles it, and columns stay true to the file).

export type Decoded = { binary: false; text: string } | { binary: true }

/** How far into a file we look for a NUL, as git does to call a file binary. */
export const BINARY_PROBE_BYTES = 8000

const UTF16_LE_BOM = [0xff, 0xfe]
const UTF16_BE_BOM = [0xfe, 0xff]
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Whether the bytes are plain 8-bit text (no BOM, no NUL up front): then any ASCII word in them can be found
 * in `bytes.toString('latin1')`, a plain copy, without decoding UTF-8 first.
 */
export function isPlainBytes(bytes: Buffer): boolean {
  if (startsWith(bytes, UTF8_BOM) || startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) return false
  return bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0) < 0
}

export function decodeBytes(bytes: Buffer): Decoded {
  if (startsWith(bytes, UTF8_BOM)) return text(bytes.toString('utf8', 3))
  if (startsWith(bytes, UTF16_LE_BOM)) return text(utf16le(bytes.subarray(2)))
  if (startsWith(bytes, UTF16_BE_BOM)) return text(utf16be(bytes.subarray(2)))
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES)
  if (probe.indexOf(0) < 0) return text(bytes.toString('utf8'))
  const bomless = bomlessUtf16(probe)
  if (bomless === 'le') return text(utf16le(bytes))
  if (bomless === 'be') return text(utf16be(bytes))
  return { binary: true }
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
