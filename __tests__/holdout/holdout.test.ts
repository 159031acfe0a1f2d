// Held-out evaluation of the detector: a corpus written apart from the detector and its own corpus, scored per
// context. The floors are loose on purpose (the test reports reality without blocking CI); the exact numbers go to
// bench/out/holdout.md and the console.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { detect } from '../../src/detect/detector.js'
import { expectNoKey } from '../helpers/keys.js'
import { buildHoldoutCorpus } from './corpus.js'
import { markdownReport, precision, recall, scoreCorpus } from './score.js'

const here = dirname(fileURLToPath(import.meta.url))
const reportPath = join(here, '..', '..', 'bench', 'out', 'holdout.md')

const samples = buildHoldoutCorpus()
const allKeys = samples.flatMap((s) => s.keys)

describe('held-out corpus', () => {
  it('is big enough: at least 300 positive and 600 negative samples', () => {
    expect(samples.filter((s) => s.keys.length > 0).length).toBeGreaterThanOrEqual(300)
    expect(samples.filter((s) => s.keys.length === 0).length).toBeGreaterThanOrEqual(600)
  })

  it('labels only keys that are in the text, as whole 32-character tokens', () => {
    const bad = samples.filter((s) =>
      s.keys.some((k) => !/^[A-Za-z0-9]{32}$/.test(k) || !new RegExp(`(?<![A-Za-z0-9])${k}(?![A-Za-z0-9])`).test(s.text)),
    )
    expect(bad.map((s) => `${s.context}#${s.index}`)).toEqual([])
  })

  it('makes negatives that hold key-shaped runs (mostly), so they test something', () => {
    const score = scoreCorpus(samples, () => [])
    expect(score.negativesWithCandidate / score.negatives).toBeGreaterThan(0.8)
  })

  it('holds no key-shaped literal in its own sources (the repository scans itself)', () => {
    const offenders = readdirSync(here)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/.test(readFileSync(join(here, f), 'utf8')))
    expect(offenders).toEqual([])
  })
})

describe('detector on the held-out corpus', () => {
  const score = scoreCorpus(samples, detect)
  const report = markdownReport(score)

  beforeAll(() => {
    expectNoKey(report, allKeys, 'held-out report')
    mkdirSync(dirname(reportPath), { recursive: true })
    writeFileSync(reportPath, report + '\n')
    console.log(report)
  })

  it('writes a report that names no key', () => {
    expectNoKey(readFileSync(reportPath, 'utf8'), allKeys, 'bench/out/holdout.md')
  })

  it('keeps overall precision at or above 0.9', () => {
    expect(precision(score.overall)).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps overall recall at or above 0.9', () => {
    expect(recall(score.overall)).toBeGreaterThanOrEqual(0.9)
  })
})
