// Scores a detector over the held-out corpus: per-context precision and recall, the list of misses (keys redacted),
// and the naive peer baseline for comparison. Nothing here prints a key: only its first 4 characters and its length.

import type { Match } from '../../src/detect/match.js'
import type { HoldoutSample } from './corpus.js'

export interface Counts {
  samples: number
  keys: number
  tp: number
  fn: number
  fp: number
}

export interface Miss {
  kind: 'FN' | 'FP'
  context: string
  template: string
  index: number
  line: number
  excerpt: string
}

export interface Score {
  rows: Map<string, Counts>
  overall: Counts
  naive: Counts
  misses: Miss[]
  /** True positives whose line/column do not point at the key. */
  positionErrors: number
  /** Negative samples holding an alphanumeric run of 32 characters or more (a key-shaped token or a longer one). */
  negativesWithCandidate: number
  negatives: number
  positives: number
  detectMs: number
}

const CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g

export function ratio(num: number, den: number): string {
  return den === 0 ? '—' : (num / den).toFixed(3)
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
}

export function recall(c: Counts): number {
  return c.keys === 0 ? 1 : c.tp / c.keys
}

function shape(token: string): string {
  if (/^[0-9a-f]+$/.test(token)) return 'hex'
  if (/^[a-z0-9]+$/.test(token)) return 'lower'
  if (/^[A-Z0-9]+$/.test(token)) return 'upper'
  if (/^[A-Za-z]+$/.test(token)) return 'letters'
  return 'mixed'
}

/** `Abcd…(32,mixed)`: enough to tell a type name from hex from a random token, never a key. */
export function describeToken(token: string): string {
  return `${token.slice(0, 4)}…(${token.length},${shape(token)})`
}

/** The line around `column`, every long alphanumeric run replaced by its description (never cut in half). */
function excerpt(text: string, line: number, column: number): string {
  const row = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '')
  const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch)
  let from = Math.max(0, column - 1 - 70)
  let to = Math.min(row.length, column - 1 + 32 + 50)
  while (from > 0 && isAlnum(row[from - 1])) from--
  while (to < row.length && isAlnum(row[to])) to++
  const masked = row.slice(from, to).replace(/[A-Za-z0-9]{16,}/g, (t) => describeToken(t))
  return (from > 0 ? '…' : '') + masked + (to < row.length ? '…' : '')
}

function locate(text: string, key: string): { line: number; column: number } {
  const at = text.indexOf(key)
  const before = text.slice(0, at)
  const line = before.split('\n').length
  return { line, column: at - before.lastIndexOf('\n') }
}

/** What peers do: a bounded 32-character run with "mistral" within 40 characters. */
export function naiveDetect(text: string): string[] {
  const found: string[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index ?? 0
    if (/mistral/i.test(text.slice(Math.max(0, at - 40), at + 32 + 40))) found.push(m[0])
  }
  return found
}

function empty(): Counts {
  return { samples: 0, keys: 0, tp: 0, fn: 0, fp: 0 }
}

function add(into: Counts, c: Counts): void {
  into.samples += c.samples
  into.keys += c.keys
  into.tp += c.tp
  into.fn += c.fn
  into.fp += c.fp
}

function count(keys: string[], found: string[]): Counts {
  const expected = new Set(keys)
  const hits = new Set(found.filter((s) => expected.has(s)))
  const fp = new Set(found.filter((s) => !expected.has(s))).size
  return { samples: 1, keys: expected.size, tp: hits.size, fn: expected.size - hits.size, fp }
}

export function scoreCorpus(samples: HoldoutSample[], detect: (text: string) => Match[]): Score {
  const rows = new Map<string, Counts>()
  const overall = empty()
  const naive = empty()
  const misses: Miss[] = []
  let positionErrors = 0
  let negativesWithCandidate = 0
  let detectMs = 0

  for (const s of samples) {
    const started = performance.now()
    const matches = detect(s.text)
    detectMs += performance.now() - started

    const c = count(s.keys, matches.map((m) => m.secret))
    add(overall, c)
    if (!rows.has(s.context)) rows.set(s.context, empty())
    add(rows.get(s.context)!, c)
    add(naive, count(s.keys, naiveDetect(s.text)))
    if (s.keys.length === 0 && /[A-Za-z0-9]{32,}/.test(s.text)) negativesWithCandidate++

    const where = { context: s.context, template: s.template, index: s.index }
    const found = new Set(matches.map((m) => m.secret))
    for (const key of new Set(s.keys)) {
      if (found.has(key)) continue
      const at = locate(s.text, key)
      misses.push({ kind: 'FN', ...where, line: at.line, excerpt: excerpt(s.text, at.line, at.column) })
    }
    const reported = new Set<string>()
    for (const m of matches) {
      const row = (s.text.split('\n')[m.line - 1] ?? '').replace(/\r$/, '')
      if (s.keys.includes(m.secret)) {
        if (row.slice(m.column - 1, m.column - 1 + m.secret.length) !== m.secret) positionErrors++
        continue
      }
      if (reported.has(m.secret)) continue
      reported.add(m.secret)
      misses.push({ kind: 'FP', ...where, line: m.line, excerpt: excerpt(s.text, m.line, m.column) })
    }
  }

  const negatives = samples.filter((s) => s.keys.length === 0).length
  return {
    rows, overall, naive, misses, positionErrors, negativesWithCandidate, negatives,
    positives: samples.length - negatives, detectMs,
  }
}

export function markdownReport(score: Score): string {
  const out: string[] = []
  const row = (name: string, c: Counts): string =>
    `| ${name} | ${c.samples} | ${c.keys} | ${c.tp} | ${c.fn} | ${c.fp} | ${ratio(c.tp, c.tp + c.fp)} | ${ratio(c.tp, c.keys)} |`
  out.push('# Held-out detection evaluation')
  out.push('')
  out.push(
    `${score.positives} positive samples (${score.overall.keys} keys), ${score.negatives} negative samples ` +
      `(${score.negativesWithCandidate} of them hold an alphanumeric run of 32 or more characters). ` +
      `Key-level counts: a key is found when \`detect\` returns it; any other returned secret is a false positive ` +
      `(counted once per sample). detect() time over the corpus: ${Math.round(score.detectMs)} ms.`,
  )
  out.push('')
  out.push('| context | samples | keys | TP | FN | FP | precision | recall |')
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|')
  const contexts = [...score.rows.keys()].sort((a, b) => (a.startsWith('neg:') ? 1 : 0) - (b.startsWith('neg:') ? 1 : 0) || a.localeCompare(b))
  for (const ctx of contexts) out.push(row(ctx, score.rows.get(ctx)!))
  out.push(row('**overall (detector)**', score.overall))
  out.push(row('overall (naive: 32 chars + "mistral" within 40)', score.naive))
  out.push('')
  out.push(`Position errors (TP whose line/column do not point at the key): ${score.positionErrors}`)
  out.push('')
  for (const kind of ['FN', 'FP'] as const) {
    const list = score.misses.filter((m) => m.kind === kind)
    out.push(`## ${kind === 'FN' ? 'False negatives (missed keys)' : 'False positives'}: ${list.length}`)
    out.push('')
    for (const m of list) out.push(`- \`${m.context}#${m.index}\` (${m.template}) line ${m.line}: \`${m.excerpt.replace(/`/g, "'")}\``)
    out.push('')
  }
  return out.join('\n')
}
