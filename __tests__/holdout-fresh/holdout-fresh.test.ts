// Blind evaluation of detect() on a corpus written without reading the detector or its tuning corpora.
// Writes precision/recall per context to bench/out/holdout-fresh.md. Floors are loose on purpose: this
// measures, it does not gate CI.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import { detect } from '../../src/detect/detector.js'
import { expectNoKey } from '../helpers/keys.js'
import { buildCorpus, type Sample } from './corpus.js'

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'out', 'holdout-fresh.md')

interface Tally {
  positives: number
  negatives: number
  keys: number
  tp: number
  fn: number
  fp: number
}

interface Miss {
  kind: 'FN' | 'FP'
  context: string
  label: string
  shape: string
}

const redact = (s: string): string => `${s.slice(0, 4)}…(${s.length})`

/** The line around `secret` with the secret redacted and every other long alphanumeric run reduced to its length. */
function lineShape(text: string, secret: string, lineNo?: number): string {
  const lines = text.split(/\r?\n/)
  const line = lineNo ? lines[lineNo - 1] ?? '' : lines.find((l) => l.includes(secret)) ?? ''
  const at = line.indexOf(secret)
  const marker = '\u0000'
  const withMarker = at >= 0 ? line.slice(0, at) + marker + line.slice(at + secret.length) : line
  let shape = withMarker.replace(/[A-Za-z0-9]{12,}/g, (run) => `⟨A${run.length}⟩`).replace(/\t/g, '\\t')
  const m = shape.indexOf(marker)
  if (shape.length > 140) {
    const from = Math.max(0, (m >= 0 ? m : 0) - 70)
    shape = `${from > 0 ? '…' : ''}${shape.slice(from, from + 140)}…`
  }
  return shape.replace(marker, `⟨KEY ${redact(secret)}⟩`)
}

const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3))

function evaluate(samples: Sample[]) {
  const byContext = new Map<string, Tally>()
  const misses: Miss[] = []
  const reported: string[] = []
  for (const s of samples) {
    const t = byContext.get(s.context) ?? { positives: 0, negatives: 0, keys: 0, tp: 0, fn: 0, fp: 0 }
    byContext.set(s.context, t)
    if (s.keys.length > 0) t.positives++
    else t.negatives++
    t.keys += s.keys.length
    const matches = detect(s.text)
    const found = new Set(matches.map((m) => m.secret))
    for (const key of s.keys) {
      if (found.has(key)) t.tp++
      else {
        t.fn++
        misses.push({ kind: 'FN', context: s.context, label: s.label, shape: lineShape(s.text, key) })
      }
    }
    const seen = new Set<string>()
    for (const m of matches) {
      if (s.keys.includes(m.secret) || seen.has(m.secret)) continue
      seen.add(m.secret)
      reported.push(m.secret)
      t.fp++
      misses.push({ kind: 'FP', context: s.context, label: s.label, shape: lineShape(s.text, m.secret, m.line) })
    }
  }
  return { byContext, misses, reported }
}

function renderMarkdown(samples: Sample[], result: ReturnType<typeof evaluate>): { md: string; total: Tally } {
  const total: Tally = { positives: 0, negatives: 0, keys: 0, tp: 0, fn: 0, fp: 0 }
  const rows: string[] = []
  for (const [context, t] of [...result.byContext].sort(([a], [b]) => a.localeCompare(b))) {
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k]
    rows.push(
      `| ${context} | ${t.positives} | ${t.negatives} | ${t.keys} | ${t.tp} | ${t.fn} | ${t.fp} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.keys)} |`,
    )
  }
  rows.push(
    `| **all** | ${total.positives} | ${total.negatives} | ${total.keys} | ${total.tp} | ${total.fn} | ${total.fp} | **${ratio(total.tp, total.tp + total.fp)}** | **${ratio(total.tp, total.keys)}** |`,
  )
  const groups = new Map<string, Miss[]>()
  for (const m of result.misses) {
    const key = `${m.kind} · ${m.context} · ${m.label}`
    groups.set(key, [...(groups.get(key) ?? []), m])
  }
  const missLines = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(
    ([key, ms]) => `- **${key}** ×${ms.length}\n${ms.slice(0, 3).map((m) => `  - \`${m.shape.replace(/`/g, 'ˋ')}\``).join('\n')}`,
  )
  const negatives = samples.filter((s) => s.keys.length === 0)
  const withCandidate = negatives.filter((s) => /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/.test(s.text)).length
  const md = [
    '# Fresh blind holdout: detection',
    '',
    `${samples.length} samples from \`__tests__/holdout-fresh/corpus.ts\` (seeded; written without reading the detector or its ` +
      `tuning corpora). A key counts as found when \`detect\` returns exactly it; every other returned secret is a false ` +
      'positive (once per sample). Keys and look-alikes are redacted below (first 4 characters + length). ' +
      `${withCandidate} of the ${negatives.length} negative samples hold a standalone 32-character alphanumeric run.`,
    '',
    '| context | positive samples | negative samples | keys | TP | FN | FP | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `## Misses (${result.misses.length})`,
    '',
    ...(missLines.length > 0 ? missLines : ['None.']),
    '',
  ].join('\n')
  return { md, total }
}

describe('fresh blind holdout', () => {
  const samples = buildCorpus()

  test('corpus has at least 200 positive and 400 negative samples', () => {
    expect(samples.filter((s) => s.keys.length > 0).length).toBeGreaterThanOrEqual(200)
    expect(samples.filter((s) => s.keys.length === 0).length).toBeGreaterThanOrEqual(400)
  })

  test('precision and recall stay above loose floors; report written without any key', () => {
    const result = evaluate(samples)
    const { md, total } = renderMarkdown(samples, result)
    // Neither a key nor a reported look-alike may land in the report (the repository scans itself).
    expectNoKey(md, [...samples.flatMap((s) => s.keys), ...result.reported], 'holdout-fresh report')
    mkdirSync(dirname(OUT), { recursive: true })
    writeFileSync(OUT, md)
    process.stdout.write(`${md}\n`)
    expect(total.tp / Math.max(1, total.tp + total.fp)).toBeGreaterThanOrEqual(0.85)
    expect(total.tp / Math.max(1, total.keys)).toBeGreaterThanOrEqual(0.85)
  })
})
