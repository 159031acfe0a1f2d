// The diff gate (CandidateLineScanner) reads raw bytes of added lines, in pieces; a line it calls clean must
// give forEachCandidate nothing, or diff mode would skip a file holding a key.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  bytesMayHoldCandidate,
  CandidateLineScanner,
  forEachCandidate,
  KEY_LENGTH,
} from '../../src/detect/candidates.js'
import { checkProperty } from './check-property.js'

const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function letters(length: number, offset = 0): string {
  let out = ''
  for (let i = 0; i < length; i++) out += ALNUM_CHARS[(i * 7 + offset) % ALNUM_CHARS.length]
  return out
}

function hasCandidate(line: string): boolean {
  let found = false
  forEachCandidate(line, () => (found = true))
  return found
}

function scanInPieces(bytes: Uint8Array, cuts: number[]): boolean {
  const scanner = new CandidateLineScanner()
  let from = 0
  for (const cut of [...cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
    if (scanner.feed(bytes, from, cut)) return true
    from = cut
  }
  return scanner.end()
}

const run = fc.oneof(
  fc.string({ unit: fc.constantFrom(...ALNUM_CHARS), minLength: 32, maxLength: 32 }),
  fc
    .integer({ min: 30, max: 35 })
    .chain((n) => fc.string({ unit: fc.constantFrom(...ALNUM_CHARS), minLength: n, maxLength: n })),
  fc.string({ unit: fc.constantFrom(...ALNUM_CHARS), maxLength: 70 }),
)
const between = fc.oneof(
  fc.constantFrom(' ', '\\', '\\n', '\\t', '\\r', '\\x', '\\\\n', '\r', '-', '.', '_', '$', '+', '%', '/', '@', '=', '"'),
  fc.constantFrom('é', 'ß', '中', '\u0301', '😀', '\uD800', '\0', 'x-', '.json', '\\nn'),
  fc.string({ maxLength: 4 }).map((s) => s.replace(/\n/g, ' ')),
)
/** One line (no `\n`): runs around the key length and anything that may sit between them. */
const line = fc
  .array(fc.tuple(between, run, fc.boolean()), { maxLength: 8 })
  .map((parts) => parts.map(([other, letters, both]) => (both ? other + letters : letters)).join(''))

describe('CandidateLineScanner', () => {
  it('never calls a line clean that forEachCandidate finds a candidate on, however its bytes are cut (3 000 lines)', () => {
    let kept = 0
    let found = 0
    checkProperty(
      fc.property(line, fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        const bytes = new TextEncoder().encode(text)
        const whole = bytesMayHoldCandidate(bytes, 0, bytes.length)
        // Cut anywhere (inside a run, between a backslash and its letter): the same answer.
        expect(scanInPieces(bytes, cuts)).toBe(whole)
        // In a file, the line sits between newlines.
        const candidate = hasCandidate(text) || hasCandidate(`x\n${text}\ny`)
        if (candidate) found++
        if (whole) kept++
        if (candidate) expect(whole).toBe(true)
      }),
      { numRuns: 3000 },
    )
    // The property is not vacuous, and the gate is not just "always yes".
    expect(found).toBeGreaterThan(300)
    expect(kept).toBeLessThan(3000)
  })

  it('keeps exactly 32 in a row, or 33 after a `\\n`, `\\r` or `\\t` escape; passes over longer identifiers', () => {
    const may = (text: string) => {
      const bytes = new TextEncoder().encode(text)
      return bytesMayHoldCandidate(bytes, 0, bytes.length)
    }
    expect(may(`key = ${letters(KEY_LENGTH)}`)).toBe(true)
    expect(may(letters(KEY_LENGTH))).toBe(true)
    expect(may(`"\\n${letters(KEY_LENGTH)}"`)).toBe(true)
    expect(may(`\\t${letters(KEY_LENGTH)}`)).toBe(true)
    expect(may(`\\x${letters(KEY_LENGTH)}`)).toBe(false)
    expect(may(`n${letters(KEY_LENGTH)}`)).toBe(false)
    expect(may(`const ${letters(KEY_LENGTH + 3)} = 1`)).toBe(false)
    expect(may(`${letters(KEY_LENGTH - 1)} ${letters(KEY_LENGTH + 1)}`)).toBe(false)
    expect(may('')).toBe(false)
  })
})
