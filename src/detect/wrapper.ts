// Generic wrappers around a value: `Some("…")`, `Ok(…)`, `String::from(…)`, `str(…)`, `new String(…)`,
// `SecretStr(…)`, `pydantic.SecretStr(…)`, `Secret::new(…)`, `Optional.of(…)`. They say nothing about whose value
// it is, so the label and the bracket context are read through them, from the call that encloses them.

/** How many nested wrappers are looked through at most (`Some(String::from(…))` is two). */
export const MAX_WRAPPERS = 3

/** Wrapper types and functions, lowercase. */
const WRAPPERS = new Set([
  'some', 'ok', 'option', 'optional', 'str', 'string', 'secret', 'secretstr', 'secretstring', 'secretbytes',
  'secretbox',
])
/** Constructors of a wrapper type: `String::from`, `Secret::new`, `Optional.of`. */
const CONSTRUCTORS = new Set(['new', 'from', 'of'])
const CALLEE_REACH = 48

function isCalleeCode(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 || // _
    code === 46 || // .
    code === 58 // :
  )
}

/**
 * Where the wrapper called by the `(` at `opener` starts (its `new ` included), or `opener` when the callee is not
 * a generic wrapper. Reads no further back than `floor`.
 */
export function wrapperStart(text: string, floor: number, opener: number): number {
  const lower = Math.max(floor, opener - CALLEE_REACH)
  let start = opener
  while (start > lower && isCalleeCode(text.charCodeAt(start - 1))) start--
  if (start === opener) return opener
  const segments = text
    .slice(start, opener)
    .toLowerCase()
    .split(/::|\./)
    .filter((segment) => segment.length > 0)
  const last = segments[segments.length - 1]
  if (last === undefined) return opener
  const wraps =
    WRAPPERS.has(last) || (CONSTRUCTORS.has(last) && segments.length >= 2 && WRAPPERS.has(segments[segments.length - 2]!))
  if (!wraps) return opener
  // `new String(`: the keyword belongs to the wrapper.
  if (start - 4 >= lower && text.startsWith('new ', start - 4)) {
    const before = start - 5
    if (before < lower || !isCalleeCode(text.charCodeAt(before))) return start - 4
  }
  return start
}

/** Whether the `(` at `opener` calls a generic wrapper. */
export function isWrapperCall(text: string, floor: number, opener: number): boolean {
  return text.charCodeAt(opener) === 40 && wrapperStart(text, floor, opener) < opener
}
