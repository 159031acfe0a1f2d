// Precision and recall on the labeled corpus (built at run time from seeded keys), per context and overall,
// for our detector and for the naive peer baseline (trufflehog PR #4953's pattern). The table goes to the
// console and to bench/out/precision.md; it holds counts only.
import { mkdirSync, writeFileSync } from 'node:fs'
import { detect } from '../../src/detect/detector.js'
import { expectNoKey } from '../helpers/keys.js'
import { buildCorpus } from './corpus/build.js'
import { naiveDetect } from './corpus/naive.js'
import { NEGATIVE_CONTEXTS } from './corpus/negatives.js'
import { POSITIVE_CONTEXTS } from './corpus/positives.js'
import { markdownTable, precision, recall, score } from './corpus/score.js'

describe('precision and recall on the corpus', () => {
  const samples = buildCorpus()
  const ours = score(samples, detect)
  const naive = score(samples, naiveDetect)
  const overall = ours.get('overall')!

  it('covers every context with a few hundred samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(500)
    for (const context of [...POSITIVE_CONTEXTS, ...NEGATIVE_CONTEXTS]) {
      expect(samples.filter((sample) => sample.context === context.name).length).toBeGreaterThanOrEqual(8)
    }
    expect(overall.keys).toBeGreaterThanOrEqual(300)
  })

  it('writes the table (ours next to the naive baseline)', () => {
    const table = markdownTable(ours, naive)
    expectNoKey(table, samples.flatMap((sample) => sample.keys), 'precision table')
    const heading = '# Detection precision and recall\n\nCorpus: `__tests__/detect/corpus/` (seeded, built at run time). Naive: `(?i:mistral)(?:.|[\\n\\r]){0,40}?\\b([A-Za-z0-9]{32})\\b` (trufflehog PR #4953).\n\n'
    const outDir = new URL('../../bench/out/', import.meta.url)
    mkdirSync(outDir, { recursive: true })
    writeFileSync(new URL('precision.md', outDir), `${heading}${table}\n`)
    console.log(`${heading}${table}`)
  })

  it('reaches precision and recall of at least 0.99 overall', () => {
    expect(precision(overall)).toBeGreaterThanOrEqual(0.99)
    expect(recall(overall)).toBeGreaterThanOrEqual(0.99)
  })

  it('does better than the naive baseline on both', () => {
    const theirs = naive.get('overall')!
    expect(precision(overall)!).toBeGreaterThan(precision(theirs)!)
    expect(recall(overall)!).toBeGreaterThan(recall(theirs)!)
  })

  it('names the rule the context says (Codestral or Mistral)', () => {
    let right = 0
    let found = 0
    for (const sample of samples) {
      const expected = sample.ruleId ?? 'mistral-api-key'
      for (const match of detect(sample.text)) {
        if (!sample.keys.includes(match.secret)) continue
        found++
        if (match.ruleId === expected) right++
      }
    }
    expect(right / found).toBeGreaterThanOrEqual(0.99)
  })
})
