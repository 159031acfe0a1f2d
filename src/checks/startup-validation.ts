// Does the application validate its environment at start-up? We count a source file that mentions the
// variable (any case: pydantic reads MISTRAL_API_KEY into `mistral_api_key`) and uses a schema or env
// validation library. Reading `process.env.X` and hoping is not validation.
import type { CheckLocation } from '../report/report.js'
import { AsciiWords } from './ascii-words.js'
import { LineCounter } from './line-counter.js'
import { escapeRegExp, isSourceFile } from './source-files.js'
import type { TextVisitor } from './text-visitor.js'

/** What counts as validation, named in the check's message. */
export const VALIDATORS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'zod', pattern: /\bfrom\s+['"]zod(\/[\w-]+)?['"]|require\(\s*['"]zod['"]\s*\)|\bz\.object\s*\(/ },
  { name: 'joi', pattern: /\bJoi\.object\s*\(|\bfrom\s+['"]joi['"]/ },
  { name: 'envalid', pattern: /\bcleanEnv\s*\(/ },
  { name: 'yup', pattern: /\byup\.object\s*\(/ },
  { name: 'valibot', pattern: /\bfrom\s+['"]valibot['"]/ },
  { name: '@t3-oss/env', pattern: /\bcreateEnv\s*\(/ },
  { name: 'convict', pattern: /\bconvict\s*\(/ },
  { name: 'env-var', pattern: /\bfrom\s+['"]env-var['"]|require\(\s*['"]env-var['"]\s*\)/ },
  { name: 'NestJS validationSchema', pattern: /\bvalidationSchema\s*:/ },
  { name: 'pydantic BaseSettings', pattern: /\bBaseSettings\b/ },
  { name: 'environs', pattern: /\bfrom\s+environs\s+import\b/ },
  { name: 'python-decouple', pattern: /\bfrom\s+decouple\s+import\b/ },
  { name: 'Go envconfig / env struct tags', pattern: /envconfig\.Process\s*\(|`[^`]*\benv(config)?:"/ },
  { name: 'Dotenv.require_keys', pattern: /\bDotenv\.require_keys\b/ },
  { name: 'envy', pattern: /\benvy::from_env\b/ },
]

/** Any of VALIDATORS: one search of a file instead of one per validator (most files use none). */
const ANY_VALIDATOR = new RegExp(VALIDATORS.map((validator) => `(?:${validator.pattern.source})`).join('|'))

export interface StartupValidation {
  /** Source files that validate the variable, with the library recognised. */
  validatedIn: Array<{ file: string; validator: string }>
  /** Where code reads the variable straight from the environment, so the warning can point at it. */
  readAt: CheckLocation[]
}

/** Looks at every readable source file `skip` does not exempt. */
export function startupValidationVisitor(
  variable: string,
  skip: (file: string) => boolean,
): TextVisitor<StartupValidation> {
  const anyCase = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(variable)}(?![A-Za-z0-9_])`, 'i')
  const anyCaseInBytes = new AsciiWords([variable])
  const reads = readPattern(variable)
  const found: StartupValidation = { validatedIn: [], readAt: [] }
  return {
    wants: (file) => isSourceFile(file) && !skip(file),
    // A file that never names the variable adds nothing.
    mayHold: (_file, bytes) => anyCaseInBytes.in(bytes),
    gate: { words: [variable] },
    visit(path, text) {
      if (!anyCase.test(text)) return
      const validator = ANY_VALIDATOR.test(text) && VALIDATORS.find((candidate) => candidate.pattern.test(text))
      if (validator) {
        found.validatedIn.push({ file: path, validator: validator.name })
        return
      }
      const line = firstLineMatching(text, reads)
      if (line !== null) found.readAt.push({ file: path, line })
    },
    gathered: () => found,
  }
}

/**
 * The 1-based number of the first line on which `pattern` (no `g`, no `m`) matches within the line. One search of
 * the whole text finds it, unless that match runs over a line break (`\s*` may): then line by line, as the
 * question is asked.
 */
export function firstLineMatching(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text)
  if (match === null) return null
  if (!match[0].includes('\n')) return new LineCounter(text).lineAt(match.index).number
  const line = text.split('\n').findIndex((candidate) => pattern.test(candidate))
  return line < 0 ? null : line + 1
}

/**
 * A direct read of the variable: process.env.X, import.meta.env.X, os.environ["X"], os.getenv("X"),
 * os.Getenv("X"), ENV["X"], ENV.fetch("X"), System.getenv("X"), env::var("X"), $_ENV['X'], Deno.env.get("X").
 */
export function readPattern(variable: string): RegExp {
  const name = escapeRegExp(variable)
  return new RegExp(
    [
      `(?:process\\.env|import\\.meta\\.env)(?:\\??\\.${name}(?![A-Za-z0-9_])|\\[\\s*['"\`]${name}['"\`])`,
      `(?:getenv|Getenv|getEnv|environ\\.get|env::var|GetEnvironmentVariable|Deno\\.env\\.get|ENV\\.fetch)\\s*\\(\\s*['"]${name}['"]`,
      `(?:environ|ENV|\\$_ENV|\\$_SERVER)\\[\\s*['"]${name}['"]\\s*\\]`,
    ].join('|'),
  )
}
