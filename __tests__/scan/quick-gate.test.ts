import { MISTRAL_WORDS, mentionsMistral } from '../../src/detect/keywords.js'
import fc from 'fast-check'
import { commonCore, pipelineDetector, quickGate } from '../../src/scan.js'
import { byteGate } from '../../src/sources/keyword-gate.js'

describe('the keyword gate', () => {
  it('finds the literal every word shares', () => {
    expect(commonCore(['mistral', 'codestral', 'pixtral'])).toBe('tral')
    expect(commonCore(['Mistral', 'MISTRALAI'])).toBe('mistral')
    expect(commonCore(['mistral', 'openai'])).toBeNull()
    expect(commonCore([])).toBeNull()
  })

  it('agrees with the detector keyword test on every word, in any case', () => {
    const spellings = (w: string) => [w, w.toUpperCase(), `x ${w[0].toUpperCase()}${w.slice(1)} y`]
    const texts = [...MISTRAL_WORDS.flatMap(spellings), 'nothing', 'TRAL', '']
    for (const text of texts) expect(pipelineDetector.mentions(text)).toBe(mentionsMistral(text))
    const gate = quickGate(['abcd.e', 'xabcd.ey'], (text) => text.length > 0)
    expect(gate('ABCD.E')).toBe(true)
    expect(gate('abcdxe')).toBe(false)
  })

  it('also asks for one of the letters before the shared literal, when every word has one', () => {
    const gate = quickGate(['mistral', 'pixtral'], () => true)
    expect(['MISTRAL', 'PiXtRaL', 'aSTRAL'].map(gate)).toEqual([true, true, true])
    expect(['central', 'tral', 's-tral'].map(gate)).toEqual([false, false, false])
    expect(pipelineDetector.mentions('a neutral central spectral text')).toBe(false)
  })

  it('gives on raw bytes exactly the answer of the string test, in any case and around UTF-8', () => {
    const gate = pipelineDetector.mentionsBytes!
    const literal = /[sx]tral/i
    const words = ['Mistral', 'PIXTRAL', 'cOdEsTrAl', 'tral', 'stra', 'xtraL', 'central']
    const pieces = [...words, 'é', '🙂', 'ﬆral', 'S', 'l', ' ']
    const arbitrary = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(arbitrary, (text) => {
        const bytes = Buffer.from(text, 'utf8')
        expect(gate(bytes)).toBe(literal.test(bytes.toString('latin1')))
      }),
      { numRuns: 2000 },
    )
    for (const word of ['mistral', 'MAGISTRAL', 'Voxtral', 'deVStral']) {
      expect(gate(Buffer.from(`x ${word} y`))).toBe(true)
    }
    expect(gate(Buffer.from('stral at the start'))).toBe(true)
    expect(gate(Buffer.from('tral'))).toBe(false)
    expect(byteGate(['mistral', 'openai'])).toBeNull()
  })
})
