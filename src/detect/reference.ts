// A value that points at a key instead of holding one: `${VAR}`, `{{ VAR }}`, `process.env.VAR`,
// `os.environ["VAR"]`, `os.getenv("VAR")`, `ENV.fetch("VAR")`, `env:VAR`, `<VAR>`. Most such names hold `_`
// and never become candidates (nor do `$VAR` and `%VAR%`: `$` and `%` glue); these catch the ones that do.

const LOOKUPS = [
  'getenv',
  'environ(?:\\.get)?',
  'GetEnvironmentVariable',
  'LookupEnv',
  'env(?:::var)?',
  'ENV(?:\\.fetch)?',
  'secrets',
  'vars',
  'process\\.env',
  'import\\.meta\\.env',
]
const REFERENCE_BEFORE = new RegExp(`(?:\\$\\{|\\{\\{\\s*|\\benv:\\s*|\\b(?:${LOOKUPS.join('|')})\\s*[[(.]\\s*["'\`]?)$`, 'i')

const REACH = 40

export function isReference(text: string, lineStart: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(lineStart, start - REACH), start)
  if (REFERENCE_BEFORE.test(before)) return true
  // `<KEY>`: a placeholder in angle brackets.
  return text[start - 1] === '<' && text[end] === '>'
}
