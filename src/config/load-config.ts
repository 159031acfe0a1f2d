// Reads and validates `.mistral-guard.yml`. A bad file stops the run before anything is scanned,
// with a message naming the file, the field and what was expected.
import path from 'node:path'
import { Minimatch } from 'minimatch'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { readSmallFile } from '../fs/read-small-file.js'
import { UsageError } from './config-error.js'
import { configFileOf, DEFAULT_CONFIG, type LoadedConfig } from './config-file.js'
import { configSchema, type Config } from './schema.js'

export { DEFAULT_CONFIG_FILE, type LoadedConfig } from './config-file.js'

/**
 * Loads the config named explicitly (must exist) or the default one at the repository root (may be absent).
 */
export function loadConfig(root: string, explicit?: string): LoadedConfig {
  const found = configFileOf(root, explicit)
  if (!found) return { config: DEFAULT_CONFIG, file: null }
  const { file, shown } = found
  const read = readSmallFile(file, explicit ? path.dirname(file) : root)
  if (!read.ok) throw new UsageError(`Config file '${shown}' cannot be read: ${read.reason}.`)
  const text = read.text
  return { config: parseConfig(text, shown), file: shown }
}

/** Parses config text; `shown` is the file name used in messages. */
export function parseConfig(text: string, shown: string): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const first = doc.errors[0]
    const where = first.linePos?.[0] ? ` (line ${first.linePos[0].line}, column ${first.linePos[0].col})` : ''
    throw new UsageError(`Config file '${shown}' is not valid YAML${where}: ${first.message.split('\n')[0]}`)
  }
  const raw: unknown = doc.toJS() ?? {}
  const parsed = configSchema.safeParse(raw)
  if (!parsed.success) throw new UsageError(describeIssues(shown, parsed.error))
  for (const [field, globs] of globFields(parsed.data)) {
    globs.forEach((glob, index) => {
      const problem = globProblem(glob)
      if (problem) {
        throw new UsageError(
          `Config file '${shown}': field '${field}[${index}]' is not a valid glob ('${glob}'): expected ${problem}.`,
        )
      }
    })
  }
  return parsed.data
}

function globFields(config: Config): Array<[string, string[]]> {
  return [
    ['allow.paths', config.allow.paths],
    ['envConfigs', config.envConfigs ?? []],
    ['envTemplates', config.envTemplates ?? []],
  ]
}

function describeIssues(shown: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? fieldPath(issue.path) : '(top level)'
    return `field '${field}': ${issue.message}`
  })
  const more = error.issues.length > 5 ? `\n  … and ${error.issues.length - 5} more` : ''
  return `Config file '${shown}' is invalid:\n  ${lines.join('\n  ')}${more}`
}

/** minimatch takes almost anything literally, so catch the mistakes that would silently match nothing. */
export function globProblem(glob: string): string | null {
  try {
    new Minimatch(glob, { dot: true })
  } catch (error) {
    return `a glob minimatch accepts (${(error as Error).message})`
  }
  if (glob.startsWith('/')) return 'a path relative to the repository root, without a leading /'
  if (glob.split('/').includes('..')) return 'a path inside the repository, without .. segments'
  if (!balanced(glob, '[', ']') || !balanced(glob, '{', '}')) return 'balanced [ ] and { } brackets'
  return null
}

function balanced(glob: string, open: string, close: string): boolean {
  let depth = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '\\') i++
    else if (c === open) depth++
    else if (c === close && --depth < 0) return false
  }
  return depth === 0
}

/** `envConfigs[0]`, `environments.production.maxTokensPerRequest`: the same notation everywhere. */
function fieldPath(parts: ReadonlyArray<PropertyKey>): string {
  return parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('')
}
