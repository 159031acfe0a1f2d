// The detector: finds Mistral and Codestral API keys in a text. Pure and offline. One linear pass finds
// key-shaped candidates; each is judged on its own characters (random, not a name or a placeholder), then
// on bounded windows around it: its label, its line, the scopes above and below. Nothing scans a whole line
// per candidate, so a 10 MB minified line costs about what reading it costs.
import { forEachCandidate, type Candidate } from './candidates.js'
import { sameLineProvider, ScopeTracker, type Scope } from './context.js'
import { Mentions, mentionsMistral, strongerProvider, type Provider } from './keywords.js'
import { readLabel } from './label.js'
import { lineEndOf, type LineSpan } from './lines.js'
import { whyNotAKey } from './looks-random.js'
import type { Match } from './match.js'
import { isReference } from './reference.js'
import { RULES } from './rules/index.js'
import type { Rule } from './rule.js'

export { mentionsMistral } from './keywords.js'

export const ALLOW_MARKER = 'mistral-guard:allow'

/** The rule whose keywords hold the provider's name (`codestral` before `mistral`). */
function ruleFor(provider: Exclude<Provider, 'other'>): Rule {
  return RULES.find((rule) => rule.keywords.includes(provider)) ?? RULES[RULES.length - 1]!
}

interface LineFacts {
  span: LineSpan
  allowed: boolean
  scopes?: Scope[]
}

export function detect(text: string): Match[] {
  if (!mentionsMistral(text)) return []
  const matches: Match[] = []
  let mentions: Mentions | null = null
  let scopes: ScopeTracker | null = null
  let facts: LineFacts | null = null
  let factsLine = 0
  let markers: number[] | null = null

  forEachCandidate(text, (candidate: Candidate) => {
    const secret = text.slice(candidate.start, candidate.end)
    if (whyNotAKey(secret) !== null) return
    if (facts === null || factsLine !== candidate.line) {
      const end = lineEndOf(text, candidate.start)
      markers ??= allIndexesOf(text, ALLOW_MARKER)
      facts = { span: { start: candidate.lineStart, end }, allowed: anyWithin(markers, candidate.lineStart, end) }
      factsLine = candidate.line
    }
    if (facts.allowed) return
    if (isReference(text, candidate.lineStart, candidate.start, candidate.end)) return
    mentions ??= new Mentions(text)
    const context = mentions
    const provider = judge(text, mentions, facts, candidate, () => (scopes ??= new ScopeTracker(text, context)))
    if (provider === null) return
    matches.push({
      ruleId: ruleFor(provider).id,
      line: candidate.line,
      column: candidate.start - candidate.lineStart + 1,
      secret,
    })
  })
  return matches
}

function judge(
  text: string,
  mentions: Mentions,
  facts: LineFacts,
  candidate: Candidate,
  tracker: () => ScopeTracker,
): Exclude<Provider, 'other'> | null {
  const label = readLabel(text, candidate.lineStart, candidate.start, (from, to) => mentions.within(from, to))
  switch (label.kind) {
    case 'not-secret':
    case 'other':
      return null
    case 'mistral':
    case 'codestral':
      return label.kind
  }
  const onLine = sameLineProvider(text, mentions, facts.span, candidate.start, candidate.end)
  if (onLine !== null) return onLine === 'other' ? null : onLine
  facts.scopes ??= tracker().scopesFor(facts.span, candidate.line)
  for (const scope of facts.scopes) {
    // A label with words of its own (`SESSION_SECRET`) needs its enclosing scope to name Mistral;
    // a generic or bare one also takes its siblings' word for it.
    const says = label.kind === 'qualified' ? scope.parent : strongerProvider(scope.parent, scope.content)
    if (says !== null) return says === 'other' ? null : says
  }
  return null
}

function allIndexesOf(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/** Whether a sorted list holds a value in [from, to). */
function anyWithin(sorted: number[], from: number, to: number): boolean {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < from) low = middle + 1
    else high = middle
  }
  return low < sorted.length && sorted[low]! < to
}
