// Properties over random texts: the detector never throws, every match sits where it says and is exactly
// the 32 characters there, and a 5 MB adversarial line completes (time is for bench/, not asserted here).
import fc from 'fast-check'
import { detect } from '../../src/detect/detector.js'
import { fakeKey } from '../helpers/keys.js'

const keys = Array.from({ length: 20 }, (_, i) => fakeKey(500 + i, { lettersOnly: i % 5 === 0 }))

const fragment = fc.oneof(
  fc.constantFrom(...keys),
  fc.constantFrom('mistral', 'MISTRAL_API_KEY=', 'codestral', 'Mistral(', 'api_key: ', 'Bearer ', 'mistral-guard:allow'),
  fc.constantFrom('\n', '\r\n', ' ', '  ', '\t', '"', "'", '\\', '\\n', '{', '}', '(', ')', '[', ']', ':', '=', ',', '-', '_', '.', '/', '+', '$', '${', '`', '\\\n'),
  fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
)

const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''))

describe('detect (properties)', () => {
  it('never throws and reports matches exactly where they are', () => {
    fc.assert(
      fc.property(text, (input) => {
        const matches = detect(input)
        const lines = input.split('\n')
        for (const match of matches) {
          if (match.secret.length !== 32 || !/^[A-Za-z0-9]+$/.test(match.secret)) return false
          if (match.line < 1 || match.line > lines.length || match.column < 1) return false
          if (lines[match.line - 1]!.slice(match.column - 1, match.column - 1 + 32) !== match.secret) return false
          if (match.ruleId !== 'mistral-api-key' && match.ruleId !== 'codestral-api-key') return false
        }
        return true
      }),
      { numRuns: 2000 },
    )
  })

  it('is deterministic and never reports a line holding mistral-guard:allow', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = detect(input)
        if (JSON.stringify(first) !== JSON.stringify(detect(input))) return false
        const lines = input.split('\n')
        return first.every((match) => !lines[match.line - 1]!.includes('mistral-guard:allow'))
      }),
      { numRuns: 500 },
    )
  })

  it('finds every generated key in a plain env line, whatever surrounds the file', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(...keys), (before, after, key) => {
        const input = `${before}\nMISTRAL_API_KEY=${key}\n${after}`
        return detect(input).some((match) => match.secret === key)
      }),
      { numRuns: 500 },
    )
  })

  it('completes on a 5 MB line of "mistral" and key-like runs', () => {
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < 5_000_000; i++) {
      const part = `mistral ${keys[i % keys.length]} ${'aB3'.repeat(11)}x "${keys[(i * 7) % keys.length]}", `
      parts.push(part)
      length += part.length
    }
    const line = parts.join('')
    const matches = detect(line)
    expect(matches.length).toBeGreaterThan(0)
    expect(matches.every((match) => match.line === 1)).toBe(true)
  })
})
