// WordSearch must be the provider-name regex itself, only faster: for any text and any starting point it returns
// what the global, case-insensitive regex returns (same index, same text, same groups), so Mentions reads the
// same providers at the same places. Texts are built from the words, their pieces and their neighbours.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ALL_MENTIONS_SOURCE, PROVIDER_WORDS } from '../../src/detect/keywords.js'
import { WordSearch } from '../../src/detect/word-search.js'
import { checkProperty } from './check-property.js'

const search = new WordSearch(ALL_MENTIONS_SOURCE, PROVIDER_WORDS)
const regex = new RegExp(ALL_MENTIONS_SOURCE, 'gi')

function viaRegex(text: string, from: number): string[] {
  const found: string[] = []
  regex.lastIndex = from
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) found.push(JSON.stringify([m.index, ...m]))
  return found
}

function viaSearch(text: string, from: number): string[] {
  const found: string[] = []
  for (let m = search.exec(text, from); m !== null; m = search.exec(text, m.index + m[0].length)) {
    found.push(JSON.stringify([m.index, ...m]))
  }
  return found
}

/** A word in random case, cut at either end, or with a letter swapped for a look-alike. */
const wordish = fc
  .tuple(fc.constantFrom(...PROVIDER_WORDS), fc.integer(), fc.nat(3), fc.nat(3))
  .map(([word, seed, cutStart, cutEnd]) => {
    const cased = [...word].map((char, i) => ((seed >> i) & 1 ? char.toUpperCase() : char)).join('')
    if ((seed >> 20) % 4 !== 0) return cased
    return cased.slice(cutStart, Math.max(cutStart + 1, cased.length - cutEnd))
  })
const lookalike = fc.constantFrom('ſ', 'ı', 'İ', 'K', 'ｍ', 'ß', 'Ɑ', '\u0161', '\u0141', '\u2c6f')
const neighbour = fc.constantFrom(' ', '\n', '_', '-', '.', '0', '9', 'x', 'A', '(', '"', '\0', '\x7f', '@', '`', '[', '{')

const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: wordish }, neighbour, lookalike, fc.string({ maxLength: 6 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''))

describe('WordSearch', () => {
  it('finds what the global regex finds, from any starting point', () => {
    checkProperty(
      fc.property(text, fc.nat(), (sample, start) => {
        const from = sample.length === 0 ? 0 : start % (sample.length + 1)
        expect(viaSearch(sample, from)).toEqual(viaRegex(sample, from))
      }),
      { numRuns: 3000 },
    )
  })

  it('finds every word next to any other, in any case, at the ends of a text', () => {
    for (const word of PROVIDER_WORDS) {
      for (const sample of [word, word.toUpperCase(), `x${word}`, `${word}x`, `${word}${word}`, ` ${word}.${word} `]) {
        expect(viaSearch(sample, 0)).toEqual(viaRegex(sample, 0))
      }
    }
  })

  it('rejects a word shorter than two characters', () => {
    expect(() => new WordSearch('a', ['a'])).toThrow(/two characters/)
  })
})
