// The diff parser probes whole added lines (forEachLineRun) instead of reading every byte: it must find a run
// exactly where the byte-by-byte gate (bytesMayHoldCandidate) answers true, or diff mode would skip a file with a key.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { bytesMayHoldCandidate, forEachCandidate, forEachLineRun } from '../../src/detect/candidates.js'
import { checkProperty } from '../detect/check-property.js'

const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const run = fc
  .oneof(fc.constantFrom(31, 32, 33, 34), fc.integer({ min: 0, max: 70 }))
  .chain((n) => fc.string({ unit: fc.constantFrom(...ALNUM_CHARS), minLength: n, maxLength: n }))
const between = fc.oneof(
  fc.constantFrom(' ', '\\', '\\n', '\\t', '\\r', '\\x', '"', '=', '_', '-', 'é', '中', '😀', '\0'),
  fc.string({ maxLength: 3 }).map((s) => s.replace(/\n/g, ' ')),
)
/** Whether forEachLineRun finds any run on the line. */
function lineMayHoldCandidate(bytes: Uint8Array, start: number, end: number): boolean {
  return !forEachLineRun(bytes, start, end, () => false)
}

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

describe('forEachLineRun', () => {
  it('names every candidate the detector finds on the line, so judging its runs judges them all (4 000 lines)', () => {
    checkProperty(
      fc.property(line, fc.string({ maxLength: 40 }), (text, before) => {
        const whole = new TextEncoder().encode(`${before}\n${text}\n`)
        const start = new TextEncoder().encode(`${before}\n`).length
        const runs: string[] = []
        const done = forEachLineRun(whole, start, start + new TextEncoder().encode(text).length, (first, after) => {
          runs.push(Buffer.from(whole.subarray(first, after)).toString('latin1'))
          return true
        })
        expect(done).toBe(true)
        const candidates: string[] = []
        forEachCandidate(text, (candidate) => candidates.push(text.slice(candidate.start, candidate.end)))
        for (const candidate of candidates) expect(runs).toContain(candidate)
        expect(runs.length > 0).toBe(lineMayHoldCandidate(whole, start, start + new TextEncoder().encode(text).length))
      }),
      { numRuns: 4000 },
    )
  })

  it('gives the 32 after an escape letter, and stops when asked', () => {
    const letters = 'Xy7'.repeat(11).slice(0, 32)
    const bytes = new TextEncoder().encode(`"\\n${letters}" ${letters}`)
    const seen: string[] = []
    expect(forEachLineRun(bytes, 0, bytes.length, (first, after) => (seen.push(Buffer.from(bytes.subarray(first, after)).toString()), false))).toBe(false)
    expect(seen).toEqual([letters])
  })
})
