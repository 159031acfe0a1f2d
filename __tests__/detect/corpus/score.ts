// Precision and recall of a detector over the labeled corpus, per context and overall, as a markdown table.
// Counts only: no key, not even redacted, ever reaches the table.
import type { Sample } from './sample.js'

export interface Tally {
  samples: number
  keys: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
}

export type Detector = (text: string) => { secret: string }[]

function emptyTally(): Tally {
  return { samples: 0, keys: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0 }
}

export function precision(t: Tally): number | null {
  const reported = t.truePositives + t.falsePositives
  return reported === 0 ? null : t.truePositives / reported
}

export function recall(t: Tally): number | null {
  return t.keys === 0 ? null : t.truePositives / t.keys
}

/** Tallies per context (in first-seen order) plus an `overall` entry. */
export function score(samples: Sample[], detect: Detector): Map<string, Tally> {
  const tallies = new Map<string, Tally>()
  const overall = emptyTally()
  for (const sample of samples) {
    const tally = tallies.get(sample.context) ?? emptyTally()
    tallies.set(sample.context, tally)
    const expected = new Set(sample.keys)
    const found = new Set<string>()
    let falsePositives = 0
    for (const match of detect(sample.text)) {
      if (expected.has(match.secret)) found.add(match.secret)
      else falsePositives++
    }
    for (const t of [tally, overall]) {
      t.samples++
      t.keys += expected.size
      t.truePositives += found.size
      t.falsePositives += falsePositives
      t.falseNegatives += expected.size - found.size
    }
  }
  tallies.set('overall', overall)
  return tallies
}

function ratio(value: number | null): string {
  return value === null ? '—' : value.toFixed(3)
}

/** Side by side: ours and the naive baseline. */
export function markdownTable(ours: Map<string, Tally>, naive: Map<string, Tally>): string {
  const rows = [
    '| Context | Samples | Keys | Ours P | Ours R | Ours FP | Ours FN | Naive P | Naive R | Naive FP | Naive FN |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const [context, mine] of ours) {
    const theirs = naive.get(context) ?? emptyTally()
    const name = context === 'overall' ? '**overall**' : context
    rows.push(
      `| ${name} | ${mine.samples} | ${mine.keys} | ${ratio(precision(mine))} | ${ratio(recall(mine))} | ${mine.falsePositives} | ${mine.falseNegatives} | ${ratio(precision(theirs))} | ${ratio(recall(theirs))} | ${theirs.falsePositives} | ${theirs.falseNegatives} |`,
    )
  }
  return rows.join('\n')
}
