// A value labelled only `value`, whose name sits beside it in the same object: a Kubernetes or Render env entry
// (`- name: SESSION_SECRET` then `value: "…"`; `- key: …`), an ECS or Azure app setting
// (`{"name": "SESSION_SECRET", "value": "…"}`), a Terraform `env { name = "…" value = "…" }` block. The name is
// the real label: a list of such entries holds every variable of an app, so a sibling entry naming Mistral says
// nothing about this one.
import { shapeOf, type LineSpan } from './lines.js'

/** How far on the line the object's other fields are looked for, and how many lines around it. */
const SAME_LINE_REACH = 200
const NEAR_LINES = 3
const MAX_LINE = 300

/** `name: X`, `"name": "X"`, `name = "X"`, `Key: X` as a field (the name's value is group 1). */
const NAME_FIELD = /(?:^|[\s{,])["']?(?:name|key)["']?\s*[:=]\s*["']?([A-Za-z0-9_.\-]{1,80})/gi
/** A line that is only such a field, possibly the list item that opens the object (`- name: X`). */
const NAME_LINE = /^\s*(-\s+)?["']?(?:name|key)["']?\s*[:=]\s*["']?([A-Za-z0-9_.\-]{1,80})["']?\s*,?\s*$/i

export interface Span {
  from: number
  to: number
}

/**
 * Where the name paired with a `value` field is, or null. `labelFrom` is where the `value` label starts on its
 * line, `valueEnd` where the value ends.
 */
export function pairedName(text: string, line: LineSpan, labelFrom: number, valueEnd: number): Span | null {
  // The same object on the same line: back to its `{`, then on to its `}`.
  const floor = Math.max(line.start, labelFrom - SAME_LINE_REACH)
  let open = -1
  for (let i = labelFrom - 1; i >= floor; i--) {
    const char = text[i]
    if (char === '}') break
    if (char === '{') {
      open = i
      break
    }
  }
  if (open >= 0) {
    const before = lastField(text, open + 1, labelFrom)
    if (before !== null) return before
    const ceiling = Math.min(line.end, valueEnd + SAME_LINE_REACH)
    let close = valueEnd
    while (close < ceiling && text[close] !== '}' && text[close] !== '{') close++
    return text[close] === '}' ? lastField(text, valueEnd, close, true) : null
  }
  // A field on its own line: the name is a sibling line of the same object, or the list item opening it.
  if (!onlyIndentBefore(text, line.start, labelFrom)) return null
  const indent = shapeOf(text, line).indent
  let above: LineSpan = line
  for (let n = 0; n < NEAR_LINES; n++) {
    const previous = lineBefore(text, above.start)
    if (previous === null) break
    above = previous
    const shape = shapeOf(text, above)
    if (shape.blank) continue
    if (shape.indent > indent) continue
    const found = nameLine(text, above)
    if (shape.indent < indent) return found !== null && found.listItem ? found.span : null
    if (found !== null && !found.listItem) return found.span
  }
  let below: LineSpan = line
  for (let n = 0; n < NEAR_LINES; n++) {
    const next = lineAfter(text, below.end)
    if (next === null) break
    below = next
    const shape = shapeOf(text, below)
    if (shape.blank || shape.indent > indent) continue
    if (shape.indent < indent) break
    const found = nameLine(text, below)
    if (found !== null && !found.listItem) return found.span
  }
  return null
}

function lastField(text: string, from: number, to: number, first = false): Span | null {
  const stretch = text.slice(from, to)
  let found: Span | null = null
  NAME_FIELD.lastIndex = 0
  for (let m = NAME_FIELD.exec(stretch); m !== null; m = NAME_FIELD.exec(stretch)) {
    const end = m.index + m[0].length
    found = { from: from + end - m[1]!.length, to: from + end }
    if (first) break
  }
  return found
}

function nameLine(text: string, line: LineSpan): { span: Span; listItem: boolean } | null {
  if (line.end - line.start > MAX_LINE) return null
  const m = NAME_LINE.exec(text.slice(line.start, line.end))
  if (m === null) return null
  const from = line.start + m[0].indexOf(m[2]!, m[0].search(/[:=]/))
  return { span: { from, to: from + m[2]!.length }, listItem: m[1] !== undefined }
}

function onlyIndentBefore(text: string, lineStart: number, at: number): boolean {
  for (let i = lineStart; i < at; i++) {
    const char = text[i]
    if (char !== ' ' && char !== '\t' && char !== '"' && char !== "'") return false
  }
  return true
}

/** The line before the one starting at `lineStart`, or null at the start or when it is too long to read. */
function lineBefore(text: string, lineStart: number): LineSpan | null {
  if (lineStart === 0) return null
  let end = lineStart - 1
  let start = end
  const floor = Math.max(0, end - MAX_LINE)
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return null
  if (end > start && text.charCodeAt(end - 1) === 13) end--
  return { start, end }
}

/** The line after the one whose content ends at `lineEnd`, or null at the end or when it is too long to read. */
function lineAfter(text: string, lineEnd: number): LineSpan | null {
  let newline = lineEnd
  if (text.charCodeAt(newline) === 13) newline++
  if (text.charCodeAt(newline) !== 10) return null
  const start = newline + 1
  const ceiling = Math.min(text.length, start + MAX_LINE)
  let end = start
  while (end < ceiling && text.charCodeAt(end) !== 10) end++
  if (end === ceiling && ceiling < text.length) return null
  const content = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
  return { start, end: content }
}
