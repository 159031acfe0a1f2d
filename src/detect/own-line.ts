// A candidate its own line rules out, whatever the rest of the text says: it points at a variable (`${VAR}`,
// `os.getenv("…")`), or its label names something that is not a secret (`trace_id = …`, `cache_key: …`) or
// another provider's key (`COHERE_API_KEY=…`). detect() drops such a candidate before it reads any context, so a
// diff whose every new key-shaped run is one adds no key, and the file it changes need not be read
// (sources/changes.ts).
import { Mentions } from './mentions.js'
import { readLabel, type LabelKind } from './label.js'
import { isReference } from './reference.js'

/** Labels after which judge() returns no provider at once. */
const RULED_OUT: ReadonlySet<LabelKind> = new Set<LabelKind>(['not-secret', 'other'])

/**
 * Whether the candidate at [start, end) of `line` (one whole line, without its newline) can never be reported:
 * true only when detect() drops it on what this line holds alone. Every view detect() takes of a label stays on
 * its line (mention searches included: no provider name holds a newline) except one: a chat speaker's prefix
 * (`alice: …`) counts only when the same speaker talks a few lines away. When that is asked, both answers are
 * tried, and the candidate is ruled out only if both rule it out.
 */
export function ruledOutByItsLine(line: string, start: number, end: number): boolean {
  if (isReference(line, 0, start, end)) return true
  const mentions = new Mentions(line)
  let asked = false
  const speaking = readLabel(line, 0, start, mentions, () => (asked = true))
  if (!RULED_OUT.has(speaking.kind)) return false
  // Most lines open with no speaker's prefix: the other answer is only read when it was asked for.
  return !asked || RULED_OUT.has(readLabel(line, 0, start, mentions, () => false).kind)
}
