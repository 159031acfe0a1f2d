// Finds key-shaped runs in one linear pass: exactly 32 ASCII letters and digits, bounded by characters
// that end a token. A run that continues a longer token (`sk-…`, `v1.…`, `…/…`, `…_x`, `…$inboundSchema`,
// base64 with `+`, `/`, `=`) is not a key on its own.

export const KEY_LENGTH = 32

export interface Candidate {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** 1-based line. */
  line: number
  /** Offset of the line's first character. */
  lineStart: number
}

const ALNUM = new Uint8Array(128)
for (let code = 48; code <= 57; code++) ALNUM[code] = 1
for (let code = 65; code <= 90; code++) ALNUM[code] = 1
for (let code = 97; code <= 122; code++) ALNUM[code] = 1

const BACKSLASH = 92

function isAlnumAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 128 && ALNUM[code] === 1
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u

/** Characters that glue a run to a longer token on either side. */
const GLUE_ALWAYS = new Set(['_', '$', '+', '%', '/'])
/** Characters that glue only when a letter or digit follows them (`x-KEY` vs `-KEY`, `KEY.json` vs `KEY.`). */
const GLUE_IF_WORD_BEYOND = new Set(['-', '.'])

function gluedBefore(text: string, start: number, lineStart: number): boolean {
  if (start <= lineStart) return false
  const char = text[start - 1]!
  if (GLUE_ALWAYS.has(char) || char === '@') return true
  if (GLUE_IF_WORD_BEYOND.has(char)) return start - 2 >= lineStart && isAlnumAt(text, start - 2)
  return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char)
}

function gluedAfter(text: string, end: number): boolean {
  if (end >= text.length) return false
  const char = text[end]!
  if (GLUE_ALWAYS.has(char) || char === '=') return true
  if (GLUE_IF_WORD_BEYOND.has(char)) return end + 1 < text.length && isAlnumAt(text, end + 1)
  return char.charCodeAt(0) >= 128 && NON_ASCII_WORD.test(char)
}

/** Calls `found` for every key-shaped run, in text order. */
export function forEachCandidate(text: string, found: (candidate: Candidate) => void): void {
  const length = text.length
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    if (code === 10) {
      line++
      lineStart = ++i
      continue
    }
    if (code >= 128 || ALNUM[code] !== 1) {
      i++
      continue
    }
    let end = i + 1
    while (end < length) {
      const next = text.charCodeAt(end)
      if (next >= 128 || ALNUM[next] !== 1) break
      end++
    }
    let start = i
    // Inside a JSON string (a notebook cell), `\n` or `\t` glues its letter to the key that follows.
    if (end - start === KEY_LENGTH + 1 && start > lineStart && text.charCodeAt(start - 1) === BACKSLASH) {
      const escaped = text[start]
      if (escaped === 'n' || escaped === 'r' || escaped === 't') start++
    }
    if (end - start === KEY_LENGTH && !gluedBefore(text, start, lineStart) && !gluedAfter(text, end)) {
      found({ start, end, line, lineStart })
    }
    i = end
  }
}
