// Runs the Mistral security checklist and returns one row per check, in a fixed order. A check that cannot
// run (a git failure, an unreadable repository) becomes a `warn` row saying so, never a silent pass; a
// configuration error (UsageError) stops the run as everywhere else.
import { UsageError } from '../config/config-error.js'
import type { CheckResult, Finding } from '../report/report.js'
import type { Check, CheckContext, CheckRun } from './check.js'
import { result } from './check.js'
import { CHECK_TITLES, type CheckId } from './check-ids.js'
import { openCheckRun } from './check-run.js'
import { FILES_EVER_ADDED, filesEverAdded } from './committed-files.js'
import { DISTINCT_KEYS_PER_ENV, distinctKeysPerEnv } from './distinct-keys-per-env.js'
import { ENV_CONFIGS, envConfigs } from './env-configs.js'
import { ENV_SCHEMA, envSchema } from './env-schema.js'
import { GITIGNORE_COVERS_SECRETS, gitignoreCoversSecrets } from './gitignore-covers-secrets.js'
import { HTTPS_ONLY, httpsOnly } from './https-only.js'
import { KEY_NOT_LOGGED, keyNotLogged } from './key-not-logged.js'
import { MANUAL_CHECKS } from './manual-checks.js'
import { NO_LEAKED_KEYS, noLeakedKeys } from './no-leaked-keys.js'
import { NO_TRACKED_SECRET_FILES, noTrackedSecretFiles } from './no-tracked-secret-files.js'
import { sharedTextPass } from './shared-text-pass.js'

export type { CheckContext } from './check.js'

/** The automated checks, in the order the table shows them; the manual rows follow. */
const CHECKS: ReadonlyArray<{ id: CheckId; run: Check }> = [
  { id: NO_LEAKED_KEYS, run: noLeakedKeys },
  { id: GITIGNORE_COVERS_SECRETS, run: gitignoreCoversSecrets },
  { id: NO_TRACKED_SECRET_FILES, run: noTrackedSecretFiles },
  { id: ENV_SCHEMA, run: envSchema },
  { id: ENV_CONFIGS, run: envConfigs },
  { id: DISTINCT_KEYS_PER_ENV, run: distinctKeysPerEnv },
  { id: HTTPS_ONLY, run: httpsOnly },
  { id: KEY_NOT_LOGGED, run: keyNotLogged },
]

export { CHECK_IDS, CHECK_TITLES, type CheckId } from './check-ids.js'

export async function runChecks(ctx: CheckContext): Promise<CheckResult[]> {
  const { findings, everAdded, ...early } = ctx
  return startChecks({ ...early, everAddedFromScan: everAdded !== undefined }).finish(findings, everAdded)
}

/** Checks under way before the scan's findings are known. */
export interface StartedChecks {
  /** Runs what needed the findings (and, in history mode, the paths ever added) and returns every row. */
  finish(findings: Finding[], everAdded?: ReadonlyMap<string, string>): Promise<CheckResult[]>
}

/** What needs the scan's results runs last: the leak row, and history's "ever committed" secret files. */
const NEEDS_SCAN = new Set<CheckId>([NO_LEAKED_KEYS, NO_TRACKED_SECRET_FILES])

/**
 * Starts the checks that only look at the repository, so that they read its files while the scan waits on
 * git; the rest run in `finish`. A configuration error surfaces from `finish`, as from runChecks.
 */
export function startChecks(ctx: Omit<CheckContext, 'findings' | 'everAdded'>): StartedChecks {
  const opened = openCheckRun({ ...ctx, findings: [] })
  // A history run its scan will not tell which paths were ever added asks git now: a walk of every commit, which
  // would otherwise come after everything else.
  if (ctx.mode === 'history' && !ctx.everAddedFromScan) {
    const everAdded = filesEverAdded(ctx.root)
    void opened.then((run) => run.once(FILES_EVER_ADDED, () => everAdded)).catch(() => undefined)
  }
  const early = opened.then((run) => {
    // The pass over every file's text (three checks share it) starts now, beside the .gitignore probes, which
    // mostly wait on git. Any failure, even a thrown one, reaches the checks that ask for the pass as before.
    Promise.resolve()
      .then(() => sharedTextPass(run))
      .catch(() => undefined)
    return runEach(run, CHECKS.filter((check) => !NEEDS_SCAN.has(check.id)))
  })
  // Settled in finish; until then a failure must not count as unhandled.
  early.catch(() => undefined)
  return {
    async finish(findings, everAdded) {
      const run = await opened
      const done = await early
      run.findings = findings
      run.everAdded = everAdded
      const late = await runEach(run, CHECKS.filter((check) => NEEDS_SCAN.has(check.id)))
      const byId = new Map([...done, ...late].map((row) => [row.id, row]))
      const results = CHECKS.map((check) => byId.get(check.id)!)
      results.push(...MANUAL_CHECKS.map((row) => ({ ...row, locations: [...row.locations] })))
      return results
    },
  }
}

/** One after another: they share the file cache and the machine. */
async function runEach(run: CheckRun, checks: ReadonlyArray<{ id: CheckId; run: Check }>): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const check of checks) {
    try {
      results.push(await check.run(run))
    } catch (error) {
      if (error instanceof UsageError) throw error
      const reason = (error as Error)?.message?.split('\n')[0] ?? String(error)
      results.push(result(check.id, CHECK_TITLES[check.id], 'warn', `The check could not run: ${reason}`))
    }
  }
  return results
}
