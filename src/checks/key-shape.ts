// Whether a value looks like a Mistral key: a run of exactly 32 letters and digits that mixes character
// classes (real keys do; `xxxx…` and `0000…` placeholders do not). Deliberately broader than the detector
// (no context needed, no entropy threshold): in a template or a config's apiKey, any such run is a key
// that should not be there. Kept apart from src/detect so the checks do not move with the rules.

const KEY_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g

export function looksLikeKey(value: string): boolean {
  for (const match of value.matchAll(KEY_RUN)) if (mixedRun(match[0])) return true
  return false
}

function mixedRun(run: string): boolean {
  const classes = Number(/[A-Z]/.test(run)) + Number(/[a-z]/.test(run)) + Number(/[0-9]/.test(run))
  return classes >= 2 && new Set(run).size >= 8
}

const PLACEHOLDER_WORDS =
  /your|here|change|replace|placeholder|example|sample|dummy|fake|xxx|todo|fixme|insert|enter|redacted|secret|api[-_ ]?key|token|\*{3}|\.{3}/i

/**
 * A value that plainly stands for "put your key here": wrapped in <> {} [] ${}, made of one repeated
 * character, or saying so (your-key-here, changeme, <MISTRAL_API_KEY>, ***). Never true for a key-shaped value.
 */
export function looksLikePlaceholder(value: string): boolean {
  if (looksLikeKey(value)) return false
  if (value === '') return true
  if (/^(<.*>|\$\{.*\}|\{\{.*\}\}|\[.*\]|\{.*\})$/.test(value)) return true
  if (/^(.)\1*$/.test(value)) return true
  return PLACEHOLDER_WORDS.test(value)
}
