import fc from 'fast-check'
import { AsciiWords } from '../../src/checks/ascii-words.js'

const bytes = (text: string) => Buffer.from(text, 'utf8')

/** What the gate stands for: the case-insensitive pattern the checks run on the decoded text. */
function oracle(words: readonly string[], data: Uint8Array): boolean {
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
  return pattern.test(Buffer.from(data).toString('utf8'))
}

describe('AsciiWords', () => {
  it('finds any of its words in any case, at the start, the end or across what a window skips', () => {
    const names = new AsciiWords(['MISTRAL_API_KEY', 'apiKey', 'api_key', 'apikey'])
    expect(names.in(bytes('const k = process.env.mistral_api_key'))).toBe(true)
    expect(names.in(bytes('APIKEY'))).toBe(true)
    expect(names.in(bytes('client({ ApiKey })'))).toBe(true)
    expect(names.in(bytes('api-key, api key, apikex, pikey'))).toBe(false)
    expect(names.in(bytes(''))).toBe(false)
    expect(names.in(bytes('apike'))).toBe(false)
  })

  it('reads UTF-8 beyond ASCII as the text search does: no non-ASCII letter stands for an ASCII one', () => {
    const words = new AsciiWords(['secret', 'kelvin'])
    // U+017F (long s) and U+212A (Kelvin sign) upper-case to ASCII letters, but a pattern without the u flag
    // never folds them onto ASCII, and their bytes hold no ASCII letter.
    for (const text of ['ſecret', '\u212Aelvin', 'sécret', '日本語 secrét']) {
      expect(words.in(bytes(text))).toBe(false)
      expect(oracle(['secret', 'kelvin'], bytes(text))).toBe(false)
    }
    expect(words.in(bytes('日本語 SECRET'))).toBe(true)
  })

  it('looks only within [from, to)', () => {
    const words = new AsciiWords(['key'])
    const data = bytes('a key here')
    expect(words.in(data, 0, 5)).toBe(true)
    expect(words.in(data, 0, 4)).toBe(false)
    expect(words.in(data, 3, 10)).toBe(false)
  })

  it('refuses an empty list and a word that is not printable ASCII', () => {
    expect(() => new AsciiWords([])).toThrow('no word')
    expect(() => new AsciiWords(['clé'])).toThrow('printable ASCII')
    expect(() => new AsciiWords([''])).toThrow('printable ASCII')
  })

  it('answers as the case-insensitive pattern does on the decoded text', () => {
    const alphabet = ['a', 'A', 'p', 'P', 'i', 'k', 'K', 'e', 'y', 'Y', '_', 'm', 's', 't', 'r', 'l', ' ', '\n', 'é', 'ſ']
    const word = fc.stringMatching(/^[a-zA-Z_]{1,8}$/)
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(fc.constantFrom(...alphabet), word), { maxLength: 60 }),
        (words, pieces) => {
          const data = bytes(pieces.join(''))
          expect(new AsciiWords(words).in(data)).toBe(oracle(words, data))
        },
      ),
      { numRuns: 3000 },
    )
  })
})
