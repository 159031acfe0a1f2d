// Which config file a run reads, and the config of a repository that has none. Kept apart from the parser
// (load-config.ts: yaml, zod and minimatch, a third of the CLI's code to compile) so that a run with no file to
// parse never loads it.
import { existsSync, lstatSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from './config-error.js'
import type { Config } from './schema.js'

export const DEFAULT_CONFIG_FILE = '.mistral-guard.yml'

/** What `configSchema.parse({})` gives (a test holds the two equal): no allow-list, every policy default. */
export const DEFAULT_CONFIG: Config = { allow: { paths: [], fingerprints: [] } }

export interface LoadedConfig {
  config: Config
  /** The file read, relative to the repository root where it lies inside it; null when none. */
  file: string | null
}

/**
 * The config file to read: the one named explicitly (must exist) or the default one at the repository root;
 * null when there is no default file.
 */
export function configFileOf(root: string, explicit?: string): { file: string; shown: string } | null {
  const file = explicit ? path.resolve(root, explicit) : path.join(root, DEFAULT_CONFIG_FILE)
  const shown = explicit ?? DEFAULT_CONFIG_FILE
  if (!existsSync(file) && !isDanglingLink(file)) {
    if (explicit) throw new UsageError(`Config file '${shown}' does not exist.`)
    return null
  }
  return { file, shown }
}

/** loadConfig (load-config.ts), loading the parser only when there is a file to parse. */
export async function loadConfigIfAny(root: string, explicit?: string): Promise<LoadedConfig> {
  if (configFileOf(root, explicit) === null) return { config: DEFAULT_CONFIG, file: null }
  const { loadConfig } = await import('./load-config.js')
  return loadConfig(root, explicit)
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}
