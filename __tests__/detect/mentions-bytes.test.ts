// mentionsMistralBytes: the keyword pre-filter on raw bytes, so a history scan skips blobs without decoding them.
// It must give mentionsMistral's answer on the latin1 reading of the bytes (exact for ASCII and UTF-8 text), and
// read a buffer marked as UTF-16 as the text it holds.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { MISTRAL_WORDS, mentionsMistral, mentionsMistralBytes } from '../../src/detect/keywords.js'
import { checkProperty } from './check-property.js'

/** Each family word in a random case, cut short, or spelled with look-alike letters that must not count. */
const wordish = fc
  .tuple(
    fc.constantFrom(...MISTRAL_WORDS, 'stral', 'xtral', 'tral', 'mistra', 'istral', 'ministra', 'pixtra'),
    fc.integer(),
  )
  .map(([word, seed]) => [...word].map((char, i) => ((seed >> i) & 1 ? char.toUpperCase() : char)).join(''))
const lookalike = fc.constantFrom(
  ...['mıstral', 'MİSTRAL', 'miſtral', 'mistraſ', 'ｍistral', 'mis\0tral', 'mis tral', 'cõdestral'],
)
const filler = fc.oneof(
  fc.constantFrom('s', 'S', 'x', 'X', 't', 'r', 'a', 'l', 'L', 'mi', 'code', 'dev', 'magi', 'pi', 'vo', ' ', '\n', '-'),
  fc.string({ maxLength: 12 }),
)

const asciiText = fc
  .array(fc.oneof(wordish, filler, fc.string({ unit: fc.constantFrom(...'stralxmicodevgpSTRALXMICODEVGP') })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''))
const unicodeText = fc
  .array(fc.oneof(wordish, lookalike, filler, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(''))

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
}

function startsUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
}

describe('mentionsMistralBytes', () => {
  it('agrees with mentionsMistral on ASCII text full of near-misses, in any case (5 000 cases)', () => {
    checkProperty(
      fc.property(asciiText, (text) => {
        const bytes = Buffer.from(text, 'latin1')
        if (startsUtf16(bytes)) return
        expect(mentionsMistralBytes(bytes)).toBe(mentionsMistral(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('agrees with mentionsMistral on the decoded text for UTF-8 (look-alike letters, emoji, any script)', () => {
    let mentioned = 0
    checkProperty(
      fc.property(unicodeText, (text) => {
        const expected = mentionsMistral(text)
        if (expected) mentioned++
        const bytes = Buffer.from(text, 'utf8')
        expect(mentionsMistralBytes(bytes)).toBe(expected)
        expect(mentionsMistralBytes(bytes)).toBe(mentionsMistral(bytes.toString('latin1')))
      }),
      { numRuns: 3000 },
    )
    expect(mentioned).toBeGreaterThan(500)
  })

  it('agrees with mentionsMistral on the latin1 reading of arbitrary bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc
        .array(fc.oneof(wordish.map((word) => Buffer.from(word, 'latin1')), fc.uint8Array({ maxLength: 6 })), {
          maxLength: 20,
        })
        .map((parts) => new Uint8Array(Buffer.concat(parts))),
    )
    checkProperty(
      fc.property(bytes, (data) => {
        if (startsUtf16(data)) return
        expect(mentionsMistralBytes(data)).toBe(mentionsMistral(latin1(data)))
        expect(mentionsMistralBytes(Buffer.from(data))).toBe(mentionsMistral(latin1(data)))
      }),
      { numRuns: 5000 },
    )
  })

  it('reads a buffer with a UTF-16 byte order mark as its text, little- and big-endian', () => {
    checkProperty(
      fc.property(unicodeText, fc.boolean(), fc.boolean(), (text, big, odd) => {
        const units = Buffer.from(text, 'utf16le')
        if (big) units.swap16()
        const mark = Buffer.from(big ? [0xfe, 0xff] : [0xff, 0xfe])
        const bytes = Buffer.concat([mark, units, Buffer.from(odd ? [0x6d] : [])])
        expect(mentionsMistralBytes(bytes)).toBe(mentionsMistral(text))
      }),
      { numRuns: 2000 },
    )
    expect(mentionsMistralBytes(Buffer.from('\uFEFFMISTRAL_API_KEY=', 'utf16le'))).toBe(true)
    const big = Buffer.from('\uFEFFfrom mistralai import Mistral', 'utf16le').swap16()
    expect(mentionsMistralBytes(big)).toBe(true)
    expect(mentionsMistralBytes(Buffer.from('\uFEFFnothing to see', 'utf16le'))).toBe(false)
  })

  it('finds words at the very start and end, and not across a cut', () => {
    for (const word of MISTRAL_WORDS) {
      expect(mentionsMistralBytes(Buffer.from(word))).toBe(true)
      expect(mentionsMistralBytes(Buffer.from(word.toUpperCase()))).toBe(true)
      expect(mentionsMistralBytes(Buffer.from(`x${word}`))).toBe(true)
      expect(mentionsMistralBytes(Buffer.from(word.slice(1)))).toBe(mentionsMistral(word.slice(1)))
      expect(mentionsMistralBytes(Buffer.from(word.slice(0, -1)))).toBe(false)
    }
    expect(mentionsMistralBytes(new Uint8Array(0))).toBe(false)
    expect(mentionsMistralBytes(Buffer.from('tral'))).toBe(false)
  })

  it('relies on every family word ending in `stral` or `xtral` (add a word that does not, and this fails)', () => {
    for (const word of MISTRAL_WORDS) expect(word).toMatch(/^[a-z]+[sx]tral$/)
  })
})
