// Whose key a candidate is, from what surrounds it. Two views, both bounded:
// - on its own line, the brackets it sits in (`{"openai": {"api_key": KEY}}` vs `{"mistral": …}`) and,
//   failing those, the nearest provider name within a short reach;
// - above and below it, the enclosing scopes by indentation: a YAML or JSON parent (`mistral:`), a call
//   (`client = Mistral(`), a TOML section (`[mistral]`), a `curl … \` command, and the siblings near it.
import { strongerProvider, type Provider } from './keywords.js'
import type { Mentions } from './mentions.js'
import { nextLine, shapeOf, type LineSpan } from './lines.js'
import { isNamedSection } from './section-name.js'
import { isWrapperCall } from './wrapper.js'

const BRACKET_REACH = 300
const BRACKET_LEVELS = 3
const BRACKET_LABEL_REACH = 40
const WINDOW_BEFORE = 160
const WINDOW_AFTER = 120

function isOpener(code: number): boolean {
  return code === 40 || code === 91 || code === 123
}
function isCloser(code: number): boolean {
  return code === 41 || code === 93 || code === 125
}
const LABEL_CUTS = new Set([',', ';', '{', '}', '[', ']', '(', ')'])

export interface LineReading {
  /**
   * Only the labels of the brackets around the value count, not what they hold: in `[{"name": "MISTRAL_MODEL", …},
   * {"name": "SESSION_SECRET", "value": KEY}]` the other entries say nothing about this one.
   */
  labelsOnly?: boolean
  /** Only the brackets count: no nearest mention on the line (a `# mistral` comment after `print(x)`). */
  bracketsOnly?: boolean
}

/** What the candidate's own line says, or null when it names no provider. */
export function sameLineProvider(
  text: string,
  mentions: Mentions,
  line: LineSpan,
  start: number,
  end: number,
  { labelsOnly = false, bracketsOnly = false }: LineReading = {},
): Provider | null {
  const floor = Math.max(line.start, start - BRACKET_REACH)
  let depth = 0
  let inner = -1
  let levels = 0
  for (let i = start - 1; i >= floor && levels < BRACKET_LEVELS; i--) {
    const code = text.charCodeAt(i)
    if (isCloser(code)) depth++
    else if (isOpener(code)) {
      if (depth > 0) {
        depth--
        continue
      }
      // An enclosing bracket: its label (`"openai": {`, `Mistral(`) and what it holds up to the candidate
      // (or, for the innermost, up to its closer) speak for this level.
      const labelStart = labelStartBefore(text, i, line.start)
      const contentEnd = labelsOnly ? i : inner < 0 ? closerAfter(text, end, line.end) : inner
      const found = mentions.within(labelStart, contentEnd)
      if (found !== null) return found
      inner = i
      // A generic wrapper (`Some(`, `SecretStr(`) is looked through: the call around it is the next level.
      if (!isWrapperCall(text, labelStart, i)) levels++
    }
  }
  if (bracketsOnly || (labelsOnly && inner >= 0)) return null
  const lower = Math.max(line.start, start - WINDOW_BEFORE)
  return mentions.nearest(start, end, lower, Math.min(line.end, end + WINDOW_AFTER))
}

function labelStartBefore(text: string, opener: number, lineStart: number): number {
  const floor = Math.max(lineStart, opener - BRACKET_LABEL_REACH)
  let i = opener - 1
  while (i >= floor && !LABEL_CUTS.has(text[i]!)) i--
  return i + 1
}

function closerAfter(text: string, end: number, lineEnd: number): number {
  const ceiling = Math.min(lineEnd, end + BRACKET_REACH)
  let depth = 0
  for (let i = end; i < ceiling; i++) {
    const code = text.charCodeAt(i)
    if (isOpener(code)) depth++
    else if (isCloser(code)) {
      if (depth === 0) return i
      depth--
    }
  }
  return ceiling
}

/** One enclosing scope, innermost first: what its parent line says and what its nearby lines say. */
export interface Scope {
  parent: Provider | null
  content: Provider | null
  /** The same, counting only Mistral's API hosts (`api.mistral.ai`), not its name. */
  parentHost: Provider | null
  contentHost: Provider | null
  /** The parent line opens a section named after something else (`deepinfra:`): what lies outside is not its. */
  boundary: boolean
}

function emptyScope(): Scope {
  return { parent: null, content: null, parentHost: null, contentHost: null, boundary: false }
}

/**
 * Whether a line opens a list item: `- name: X`, `-`, or a bare JSON element `{` (also `},{`). Another item of the
 * same list is a peer, not a description of this one.
 */
function isListItem(text: string, line: LineSpan): boolean {
  let i = line.start
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  if (text[i] === '-') return i + 1 === line.end || text[i + 1] === ' ' || text[i + 1] === '\t'
  let last = line.end - 1
  while (last > i && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--
  if (text[last] !== '{' && text[last] !== '[') return false
  for (let j = i; j < last; j++) if (!'}], \t'.includes(text[j]!)) return false
  return true
}

/** Siblings count this many lines away at most; parents count however far up they are. */
const NEAR_UP = 15
const DOWN_LINES = 10
const DOWN_CHARS = 3000
const MAX_LEVELS = 20
const MAX_CHAIN = 40
const CONTINUATIONS = new Set(['\\', '`', '^'])

interface Entry extends LineSpan {
  line: number
  /** Indentation; a section header sits half a step left of its own lines, which are its children. */
  indent: number
  header: boolean
  /** What the line says, read once when first needed. */
  provider: Provider | null | undefined
  host: Provider | null | undefined
  /** Whether the line opens a named section (see section-name.ts), read once when first needed. */
  boundary: boolean | undefined
}

const merge = strongerProvider

/**
 * Follows the text line by line, once, keeping the open parents (a stack by indentation), the last lines
 * (for siblings) and the current backslash-continued command. Candidates come in text order, so the whole
 * walk is linear however many candidates there are.
 */
export class ScopeTracker {
  private position = 0
  private lineNumber = 1
  private readonly stack: Entry[] = []
  /** The last NEAR_UP non-blank lines, a ring. */
  private readonly recent: Entry[] = []
  private recentNext = 0
  private readonly chain: Entry[] = []
  private chainOpen = false

  constructor(
    private readonly text: string,
    private readonly mentions: Mentions,
  ) {}

  private say(entry: Entry): Provider | null {
    if (entry.provider === undefined) entry.provider = this.mentions.within(entry.start, entry.end)
    return entry.provider
  }

  private host(entry: LineSpan & { host?: Provider | null | undefined }): Provider | null {
    if (entry.host === undefined) entry.host = this.mentions.hostWithin(entry.start, entry.end)
    return entry.host
  }

  /** Counts a line in a scope's content. */
  private count(scope: Scope, line: Entry | LineSpan): void {
    scope.content = merge(scope.content, 'line' in line ? this.say(line) : this.mentions.within(line.start, line.end))
    scope.contentHost = merge(scope.contentHost, this.host(line))
  }

  /** Reads every line before `lineStart` (which must not go backwards). */
  private advanceTo(lineStart: number): void {
    const text = this.text
    while (this.position < lineStart) {
      const newline = text.indexOf('\n', this.position)
      const next = newline < 0 || newline >= lineStart ? lineStart : newline + 1
      let end = next > this.position && text.charCodeAt(next - 1) === 10 ? next - 1 : next
      if (end > this.position && text.charCodeAt(end - 1) === 13) end--
      const span: LineSpan = { start: this.position, end }
      this.take(span)
      this.position = next
      this.lineNumber++
    }
  }

  private take(span: LineSpan): void {
    const shape = shapeOf(this.text, span)
    if (shape.blank) return
    const entry: Entry = {
      start: span.start,
      end: span.end,
      line: this.lineNumber,
      indent: shape.header ? shape.indent - 0.5 : shape.indent,
      header: shape.header,
      provider: undefined,
      host: undefined,
      boundary: undefined,
    }
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.indent >= entry.indent) this.stack.pop()
    this.stack.push(entry)
    this.recent[this.recentNext] = entry
    this.recentNext = (this.recentNext + 1) % NEAR_UP
    // A command continued with `\` (or PowerShell's backtick, cmd's caret) is one statement over several lines.
    if (!this.chainOpen) this.chain.length = 0
    if (this.chain.length < MAX_CHAIN) this.chain.push(entry)
    this.chainOpen = CONTINUATIONS.has(shape.last)
  }

  /** The scopes around a line, innermost first. Lines must be asked in text order. */
  scopesFor(line: LineSpan, lineNumber: number): Scope[] {
    this.advanceTo(line.start)
    const own = shapeOf(this.text, line)
    const scopes: Scope[] = [emptyScope()]
    if (this.chainOpen) {
      for (const entry of this.chain) {
        scopes[0]!.parent = merge(scopes[0]!.parent, this.say(entry))
        scopes[0]!.parentHost = merge(scopes[0]!.parentHost, this.host(entry))
      }
    }

    // Parents: the open lines less indented than this one, nearest first; a section header is the last.
    // `childIndent[level]` is how far the lines of each scope are indented: its siblings sit exactly there.
    const childIndent: number[] = [own.indent]
    const parentLines: number[] = []
    for (let i = this.stack.length - 1; i >= 0 && scopes.length <= MAX_LEVELS; i--) {
      const entry = this.stack[i]!
      if (entry.indent >= own.indent) continue
      const scope = scopes[scopes.length - 1]!
      scope.parent = merge(scope.parent, this.say(entry))
      scope.parentHost = merge(scope.parentHost, this.host(entry))
      scope.boundary = entry.boundary ??= isNamedSection(this.text, entry)
      scopes.push(emptyScope())
      childIndent.push(entry.indent)
      parentLines.push(entry.line)
      if (entry.header) break
    }
    // Which scope a line at `indent` sits in, starting from `level` (scopes only widen as the walk goes on).
    const levelOf = (indent: number, level: number): number => {
      while (level + 1 < childIndent.length && indent <= childIndent[level + 1]!) level++
      return level
    }

    // Siblings above: recent lines in this scope, then in each enclosing one. Above the innermost scope, lines
    // deeper than the scope's own lines belong to an earlier sibling's subtree: they count with a mapping sibling
    // (a Secret's `metadata:` names it) but not with a list item (`- name: MISTRAL_API_KEY` and its `valueFrom:`
    // say nothing about the next entry). Walking up, the subtree comes before its sibling line, so it waits.
    let floor = own.indent
    let level = 0
    let pending: Scope = emptyScope()
    for (let k = 1; k <= this.recent.length; k++) {
      const entry = this.recent[(this.recentNext - k + NEAR_UP) % NEAR_UP]!
      if (lineNumber - entry.line > NEAR_UP) break
      if (entry.header && entry.indent < floor) break
      if (entry.indent < floor) {
        floor = entry.indent
        const outer = levelOf(floor, level)
        if (outer !== level) pending = emptyScope()
        level = outer
      }
      if (level === 0) this.count(scopes[0]!, entry)
      else if (entry.indent > floor) this.count(pending, entry)
      else if (entry.line !== parentLines[level - 1]) {
        const scope = scopes[level]!
        if (!isListItem(this.text, entry)) {
          scope.content = merge(scope.content, pending.content)
          scope.contentHost = merge(scope.contentHost, pending.contentHost)
        }
        pending = emptyScope()
        this.count(scope, entry)
      }
    }

    // Siblings below, then what follows the scope's end; again, a later list item's subtree does not count.
    floor = own.indent
    level = 0
    let inItem = false
    let current: LineSpan | null = line
    const ceiling = Math.min(this.text.length, line.end + DOWN_CHARS)
    for (let distance = 1; distance <= DOWN_LINES && current !== null; distance++) {
      current = nextLine(this.text, current.end, ceiling)
      if (current === null) break
      const shape = shapeOf(this.text, current)
      if (shape.blank) continue
      if (shape.header) break
      if (shape.indent < floor) {
        floor = shape.indent
        level = levelOf(floor, level)
        // Past the outermost known parent (a snippet that starts indented): a scope of its own.
        if (level === childIndent.length - 1 && floor < childIndent[level]!) {
          scopes.push(emptyScope())
          childIndent.push(floor)
          level++
        }
      }
      if (level > 0) {
        if (shape.indent > floor) {
          if (inItem) continue
        } else inItem = isListItem(this.text, current)
      }
      this.count(scopes[level]!, current)
    }
    return scopes
  }
}
