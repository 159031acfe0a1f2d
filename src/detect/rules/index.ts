// Every rule, most specific first: a key goes to the first rule whose keyword decided its context.
import { codestralApiKey } from './codestral-api-key.js'
import { mistralApiKey } from './mistral-api-key.js'
import type { Rule } from '../rule.js'

export const RULES: readonly Rule[] = [codestralApiKey, mistralApiKey]
