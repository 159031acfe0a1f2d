// Per-environment config files (JSON or YAML; `yaml` reads both) with the source position of every value,
// so that a violation is reported at its own line. Read once per run and shared by the checks that use them.
import { createHash } from 'node:crypto'
import type { CheckRun } from './check.js'
import { policyOf } from './policy.js'

export interface EnvConfigFile {
  file: string
  /** The file's base name without its extension: `config/environments/production.json` → `production`. */
  environment: string
  /** The parsed content; undefined when the file is not valid JSON or YAML (see `error`). */
  data?: unknown
  error?: { line: number; message: string }
  /** The 1-based line of the value at `path` (or of its key), or 1 when it is not there. */
  lineOf(path: ReadonlyArray<string | number>): number
}

export interface EnvConfigs {
  files: EnvConfigFile[]
  globs: readonly string[]
  /** The globs come from `envConfigs` in the config (else the defaults). */
  fromConfig: boolean
}

/** The keys that make a file an environment config. */
export const ENV_CONFIG_KEYS = ['apiKey', 'allowedModels', 'maxTokensPerRequest'] as const

export function loadEnvConfigs(run: CheckRun): Promise<EnvConfigs> {
  return run.once('env-configs', async () => {
    const policy = policyOf(run.config)
    const wanted = new Set(run.files.match(policy.envConfigGlobs))
    const files: EnvConfigFile[] = []
    if (wanted.size === 0) return { files, globs: policy.envConfigGlobs, fromConfig: policy.envConfigGlobsFromConfig }
    // The parser (yaml) is loaded only when some file is there to parse.
    const { parseEnvConfig } = await import('./env-config-parse.js')
    for await (const { path: file, text } of run.files.texts((candidate) => wanted.has(candidate))) {
      const parsed = parseEnvConfig(file, text)
      // Under the default globs only files that look like environment configs (or fail to parse) count:
      // no false alarms on unrelated files that happen to sit there.
      if (!policy.envConfigGlobsFromConfig && !parsed.error && !looksLikeEnvConfig(parsed.data)) continue
      files.push(parsed)
    }
    return { files, globs: policy.envConfigGlobs, fromConfig: policy.envConfigGlobsFromConfig }
  })
}

function looksLikeEnvConfig(data: unknown): boolean {
  return isRecord(data) && ENV_CONFIG_KEYS.some((key) => key in data)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What `apiKey` holds: a reference to a variable (`${VAR}`, `env:VAR`), a literal, or nothing usable. */
export type ApiKeyValue =
  | { kind: 'reference'; variable: string }
  /** `digest` identifies the value without revealing it, to spot two environments sharing one key. */
  | { kind: 'literal'; digest: string }
  | { kind: 'missing' }
  | { kind: 'not-a-string' }

export function apiKeyOf(data: unknown): ApiKeyValue {
  if (!isRecord(data) || data.apiKey === undefined || data.apiKey === null) return { kind: 'missing' }
  if (typeof data.apiKey !== 'string') return { kind: 'not-a-string' }
  const value = data.apiKey.trim()
  if (value === '') return { kind: 'missing' }
  const reference = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value) ?? /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(value)
  if (reference) return { kind: 'reference', variable: reference[1] }
  return { kind: 'literal', digest: createHash('sha256').update(value).digest('hex') }
}
