// A pull request must not be able to wave its own key through: the config (allow-lists) and the baseline
// it is judged by come from the base commit, not from the PR. A PR that changes them is told that the
// change applies once merged, where a reviewer has seen it.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_CONFIG_FILE } from '../config/load-config.js'
import { runGit } from '../git/runner.js'
import type { ActionLog } from './log.js'

export interface Policy {
  configFile?: string
  baselineFile?: string
}

/** The file's bytes at `commit`, or null when it is not there. */
async function blobAt(root: string, commit: string, file: string): Promise<Buffer | null> {
  const result = await runGit(['cat-file', 'blob', `${commit}:${file}`], { cwd: root, allowFailure: true })
  return result.code === 0 ? result.stdout : null
}

/** The path inside the repository, or null for a file outside it (e.g. under RUNNER_TEMP). */
function repoPath(root: string, file: string): string | null {
  const relative = path.relative(root, path.resolve(root, file))
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : null
}

async function fromBase(
  root: string,
  base: string,
  head: string,
  file: string,
  what: string,
  copy: string,
  log: ActionLog,
): Promise<{ use: string } | { none: true } | null> {
  const inRepo = repoPath(root, file)
  if (!inRepo) return null
  const [atBase, atHead] = await Promise.all([blobAt(root, base, inRepo), blobAt(root, head, inRepo)])
  if (atBase) {
    if (!atHead || !atBase.equals(atHead)) {
      log.notice(`This change edits ${what} '${inRepo}': the scan uses the base branch's version; the edit applies once merged.`)
    }
    mkdirSync(path.dirname(copy), { recursive: true })
    writeFileSync(copy, atBase)
    return { use: copy }
  }
  if (atHead) {
    log.notice(`This change adds ${what} '${inRepo}': it applies once merged; this scan runs without it.`)
    return { none: true }
  }
  return null
}

/** The config and baseline as of `base`, copied under `tempDir`; unchanged settings when they are not in git. */
export async function policyFromBase(
  root: string,
  base: string,
  head: string,
  wanted: Policy,
  tempDir: string,
  log: ActionLog,
): Promise<Policy> {
  const policy: Policy = { ...wanted }
  const config = await fromBase(root, base, head, wanted.configFile ?? DEFAULT_CONFIG_FILE, 'the config file', path.join(tempDir, 'base-config.yml'), log)
  if (config && 'use' in config) policy.configFile = config.use
  if (config && 'none' in config) {
    // An empty file means the defaults, and keeps the engine from reading the PR's own copy.
    const empty = path.join(tempDir, 'default-config.yml')
    mkdirSync(tempDir, { recursive: true })
    writeFileSync(empty, '{}\n')
    policy.configFile = empty
  }
  if (wanted.baselineFile) {
    const baseline = await fromBase(root, base, head, wanted.baselineFile, 'the baseline', path.join(tempDir, 'base-baseline.json'), log)
    if (baseline && 'use' in baseline) policy.baselineFile = baseline.use
    if (baseline && 'none' in baseline) policy.baselineFile = undefined
  }
  return policy
}
