// Bounded line arithmetic over a whole text: nothing here splits the text or scans further than asked,
// so a 10 MB minified line costs what it costs once, not once per candidate.

export interface LineSpan {
  start: number
  /** End of the line's content: before `\n`, and before a trailing `\r`. */
  end: number
}

/** The line after the one ending at `lineEnd` (a `\n` or the end), or null at the end or past `ceiling`. */
export function nextLine(text: string, lineEnd: number, ceiling: number): LineSpan | null {
  let newline = lineEnd
  while (newline < text.length && text.charCodeAt(newline) !== 10) newline++
  if (newline >= text.length) return null
  const start = newline + 1
  let end = start
  while (end < text.length && text.charCodeAt(end) !== 10) {
    if (end >= ceiling) return null
    end++
  }
  return { start, end: trimCr(text, start, end) }
}

function trimCr(text: string, start: number, end: number): number {
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end
}

/** The end of the line holding `position` (before `\n` and a trailing `\r`). */
export function lineEndOf(text: string, position: number): number {
  const newline = text.indexOf('\n', position)
  const end = newline < 0 ? text.length : newline
  return end > position && text.charCodeAt(end - 1) === 13 ? end - 1 : end
}

export interface Shape {
  /** Leading whitespace width, a tab counting as four. */
  indent: number
  blank: boolean
  /** Last visible character (for `\` continuations). */
  last: string
  /** A TOML or INI section header: `[mistral]`, `[tool.mistral]`. */
  header: boolean
}

export function shapeOf(text: string, line: LineSpan): Shape {
  let indent = 0
  let i = line.start
  for (; i < line.end; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) indent++
    else if (code === 9) indent += 4
    else break
  }
  let last = line.end - 1
  while (last >= i && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--
  const blank = last < i
  const header =
    !blank && text[i] === '[' && text[last] === ']' && line.end - line.start < 200 && !text.slice(i + 1, last).includes('"')
  return { indent, blank, last: blank ? '' : text[last]!, header }
}
