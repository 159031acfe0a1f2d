import { MISTRAL_WORDS, mentionsMistral } from '../../src/detect/keywords.js'
import { commonCore, pipelineDetector, quickGate } from '../../src/scan.js'

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
})
