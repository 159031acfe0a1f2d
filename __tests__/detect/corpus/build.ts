// Builds the labeled corpus at run time from seeded keys: every variant of every context, several times
// with different seeds, so the same run always gives the same corpus.
import { Gen } from './gen.js'
import { NEGATIVE_CONTEXTS } from './negatives.js'
import { POSITIVE_CONTEXTS } from './positives.js'
import type { Sample } from './sample.js'

export function buildCorpus(seed = 42, repeats = 4): Sample[] {
  const g = new Gen(seed)
  const samples: Sample[] = []
  for (const context of [...POSITIVE_CONTEXTS, ...NEGATIVE_CONTEXTS]) {
    for (let round = 0; round < repeats; round++) {
      for (const variant of context.variants) {
        const { text, keys } = variant(g)
        const sample: Sample = { context: context.name, text, keys }
        if (context.ruleId !== undefined) sample.ruleId = context.ruleId
        samples.push(sample)
      }
    }
  }
  return samples
}
