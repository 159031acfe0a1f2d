// The diff parser probes whole added lines (lineMayHoldCandidate) instead of reading every byte: it must answer
// exactly what the byte-by-byte gate (bytesMayHoldCandidate) answers, or diff mode would skip a file with a key.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bytesMayHoldCandidate } from '../../src/detect/candidates.js'
import { lineMayHoldCandidate } from '../../src/git/diff-changes.js'
import { checkProperty } from '../detect/check-property.js'

const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const run = fc
  .oneof(fc.constantFrom(31, 32, 33, 34), fc.integer({ min: 0, max: 70 }))
  .chain((n) => fc.string({ unit: fc.constantFrom(...ALNUM_CHARS), minLength: n, maxLength: n }))
const between = fc.oneof(
  fc.constantFrom(' ', '\\', '\\n', '\\t', '\\r', '\\x', '"', '=', '_', '-', 'é', '中', '😀', '\0'),
  fc.string({ maxLength: 3 }).map((s) => s.replace(/\n/g, ' ')),
)
const line = fc
  .array(fc.tuple(between, run), { maxLength: 6 })
  .map((parts) => parts.map(([other, letters]) => other + letters).join(''))

describe('lineMayHoldCandidate', () => {
  it('gives the byte-by-byte answer on any line, anywhere in a buffer (4 000 lines)', () => {
    let kept = 0
    checkProperty(
      fc.property(line, fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (text, before, after) => {
        const bytes = new TextEncoder().encode(text)
        const expected = bytesMayHoldCandidate(bytes, 0, bytes.length)
        if (expected) kept++
        expect(lineMayHoldCandidate(bytes, 0, bytes.length)).toBe(expected)
        // Inside a bigger buffer, with other bytes around the line (as in a chunk of git's output).
        const head = new TextEncoder().encode(`${before}\n`)
        const whole = new TextEncoder().encode(`${before}\n${text}\n${after}`)
        expect(lineMayHoldCandidate(whole, head.length, head.length + bytes.length)).toBe(expected)
      }),
      { numRuns: 4000 },
    )
    expect(kept).toBeGreaterThan(400)
    expect(kept).toBeLessThan(3600)
  })

  it('keeps exactly 32 in a row, or 33 after an escape; not 31, 34, or 33 without one', () => {
    const may = (text: string) => lineMayHoldCandidate(new TextEncoder().encode(text), 0, text.length)
    const letters = (n: number) => 'aB3'.repeat(30).slice(0, n)
    expect(may(`key = "${letters(32)}"`)).toBe(true)
    expect(may(letters(32))).toBe(true)
    expect(may(`x ${letters(31)} ${letters(34)}`)).toBe(false)
    expect(may(`"\\n${letters(32)}"`)).toBe(true)
    expect(may(`"\\q${letters(32)}"`)).toBe(false)
    expect(may(`${letters(40)} ${letters(32)}`)).toBe(true)
    expect(may('')).toBe(false)
  })
})
