// The detector: finds Mistral and Codestral API keys in a text. Pure and offline. One linear pass finds
// key-shaped candidates; each is judged on its own characters (random, not a name or a placeholder), then
// on bounded windows around it: its label, its line, the scopes above and below, and (for a value assigned to a
// name) the calls that name is passed to a bounded stretch ahead. Nothing scans a whole line per candidate, so a
// 10 MB minified line costs about what reading it costs. A diff scan may ask about some lines only: candidates are
// looked for on those lines alone, and provider names only where a window around one reads (mentions.ts).
import { forEachCandidate, forEachCandidateOnLines, type Candidate } from './candidates.js'
import { sameLineProvider, ScopeTracker, type Scope } from './context.js'
import { flatCopy } from './flat-copy.js'
import { mentionsMistral, strongerProvider, type Provider } from './keywords.js'
import { Mentions } from './mentions.js'
import { labelOf, readLabel, type Label } from './label.js'
import { lineEndOf, type LineSpan } from './lines.js'
import type { Match } from './match.js'
import { pairedName } from './name-value.js'
import { isReference } from './reference.js'
import { RULES } from './rules/index.js'
import { firstAtOrAfter } from './sorted.js'
import type { Rule } from './rule.js'
import { assignedName, UseSites } from './use-site.js'
import { isHexWithin } from './hex.js'
import { keyShapeVerdicts } from './verdict-cache.js'

export { mentionsMistral, mentionsMistralBytes } from './keywords.js'

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

export interface DetectOptions {
  /**
   * Report keys on these 1-based lines only (a diff's added lines): candidates elsewhere are dropped before any
   * judging. The result is the full result filtered by line, with one exception by design: the use-site search
   * shares a budget across a text (see use-site.ts), and a text that exhausts it when every candidate is judged
   * (hundreds of key-shaped assignments) may get a finding on a kept line that the full run missed; never fewer.
   */
  lines?: ReadonlySet<number>
  /**
   * Honour `mistral-guard:allow` on a key's line (default true). A pull request's scan turns it off: the
   * change itself could add the marker beside its own key (see action/prepare.ts).
   */
  allowMarkers?: boolean
  /**
   * The caller has already found a Mistral keyword in this text (mentionsMistral, or mentionsMistralBytes on the
   * bytes it was decoded from, which gives the same answer): the whole-text test is not run again. A source that
   * tests every file's bytes before decoding them would otherwise pay for the test twice on each text that passes.
   */
  mentioned?: boolean
}

export function detect(text: string, options: DetectOptions = {}): Match[] {
  const lines = options.lines
  if (lines?.size === 0 || (!options.mentioned && !mentionsMistral(text))) return []
  const matches: Match[] = []
  let mentions: Mentions | null = null
  let scopes: ScopeTracker | null = null
  let useSites: UseSites | null = null
  let facts: LineFacts | null = null
  let factsLine = 0
  let markers: number[] | null = null

  // A run is judged on its own characters first (digests and ids mostly): only key-shaped runs get a line. With
  // `lines`, only the runs on those lines are looked at.
  const keyShaped = (start: number, end: number) =>
    !isHexWithin(text, start, end) && keyShapeVerdicts.looksLikeKey(text.slice(start, end))
  const onCandidate = (candidate: Candidate) => {
    const secret = text.slice(candidate.start, candidate.end)
    if (facts === null || factsLine !== candidate.line) {
      const end = lineEndOf(text, candidate.start)
      markers ??= options.allowMarkers === false ? [] : allIndexesOf(text, ALLOW_MARKER)
      facts = { span: { start: candidate.lineStart, end }, allowed: anyWithin(markers, candidate.lineStart, end) }
      factsLine = candidate.line
    }
    if (facts.allowed) return
    if (isReference(text, candidate.lineStart, candidate.start, candidate.end)) return
    mentions ??= new Mentions(text)
    const context = mentions
    const provider = judge(text, mentions, facts, candidate, {
      scopes: () => (scopes ??= new ScopeTracker(text, context)),
      useSites: () => (useSites ??= new UseSites(text, context)),
    })
    if (provider === null) return
    matches.push({
      ruleId: ruleFor(provider).id,
      line: candidate.line,
      column: candidate.start - candidate.lineStart + 1,
      // A copy, so a kept match does not keep the whole text alive.
      secret: flatCopy(secret),
    })
  }
  if (lines === undefined) forEachCandidate(text, onCandidate, keyShaped)
  else forEachCandidateOnLines(text, lines, onCandidate, keyShaped)
  return matches
}

/** The per-text helpers a judgement may need, made on first use. */
interface Helpers {
  scopes: () => ScopeTracker
  useSites: () => UseSites
}

type Verdict = Exclude<Provider, 'other'> | null

function verdict(provider: Provider | null): Verdict {
  return provider === 'other' ? null : provider
}

function judge(text: string, mentions: Mentions, facts: LineFacts, candidate: Candidate, helpers: Helpers): Verdict {
  let label = readLabel(text, candidate.lineStart, candidate.start, mentions)
  // `value: "…"` whose object is named beside it (`- name: SESSION_SECRET`): the name is the label.
  let paired = false
  if (label.kind === 'generic' && label.words.length === 1 && label.words[0] === 'value') {
    const name = pairedName(text, facts.span, label.from, candidate.end)
    if (name !== null) {
      label = labelOf(text, name.from, name.to, mentions)
      paired = true
    }
  }
  switch (label.kind) {
    case 'not-secret':
    case 'other':
      return null
    case 'mistral':
    case 'codestral':
      return label.kind
    case 'prefixed-other':
      return byHost(mentions, facts, candidate, helpers)
  }
  const onLine = sameLineProvider(text, mentions, facts.span, candidate.start, candidate.end, {
    labelsOnly: paired && label.kind === 'qualified',
  })
  if (onLine !== null) return verdict(onLine)
  facts.scopes ??= helpers.scopes().scopesFor(facts.span, candidate.line)
  // An entry that carries its own name (`{name: SESSION_SECRET, value: …}`) belongs to its object alone.
  const found =
    paired && label.kind === 'qualified' ? verdictOrNone(facts.scopes[0]!.parent) : byScopes(facts.scopes, label)
  if (found !== undefined) return found
  // A paired value is an entry's field, not an assignment (`value = "…"` in Terraform).
  return paired ? null : byUseSite(text, candidate, facts, label, helpers)
}

function verdictOrNone(provider: Provider | null): Verdict | undefined {
  return provider === null ? undefined : verdict(provider)
}

/**
 * What the enclosing scopes say, innermost first; undefined when none decides. A label with words of its own
 * (`SESSION_SECRET`) needs its enclosing scope to name Mistral, and stops at the first named section; a generic
 * or bare one also takes its siblings' word for it, up to a named section (`deepinfra:`), past which only the
 * sections enclosing it (a `mistral:` above) still count.
 */
function byScopes(scopes: Scope[], label: Label): Verdict | undefined {
  let outside = false
  for (const scope of scopes) {
    const says =
      label.kind === 'qualified' || outside ? scope.parent : strongerProvider(scope.parent, scope.content)
    if (says !== null) return verdict(says)
    if (scope.boundary) {
      if (label.kind === 'qualified') return null
      outside = true
    }
  }
  return undefined
}

/**
 * A label naming a provider whose keys carry a prefix (`OPENAI_API_KEY`): only a Mistral host configured beside
 * it (`OPENAI_BASE_URL=https://api.mistral.ai/v1`) makes the bare value Mistral's; the word alone does not.
 */
function byHost(mentions: Mentions, facts: LineFacts, candidate: Candidate, helpers: Helpers): Verdict {
  const onLine = mentions.hostWithin(
    Math.max(facts.span.start, candidate.start - HOST_REACH),
    Math.min(facts.span.end, candidate.end + HOST_REACH),
  )
  if (onLine !== null) return verdict(onLine)
  facts.scopes ??= helpers.scopes().scopesFor(facts.span, candidate.line)
  let outside = false
  for (const scope of facts.scopes) {
    const says = outside ? scope.parentHost : strongerProvider(scope.parentHost, scope.contentHost)
    if (says !== null) return verdict(says)
    if (scope.boundary) outside = true
  }
  return null
}

const HOST_REACH = 160

/** A value assigned to a name (`API_KEY = "…"`) that is passed to a Mistral client further down. */
function byUseSite(text: string, candidate: Candidate, facts: LineFacts, label: Label, helpers: Helpers): Verdict {
  if (label.kind !== 'generic' && label.kind !== 'qualified') return null
  const name = assignedName(text, candidate.lineStart, candidate.start)
  return name === null ? null : helpers.useSites().providerFor(name, facts.span.end)
}

function allIndexesOf(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

/** Whether a sorted list holds a value in [from, to). */
function anyWithin(sorted: number[], from: number, to: number): boolean {
  const first = firstAtOrAfter(sorted, from)
  return first < sorted.length && sorted[first]! < to
}
