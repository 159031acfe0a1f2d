// One labeled corpus sample: a realistic file (or part of one) and the keys a perfect detector reports in it.

export interface Sample {
  context: string
  text: string
  /** Every key in the text; empty for a negative sample. */
  keys: string[]
  /** The rule the keys belong to, when not `mistral-api-key`. */
  ruleId?: string
}

export type Variant = (g: import('./gen.js').Gen) => { text: string; keys: string[] }

export interface Context {
  name: string
  ruleId?: string
  variants: Variant[]
}
