// Property tests over random inputs (issue #5): the detector never throws, never hangs, and what it returns
// is consistent with the text it was given. Inputs mix keywords, key-shaped runs and hostile characters.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { detect } from '../../src/detect/detector.js'
import { fakeKey } from '../helpers/keys.js'
import { safe } from './leaks.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Pieces a hostile or unlucky file is made of. */
const piece = fc.oneof(
  fc.constantFrom(
    'mistral',
    'MISTRAL_API_KEY=',
    'Mistral(api_key="',
    'codestral',
    'api.mistral.ai',
    'Authorization: Bearer ',
    '"',
    "'",
    '`',
    '\\',
    '\\"',
    '${',
    '${{ secrets.',
    '}}',
    'process.env.',
    'os.environ["',
    '\n',
    '\r\n',
    '\r',
    '\0',
    '\t',
    ' ',
    '=',
    ':',
    '#',
    '//',
    '/*',
    'mistral-guard:allow',
    '\uFEFF',
    '\u2028',
    '\uD800',
    '😀',
    'é',
  ),
  fc.integer({ min: 1, max: 80 }).map((n) => fakeKey(n)),
  fc.integer({ min: 1, max: 80 }).map((n) => fakeKey(n, { lettersOnly: true })),
  fc.integer({ min: 0, max: 40 }).chain((n) => fc.string({ unit: fc.constantFrom(...ALNUM), minLength: n, maxLength: n })),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

const hostileText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

/**
 * fc.assert, but a failure report never prints a key: fast-check's own report quotes the counterexample,
 * which holds generated keys. Long alphanumeric runs are blanked; the seed and path reproduce the case.
 */
function assertProperty<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params)
  if (!details.failed) return
  const example = details.counterexample ? safe(JSON.stringify(details.counterexample)).slice(0, 2000) : 'none'
  const error = safe(String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance)).slice(0, 1000)
  throw new Error(
    `property failed after ${details.numRuns} run(s) (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample: ${example}\nerror: ${error}`,
  )
}

/** The decoded line a match points at, by the detector's documented convention (split on \n). */
function lineAt(text: string, line: number): string | undefined {
  return text.split('\n')[line - 1]
}

describe('detect() on random input', () => {
  test('never throws, and every match points at its secret', () => {
    assertProperty(
      fc.property(hostileText, (text) => {
        const matches = detect(text)
        expect(Array.isArray(matches)).toBe(true)
        for (const match of matches) {
          expect(Number.isInteger(match.line) && match.line >= 1).toBe(true)
          expect(Number.isInteger(match.column) && match.column >= 1).toBe(true)
          const line = lineAt(text, match.line) ?? ''
          expect(line.slice(match.column - 1, match.column - 1 + match.secret.length) === match.secret).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  test('is deterministic', () => {
    assertProperty(
      fc.property(hostileText, (text) => {
        const first = detect(text).map((m) => [m.line, m.column, m.secret.length])
        expect(detect(text).map((m) => [m.line, m.column, m.secret.length])).toEqual(first)
      }),
      { numRuns: 500 },
    )
  })

  test('a key with Mistral context is found wherever random text surrounds it on other lines', () => {
    assertProperty(
      fc.property(
        hostileText.map((t) => t.replace(/[\r\n\u2028]/g, ' ')),
        hostileText,
        fc.integer({ min: 1, max: 1000 }),
        (before, after, seed) => {
          const key = fakeKey(seed)
          const text = `${before}\nMISTRAL_API_KEY=${key}\n${after}`
          const hit = detect(text).find((m) => m.line === 2)
          expect(hit && { column: hit.column, same: hit.secret === key }).toEqual({ column: 17, same: true })
        },
      ),
      { numRuns: 500 },
    )
  })

  test('large random inputs (100 KB) finish: no super-linear blow-up at this size', () => {
    assertProperty(
      fc.property(fc.array(piece, { minLength: 2000, maxLength: 4000 }), (parts) => {
        const text = parts.join('').repeat(3)
        expect(Array.isArray(detect(text))).toBe(true)
      }),
      { numRuns: 20 },
    )
  })
})
