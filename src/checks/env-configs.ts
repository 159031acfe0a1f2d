// Each per-environment config follows the policy for its environment: the key comes from a variable,
// the models are a subset of the allowed ones, the token budget is within the policy's.
import { CHECK_TITLES } from './check-ids.js'
import path from 'node:path'
import type { Check } from './check.js'
import { MAX_NAMED, nameSome, plural, result } from './check.js'
import { loadEnvConfigs } from './env-config-files.js'
import { policyOf } from './policy.js'

export const ENV_CONFIGS = 'env-configs'
const TITLE = CHECK_TITLES[ENV_CONFIGS]

export const envConfigs: Check = async (run) => {
  const policy = policyOf(run.config)
  const { files, globs, fromConfig } = await loadEnvConfigs(run)
  if (files.length === 0) {
    const hint = fromConfig ? '' : ' (the default; set envConfigs in .mistral-guard.yml to point at yours)'
    return result(ENV_CONFIGS, TITLE, 'skip', `No per-environment config file matches ${globs.join(', ')}${hint}.`)
  }
  // In a pull request the policy may come from the base branch, copied to a temporary path: name the usual file.
  const policyFile = run.configFile && !path.isAbsolute(run.configFile) ? run.configFile : '.mistral-guard.yml'
  // The rules (and zod, which they use) are loaded only when there is a file to hold to them.
  const { violationsOf } = await import('./env-config-violations.js')
  const violations = files.flatMap((file) => violationsOf(file, policy.environments, policyFile))
  if (violations.length === 0) {
    const environments = files.map((file) => file.environment)
    return result(
      ENV_CONFIGS,
      TITLE,
      'pass',
      `${plural(files.length, 'environment config')} (${nameSome(environments)}) follow${files.length === 1 ? 's' : ''} the policy` +
        `${policy.environmentsFromConfig ? '' : ' (the checklist defaults)'}.`,
    )
  }
  return result(
    ENV_CONFIGS,
    TITLE,
    'fail',
    `${plural(violations.length, 'violation')}: ${nameSome(violations.map((violation) => violation.text), MAX_NAMED, '; ')}.`,
    violations.map((violation) => violation.location),
  )
}
