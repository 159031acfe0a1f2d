// File names come out exactly as git stores them, so they may hold spaces, quotes, newlines, escape
// sequences or invalid UTF-16. Each output needs them in its own safe form: quoted for a terminal,
// percent-encoded for a URI.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces lone surrogates with U+FFFD, which encodeURIComponent would otherwise throw on. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

/**
 * Characters a reader must never receive raw: C0/C1 controls and DEL (terminal escapes, line breaks),
 * bidi overrides (Trojan Source), lone surrogates.
 */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const NAMED_ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a' }

function escapeChar(char: string): string {
  const named = NAMED_ESCAPES[char]
  if (named) return named
  const code = char.charCodeAt(0)
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** Shows unsafe characters as visible escapes (`\n`, `\x1b`, `\u202e`); everything else as is. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeChar)
}

const NEEDS_QUOTES = /["\\]|[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\uD800-\uDFFF]/

/**
 * A path as a reader should see it, in the spirit of git's `core.quotePath=false`: left alone unless it
 * holds a quote, a backslash or an unsafe character; then double-quoted with C-style escapes, so a file
 * named `a"b\nc` shows as `"a\"b\nc"` and never breaks a line or a table.
 */
export function quotePath(file: string): string {
  if (!NEEDS_QUOTES.test(file)) return file
  return `"${escapeUnsafe(file.replace(/["\\]/g, (c) => `\\${c}`))}"`
}

/** encodeURIComponent leaves these alone, but they break markdown links or mean something in URIs. */
const EXTRA_RESERVED = /[!'()*]/g

/** Percent-encodes one path segment per RFC 3986 (UTF-8), spaces, quotes and parentheses included. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(wellFormed(segment)).replace(
    EXTRA_RESERVED,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/** A repository-relative path as a relative URI reference: each segment encoded, slashes kept. */
export function encodePath(file: string): string {
  return file.split('/').map(encodeSegment).join('/')
}
