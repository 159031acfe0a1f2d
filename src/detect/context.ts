// Whose key a candidate is, from what surrounds it. Two views, both bounded:
// - on its own line, the brackets it sits in (`{"openai": {"api_key": KEY}}` vs `{"mistral": …}`) and,
//   failing those, the nearest provider name within a short reach;
// - above and below it, the enclosing scopes by indentation: a YAML or JSON parent (`mistral:`), a call
//   (`client = Mistral(`), a TOML section (`[mistral]`), a `curl … \` command, and the siblings near it.
import { strongerProvider, type Mentions, type Provider } from './keywords.js'
import { nextLine, shapeOf, type LineSpan } from './lines.js'

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

/** What the candidate's own line says, or null when it names no provider. */
export function sameLineProvider(
  text: string,
  mentions: Mentions,
  line: LineSpan,
  start: number,
  end: number,
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
      const contentEnd = inner < 0 ? closerAfter(text, end, line.end) : inner
      const found = mentions.within(labelStart, contentEnd)
      if (found !== null) return found
      inner = i
      levels++
    }
  }
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
    const scopes: Scope[] = [{ parent: null, content: null }]
    if (this.chainOpen) for (const entry of this.chain) scopes[0]!.parent = merge(scopes[0]!.parent, this.say(entry))

    // Parents: the open lines less indented than this one, nearest first; a section header is the last.
    for (let i = this.stack.length - 1; i >= 0 && scopes.length <= MAX_LEVELS; i--) {
      const entry = this.stack[i]!
      if (entry.indent >= own.indent) continue
      const scope = scopes[scopes.length - 1]!
      scope.parent = merge(scope.parent, this.say(entry))
      scopes.push({ parent: null, content: null })
      if (entry.header) break
    }

    // Siblings above: recent lines as indented as this one (or more), each counted in the scope it sits in.
    let indent = own.indent
    let level = 0
    for (let k = 1; k <= this.recent.length; k++) {
      const entry = this.recent[(this.recentNext - k + NEAR_UP) % NEAR_UP]!
      if (lineNumber - entry.line > NEAR_UP) break
      if (entry.header && entry.indent < indent) break
      if (entry.indent < indent) {
        indent = entry.indent
        level++
        if (level >= scopes.length) break
        continue
      }
      scopes[level]!.content = merge(scopes[level]!.content, this.say(entry))
    }

    // Siblings below, then what follows the scope's end.
    indent = own.indent
    level = 0
    let current: LineSpan | null = line
    const ceiling = Math.min(this.text.length, line.end + DOWN_CHARS)
    for (let distance = 1; distance <= DOWN_LINES && current !== null; distance++) {
      current = nextLine(this.text, current.end, ceiling)
      if (current === null) break
      const shape = shapeOf(this.text, current)
      if (shape.blank) continue
      if (shape.header) break
      if (shape.indent < indent) {
        indent = shape.indent
        level++
        if (level >= scopes.length) scopes.push({ parent: null, content: null })
      }
      scopes[level]!.content = merge(scopes[level]!.content, this.mentions.within(current.start, current.end))
    }
    return scopes
  }
}
