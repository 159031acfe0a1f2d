// Hex digits alone (a digest, a UUID without dashes) are never a key: the detector drops such a run before any
// other test, and the diff parser leaves it out of the runs it keeps. One table for both, on text and on bytes.

const HEX = new Uint8Array(256)
for (const char of '0123456789abcdefABCDEF') HEX[char.charCodeAt(0)] = 1

/** Whether text[start, end) is hex digits only, without slicing it out. */
export function isHexWithin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128 || HEX[code] !== 1) return false
  }
  return true
}

/** isHexWithin for raw bytes (ASCII: the same answer as on their latin1 or UTF-8 text). */
export function isHexBytes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (HEX[bytes[i]!] !== 1) return false
  return true
}
