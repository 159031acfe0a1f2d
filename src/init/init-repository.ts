// What `mistral-guard init` does to a repository: writes the starter config unless one exists, and appends
// to the root .gitignore the lines the gitignore check finds missing. Running it again changes nothing:
// the config then exists and the lines are then there. `!` lines in nested .gitignore files are reported,
// never edited: a root line cannot override them and removing someone's line is a decision for a human.
import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs'
import path from 'node:path'
import { analyseGitignore, type GitignoreAnalysis } from '../checks/gitignore-probes.js'
import { probesFor } from '../checks/gitignore-covers-secrets.js'
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config/load-config.js'
import { STARTER_CONFIG } from './starter-config.js'

/** Config file names that count as "a config exists" (the default and its .yaml spelling). */
const CONFIG_NAMES = [DEFAULT_CONFIG_FILE, '.mistral-guard.yaml']

export const GITIGNORE_HEADER = '# Secrets: never committed (added by mistral-guard init)'

export interface InitOutcome {
  /** The config file written, or the existing one kept. */
  configFile: string
  configCreated: boolean
  /** Lines appended to the root .gitignore (empty when it already covered everything). */
  linesAdded: string[]
  gitignoreCreated: boolean
  /** `!` lines in nested .gitignore files still un-ignoring a secret file. */
  negations: GitignoreAnalysis['negations']
}

export async function initRepository(root: string): Promise<InitOutcome> {
  const existing = CONFIG_NAMES.find((name) => existsSync(path.join(root, name)))
  const configFile = existing ?? DEFAULT_CONFIG_FILE
  if (!existing) writeFileSync(path.join(root, configFile), STARTER_CONFIG, { flag: 'wx' })

  // Extra probes come from the config in place (an invalid one stops here with its UsageError).
  const { config } = loadConfig(root, configFile)
  const probes = probesFor(config.gitignore?.probes ?? [])
  const before = await analyseGitignore(root, probes)

  const gitignore = path.join(root, '.gitignore')
  const gitignoreCreated = before.linesToAdd.length > 0 && !existsSync(gitignore)
  if (before.linesToAdd.length > 0) {
    const current = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : ''
    const separator = current === '' ? '' : current.endsWith('\n') ? '\n' : '\n\n'
    appendFileSync(gitignore, `${separator}${GITIGNORE_HEADER}\n${before.linesToAdd.join('\n')}\n`)
  }
  const after = before.linesToAdd.length > 0 ? await analyseGitignore(root, probes) : before
  return {
    configFile,
    configCreated: !existing,
    linesAdded: before.linesToAdd,
    gitignoreCreated,
    negations: after.negations,
  }
}
