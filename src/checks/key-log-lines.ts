// Finds, for the key-not-logged check, a source line that both calls a print or log function and uses the key
// variable (or a client's apiKey) as code, not merely in a string such as "set MISTRAL_API_KEY first".
import type { CheckLocation } from '../report/report.js'
import { AsciiWords } from './ascii-words.js'
import type { Policy } from './policy.js'
import { secretVariables } from './policy.js'
import { LineCounter } from './line-counter.js'
import { escapeRegExp, isShellFile, isSourceFile } from './source-files.js'
import type { TextVisitor } from './text-visitor.js'

const LOG_CALL = new RegExp(
  [
    /\bconsole\.(log|info|warn|error|debug|trace|dir|table)\s*\(/,
    /\bprint(ln|f)?\s*\(/,
    /\b(log|logger|logging|LOG|LOGGER|Log|Logger|winston|pino|bunyan|log4j)\.(debug|info|warn|warning|error|critical|fatal|trace|log|exception|verbose|silly|notice|print\w*|fatal\w*|panic\w*)\s*\(/,
    /\bfmt\.(Print|Fprint)\w*\s*\(/,
    /\bSystem\.(out|err)\.print\w*\s*\(/,
    /\bputs\s*[\s(]/,
    /\bprocess\.(stdout|stderr)\.write\s*\(/,
    /\b(echo|printf)\s/,
    /\b(eprint|print)(ln)?!\s*\(/,
    /\berror_log\s*\(|\bvar_dump\s*\(|\bprint_r\s*\(/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
)

/** What may sit before the name in an access chain: `process.env.`, `os.getenv(`, `settings.`, `this.#`. */
const CHAIN = `(?:[\\w$#]+\\s*(?:\\?\\.|\\.|\\(|\\[)\\s*)*`

/**
 * Uses that say whether a key is set, or show a few characters of it, without printing it: `!apiKey`,
 * `not os.getenv(…)`, `apiKey.length`, `apiKey.slice(0, 4)`, `api_key[:4]`, `bool(api_key)`,
 * `apiKey ? 'set' : 'missing'`, `api_key is None`, `apiKey === undefined`.
 */
function safeUse(name: string, flags: string): RegExp {
  return new RegExp(
    [
      `(?:!+\\s*|\\bnot\\s+|\\b(?:len|bool|Boolean|mask|redact|isset|empty|typeof)\\b\\s*\\(?\\s*)${CHAIN}${name}(?![\\w])\\)?`,
      `(?<![\\w])${name}\\s*(?:\\?\\.|\\.)\\s*(?:length\\b|(?:slice|substring|substr)\\s*\\([^)]*\\))`,
      `(?<![\\w])${name}\\s*\\[\\s*-?\\d*\\s*:\\s*-?\\d*\\s*\\]`,
      `(?<![\\w])${name}\\s*\\)?\\s*(?:is\\s+(?:not\\s+)?None\\b|[!=]==?\\s*(?:null|undefined|None|nil|''|"")|\\?(?![.?]))`,
    ].join('|'),
    `g${flags}`,
  )
}

/** An env lookup by name (`os.getenv("X")`, `process.env["X"]`, `ENV.fetch("X")`): the quoted name is code. */
const LOOKUP = `((?:environ(?:\\.get)?|getenv|Getenv|getEnv|ENV(?:\\.fetch)?|env|\\$_ENV|\\$_SERVER)\\s*[[(]\\s*)`

/** The names a log call must not print: the secret variables and a client's apiKey. */
export function loggedNames(policy: Policy): string[] {
  return [...new Set([...secretVariables(policy), 'apiKey', 'api_key', 'apikey'])]
}

export interface KeyLogLines {
  /** Lines that may print or log the key. */
  hits: CheckLocation[]
  /** Source files looked at. */
  read: number
}

/** Looks at every readable source file `allow.paths` does not exempt. */
export function keyLogVisitor(names: string[], allowed: (file: string) => boolean): TextVisitor<KeyLogLines> {
  // Every hit names one of them, in any case: one search of the whole text finds the few lines that do, and only
  // those are cut out and read (most files have none).
  const anyName = new RegExp(names.map(escapeRegExp).join('|'), 'gi')
  const anyNameInBytes = names.length > 0 ? new AsciiWords(names) : null
  const found: KeyLogLines = { hits: [], read: 0 }
  return {
    wants: (file) => isSourceFile(file) && !allowed(file),
    mayHold: (_file, bytes) => anyNameInBytes === null || anyNameInBytes.in(bytes),
    ...(names.length > 0 ? { gate: { words: names } } : {}),
    skim: () => void found.read++,
    visit(file, text) {
      found.read++
      const shell = isShellFile(file)
      const lines = new LineCounter(text)
      anyName.lastIndex = 0
      for (let name = anyName.exec(text); name !== null; name = anyName.exec(text)) {
        const { start, end, number } = lines.lineAt(name.index)
        // On to the next line: each line is read once, however many names it holds.
        anyName.lastIndex = end
        if (end - start > 2000) continue
        const line = text.slice(start, end)
        if (LOG_CALL.test(line) && names.some((candidate) => logsName(line, candidate, shell))) {
          found.hits.push({ file, line: number })
        }
      }
    },
    gathered: () => found,
  }
}

/** The line uses `name` as code (or looks it up in the environment), not only inside a string, nor safely. */
export function logsName(line: string, name: string, shell: boolean): boolean {
  const escaped = escapeRegExp(name)
  if (shell) return new RegExp(`\\b(?:echo|printf)\\b[^|;&]*\\$\\{?${escaped}\\b`).test(line)
  const flags = /^[A-Z0-9_]+$/.test(name) ? 'i' : ''
  const unquoted = line.replace(new RegExp(`${LOOKUP}(['"\`])${escaped}\\2`, `g${flags}`), `$1${name}`)
  const code = codeOnly(unquoted).replace(safeUse(escaped, flags), ' ')
  return new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, flags).test(code)
}

/**
 * The line with string contents blanked, keeping what strings interpolate: `${…}` in template literals and
 * `{…}` in Python f-strings, `#{…}` in Ruby. A line comment ends the code.
 */
export function codeOnly(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const c = line[i]
    if (c === '/' && line[i + 1] === '/') break
    if (c === '#' && line[i + 1] !== '{' && /^\s*#|\s#/.test(line.slice(Math.max(0, i - 1), i + 1))) break
    if (c === '"' || c === "'" || c === '`') {
      const fString = /[fF]$/.test(line.slice(Math.max(0, i - 1), i))
      let j = i + 1
      while (j < line.length && line[j] !== c) {
        if (line[j] === '\\') {
          j += 2
          continue
        }
        const interpolation =
          (c === '`' && line[j] === '$' && line[j + 1] === '{') ||
          (c === '"' && line[j] === '#' && line[j + 1] === '{') ||
          (fString && line[j] === '{' && line[j + 1] !== '{')
        if (interpolation) {
          const start = line.indexOf('{', j) + 1
          const end = line.indexOf('}', start)
          const stop = end < 0 ? line.length : end
          out += ` ${line.slice(start, stop)} `
          j = stop + 1
          continue
        }
        j++
      }
      out += ' '
      i = j + 1
      continue
    }
    out += c
    i++
  }
  return out
}
