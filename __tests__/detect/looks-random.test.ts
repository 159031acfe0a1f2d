// The key-shape tests: random keys pass, what only has a key's shape does not.
import { whyNotAKey } from '../../src/detect/looks-random.js'
import { dictionaryCoverage, looksLikeName, pronounceability, splitSegments } from '../../src/detect/word-model.js'
import { fakeKey } from '../helpers/keys.js'
import { Gen } from './corpus/gen.js'

describe('whyNotAKey', () => {
  it('passes random keys, with and without digits (20 000 seeded keys)', () => {
    let rejected = 0
    for (let seed = 0; seed < 20_000; seed++) {
      if (whyNotAKey(fakeKey(seed, { lettersOnly: seed % 3 === 0 })) !== null) rejected++
    }
    expect(rejected).toBe(0)
  })

  it('rejects names built from SDK words, PascalCase and camelCase (4 000 generated)', () => {
    const g = new Gen(11)
    let passed = 0
    for (let i = 0; i < 4000; i++) if (whyNotAKey(i % 2 === 0 ? g.sdkName() : g.camel()) === null) passed++
    expect(passed).toBe(0)
  })

  it.each([
    ['ChatCompletion' + 'ChoiceFinishReason', 'name'],
    ['LibrariesDocuments' + 'PatchV1Request', 'name'],
    ['createPrivate' + 'VulnerabilityReport', 'name'],
    ['XMLHttpRequest' + 'EventTargetHandler', 'name'],
    ['chatcompletion' + 'choicefinishreason', 'single-case'],
    ['CHATCOMPLETION' + 'CHOICEFINISHREASON', 'single-case'],
    ['0123456789abcdef' + 'fedcba9876543210', 'hex'],
    ['D41D8CD98F00B204' + 'E9800998ECF8427E', 'hex'],
    ['x'.repeat(32), 'repeated'],
    ['XyZw'.repeat(8), 'few-characters'],
    ['abcdefghijklmnop' + 'qrstuvwxyzABCDEF', 'sequential'],
    ['Q7' + 'AbCdEfGh' + 'k2m9P4x8R1t6W3z5Y0v7Ln', 'sequential'],
    ['Example' + 'Q7k2m9P4x8R1t6W3z5Y0v7sLn', 'placeholder'],
    ['Test' + 'Q7k2m9P4x8R1t6W3z5Y0v7sLnB4x', 'placeholder'],
  ])('rejects a look-alike (%#: %s)', (run, reason) => {
    expect(run).toHaveLength(32)
    expect(whyNotAKey(run)).toBe(reason)
  })

  it('does not take a short placeholder word inside a key for a placeholder', () => {
    // `test` in the middle of random characters: a real key can hold it.
    const run = 'Q7k2m9P4x8R1' + 'test' + 'W3z5Y0v7sLnB4Zq9'
    expect(run).toHaveLength(32)
    expect(whyNotAKey(run)).toBeNull()
  })
})

describe('word model', () => {
  it('splits names where they are built', () => {
    expect(splitSegments('HTTPApiV1Request2x').map((segment) => segment.text)).toEqual(['HTTP', 'Api', 'V', '1', 'Request', '2', 'x'])
  })

  it('covers compound words with the word list', () => {
    expect(dictionaryCoverage('finishreason')).toBe(12)
    expect(dictionaryCoverage('qzx')).toBe(0)
  })

  it('scores English-like words above random letters', () => {
    expect(pronounceability('kubernetes')).toBeGreaterThan(0.4)
    expect(pronounceability('xkqzvbn')).toBeLessThan(0)
  })

  it('knows names made of words it does not list', () => {
    expect(looksLikeName('Kubernetes' + 'PersistentVolumeClaim1')).toBe(true)
  })
})
