// Every example of every rule, as gitleaks' Validate does: a missed true positive or a matched false
// positive fails. Examples are built from seeded keys at load time; test names carry notes, never keys.
import { detect } from '../../src/detect/detector.js'
import { MISTRAL_WORDS } from '../../src/detect/keywords.js'
import { RULES } from '../../src/detect/rules/index.js'
import { KEY_RULES } from '../../src/report/rule-catalog.js'

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it('declares an id, a description, keywords and examples of both kinds', () => {
    expect(rule.description.length).toBeGreaterThan(20)
    expect(rule.keywords.length).toBeGreaterThan(0)
    expect(rule.truePositives.length).toBeGreaterThanOrEqual(3)
    expect(rule.falsePositives.length).toBeGreaterThanOrEqual(3)
  })

  it('is known to the reports', () => {
    expect(KEY_RULES[rule.id]).toBeDefined()
  })

  it.each(rule.truePositives.map((example) => [example.note, example] as const))('finds: %s', (_note, example) => {
    const found = detect(example.text).filter((match) => match.ruleId === rule.id && match.secret === example.secret)
    // A boolean, not the matches: a failure message must not print the key.
    expect(found.length === 1).toBe(true)
  })

  it.each(rule.falsePositives.map((example) => [example.note, example] as const))('passes over: %s', (_note, example) => {
    expect(detect(example.text).filter((match) => match.ruleId === rule.id).length).toBe(0)
  })
})

describe('rules', () => {
  it('have unique ids, the most specific first', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe('codestral-api-key')
  })

  it("share out the pre-filter's keywords between them, each keyword to one rule", () => {
    const keywords = RULES.flatMap((rule) => rule.keywords)
    expect(new Set(keywords).size).toBe(keywords.length)
    expect([...keywords].sort()).toEqual([...MISTRAL_WORDS].sort())
  })

  it('hold no key-shaped literal in their examples source (examples are generated)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    const dir = new URL('../../src/detect/rules/', import.meta.url)
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8')
      expect(detect(source).length).toBe(0)
      expect(/(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/.test(source)).toBe(false)
    }
  })
})
