// Context that sits beyond every window: a module that defines `API_KEY = "…"` far from its imports and hands it
// to the client further down (`client = Mistral(api_key=API_KEY)`). The name the value is assigned to is followed
// a bounded stretch ahead; a use inside a call whose own line names Mistral makes the value Mistral's.
// Bounded three ways: a reach ahead in lines and characters, a cap on uses looked at, and a budget shared by a
// whole text (about twice its length), so detect() stays linear however many assignments it holds.
import { sameLineProvider } from './context.js'
import type { Provider } from './keywords.js'
import type { Mentions } from './mentions.js'
import { shapeOf, type LineSpan } from './lines.js'

export const USE_SITE_LINES = 200
export const USE_SITE_CHARS = 20_000
const MAX_USES = 32
const ASSIGNMENT_REACH = 120
const CALL_REACH = 300
const CALL_LINES_UP = 5

/**
 * `NAME = "`, `name: str = '`, `const apiKey: string = "`, `apiKey := "`, `$apiKey = '`, `self.api_key = "`, a
 * notebook's `api_key = \"`: an assignment statement right before the value. Group 1 is the name; what comes
 * before it on the line must be indentation or declaration words (`private static final String`), so a keyword
 * argument (`Foo(token="…")`) is no assignment.
 */
const DECLARATION_WORDS = String.raw`[\s"]*(?:[A-Za-z_][\w<>[\],?*&]*\s+)*`
const NAME = String.raw`((?:[A-Za-z_$][\w$]*\.)*\$?[A-Za-z_][\w$]*)`
const TYPE = String.raw`(?::\s*[^=:;,(){}\n]{1,40}?)?`
const ASSIGNMENT = new RegExp(String.raw`^${DECLARATION_WORDS}${NAME}\s*${TYPE}\s*:?=\s*(?:\\?["'${'`'}])?$`)

const IDENTIFIER = new Uint8Array(128)
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$') {
  IDENTIFIER[char.charCodeAt(0)] = 1
}

function isIdentifierAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  const code = text.charCodeAt(index)
  return code < 128 && IDENTIFIER[code] === 1
}

/** The name a value starting at `start` is assigned to, or null when its line is no assignment statement. */
export function assignedName(text: string, lineStart: number, start: number): string | null {
  if (start - lineStart > ASSIGNMENT_REACH) return null
  return ASSIGNMENT.exec(text.slice(lineStart, start))?.[1] ?? null
}

/** Follows assigned names ahead through one text, within one budget. */
export class UseSites {
  private budget: number

  constructor(
    private readonly text: string,
    private readonly mentions: Mentions,
  ) {
    this.budget = 2 * text.length + 100_000
  }

  /** Which Mistral client `name` (assigned on the line ending at `lineEnd`) is passed to ahead, or null. */
  providerFor(name: string, lineEnd: number): Exclude<Provider, 'other'> | null {
    const text = this.text
    const limit = Math.min(text.length, lineEnd + USE_SITE_CHARS)
    if (this.budget <= 0 || !this.mentions.hasFamilyWithin(lineEnd, limit)) return null
    this.budget -= limit - lineEnd
    // A copy of the stretch ahead, so no search runs past it (a minified line goes on for megabytes).
    let ahead = text.slice(lineEnd, limit)
    let lines = 0
    for (let at = ahead.indexOf('\n'); at >= 0; at = ahead.indexOf('\n', at + 1)) {
      if (++lines > USE_SITE_LINES) {
        ahead = ahead.slice(0, at)
        break
      }
    }
    let uses = 0
    for (let at = ahead.indexOf(name); at >= 0; at = ahead.indexOf(name, at + 1)) {
      const start = lineEnd + at
      const end = start + name.length
      if (isIdentifierAt(text, start - 1) || isIdentifierAt(text, end)) continue
      if (++uses > MAX_USES) break
      const provider = this.callProvider(start, end)
      if (provider !== null) return provider
    }
    return null
  }

  /** The Mistral provider of the call that [start, end) is passed to, when the call's line names it. */
  private callProvider(start: number, end: number): Exclude<Provider, 'other'> | null {
    const line = lineAround(this.text, start, end)
    if (opensBefore(this.text, line.start, start)) {
      const said = sameLineProvider(this.text, this.mentions, line, start, end, { bracketsOnly: true })
      return said === 'other' ? null : said
    }
    // A call over several lines: `client = Mistral(` a few lines up, less indented, ending with its bracket.
    const indent = shapeOf(this.text, line).indent
    let above = line
    for (let n = 0; n < CALL_LINES_UP; n++) {
      if (above.start === 0 || above.start < line.start - CALL_LINES_UP * CALL_REACH) return null
      above = lineAround(this.text, above.start - 1, above.start - 1)
      const shape = shapeOf(this.text, above)
      if (shape.blank || shape.indent >= indent) continue
      if (!'({['.includes(shape.last)) return null
      const said = this.mentions.within(above.start, above.end)
      return said === 'other' ? null : said
    }
    return null
  }
}

/** The line holding [start, end), clipped to CALL_REACH characters on either side. */
function lineAround(text: string, start: number, end: number): LineSpan {
  let from = start
  const floor = Math.max(0, start - CALL_REACH)
  while (from > floor && text.charCodeAt(from - 1) !== 10) from--
  let to = end
  const ceiling = Math.min(text.length, end + CALL_REACH)
  while (to < ceiling && text.charCodeAt(to) !== 10) to++
  if (to > from && text.charCodeAt(to - 1) === 13) to--
  return { start: from, end: to }
}

/** Whether a bracket opened before `at` on its line is still open there. */
function opensBefore(text: string, lineStart: number, at: number): boolean {
  let depth = 0
  for (let i = at - 1; i >= lineStart; i--) {
    const code = text.charCodeAt(i)
    if (code === 41 || code === 93 || code === 125) depth++
    else if (code === 40 || code === 91 || code === 123) {
      if (depth === 0) return true
      depth--
    }
  }
  return false
}
