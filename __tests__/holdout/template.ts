// One labeled corpus template: a realistic file shape that `make` fills with fresh random values.

import type { Gen } from './gen.js'

export interface Made {
  text: string
  /** The Mistral keys in `text` the detector must report. Any other match is a false positive. */
  keys: string[]
}

export interface Template {
  /** Where such text lives (python, dotenv, notebook, neg:lockfiles…): the table's rows. */
  context: string
  name: string
  /** How many variants to generate. */
  count: number
  make: (g: Gen) => Made
}

export function positive(context: string, name: string, count: number, make: (g: Gen) => Made): Template {
  return { context, name, count, make }
}

export function negative(context: string, name: string, count: number, make: (g: Gen) => string): Template {
  return { context: `neg:${context}`, name, count, make: (g) => ({ text: make(g), keys: [] }) }
}
