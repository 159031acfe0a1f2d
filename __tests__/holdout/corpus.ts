// The held-out corpus: every template's variants, each generated from its own seed so that adding a template
// never changes the others. Written apart from the detector and its own corpus (see holdout.test.ts).

import { Gen } from './gen.js'
import { NEGATIVE_TEMPLATES } from './negatives.js'
import { POSITIVE_TEMPLATES } from './positives.js'
import type { Template } from './template.js'

export interface HoldoutSample {
  context: string
  template: string
  /** Index of the sample within its context (what miss lists refer to). */
  index: number
  text: string
  keys: string[]
}

function seedOf(name: string): number {
  let h = 2166136261
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619)
  return h >>> 0
}

export function buildHoldoutCorpus(templates: readonly Template[] = [...POSITIVE_TEMPLATES, ...NEGATIVE_TEMPLATES]): HoldoutSample[] {
  const samples: HoldoutSample[] = []
  const perContext = new Map<string, number>()
  for (const t of templates) {
    const base = seedOf(`${t.context}/${t.name}`)
    for (let i = 0; i < t.count; i++) {
      // Key seeds far from the ones other tests use, one block of 16 per sample: no key repeats across samples.
      const g = new Gen(base + i * 101, 5_000_000 + samples.length * 16)
      const made = t.make(g)
      const index = perContext.get(t.context) ?? 0
      perContext.set(t.context, index + 1)
      samples.push({ context: t.context, template: t.name, index, text: made.text, keys: made.keys })
    }
  }
  return samples
}
