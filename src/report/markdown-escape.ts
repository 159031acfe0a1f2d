// Markdown that GitHub renders from strings we do not control (file names, commit authors, check
// messages). Nothing in them may become markup: no table break from a `|`, no HTML from `<`, no link,
// no emphasis, no @mention of a stranger, no math from `$`.
import { escapeUnsafe, quotePath } from './paths.js'

/** CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that mean something mid-line. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>|~&$]/g
/** And these only where they start a block: a heading, a list item, a setext underline. */
const BLOCK_START = /^(\s*)(#{1,6}(?=\s|$)|[+\-](?=\s|$)|=+\s*$)|^(\s*\d{1,9})([.)])(?=\s|$)/

/**
 * Plain text for a table cell or a paragraph: markup characters escaped, line breaks as `<br>`, other
 * control characters shown as escapes, and `@name` broken with a zero-width space so nobody is pinged.
 */
export function mdText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      escapeUnsafe(line)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(BLOCK_START, (_all, space?: string, mark?: string, number?: string, delimiter?: string) =>
          mark !== undefined ? `${space}\\${mark}` : `${number}\\${delimiter}`,
        )
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200B'),
    )
    .join('<br>')
}

/**
 * A code span for a table cell. Code spans keep `<`, `*`, `$` and `@` literal; a backtick run inside is
 * fenced by a longer one, and a pipe is escaped, which GFM tables require even inside code.
 */
export function mdCode(text: string): string {
  const safe = escapeUnsafe(text).replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = safe.startsWith('`') || safe.endsWith('`') || /^ .* $/.test(safe) ? ' ' : ''
  return `${fence}${pad}${safe}${pad}${fence}`
}

/** A repository path as a table-cell code span, quoted first when it holds odd characters. */
export function mdPath(file: string, suffix = ''): string {
  return mdCode(`${quotePath(file)}${suffix}`)
}

/**
 * A check message: plain text, except that `code spans` (which check messages use for file names and
 * lines to add) stay code spans. Their content is still made safe by mdCode.
 */
export function mdMessage(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      let out = ''
      let last = 0
      for (const match of line.matchAll(/`([^`]+)`/g)) {
        out += mdText(line.slice(last, match.index)) + mdCode(match[1]!)
        last = match.index + match[0].length
      }
      return out + mdText(line.slice(last))
    })
    .join('<br>')
}
