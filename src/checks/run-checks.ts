// Runs the Mistral security checklist and returns one row per check, in a fixed order. A check that cannot
// run (a git failure, an unreadable repository) becomes a `warn` row saying so, never a silent pass; a
// configuration error (UsageError) stops the run as everywhere else.
import { UsageError } from '../config/config-error.js'
import type { CheckResult } from '../report/report.js'
import type { Check, CheckContext } from './check.js'
import { result } from './check.js'
import { CHECK_TITLES, type CheckId } from './check-ids.js'
import { openCheckRun } from './check-run.js'
import { DISTINCT_KEYS_PER_ENV, distinctKeysPerEnv } from './distinct-keys-per-env.js'
import { ENV_CONFIGS, envConfigs } from './env-configs.js'
import { ENV_SCHEMA, envSchema } from './env-schema.js'
import { GITIGNORE_COVERS_SECRETS, gitignoreCoversSecrets } from './gitignore-covers-secrets.js'
import { HTTPS_ONLY, httpsOnly } from './https-only.js'
import { KEY_NOT_LOGGED, keyNotLogged } from './key-not-logged.js'
import { MANUAL_CHECKS } from './manual-checks.js'
import { NO_LEAKED_KEYS, noLeakedKeys } from './no-leaked-keys.js'
import { NO_TRACKED_SECRET_FILES, noTrackedSecretFiles } from './no-tracked-secret-files.js'

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
  const run = await openCheckRun(ctx)
  const results: CheckResult[] = []
  // One after another: they share the file cache and the machine, and the order stays fixed.
  for (const check of CHECKS) {
    try {
      results.push(await check.run(run))
    } catch (error) {
      if (error instanceof UsageError) throw error
      const reason = (error as Error)?.message?.split('\n')[0] ?? String(error)
      results.push(result(check.id, CHECK_TITLES[check.id], 'warn', `The check could not run: ${reason}`))
    }
  }
  results.push(...MANUAL_CHECKS.map((row) => ({ ...row, locations: [...row.locations] })))
  return results
}
