// Each per-environment config follows the policy for its environment: the key comes from a variable,
// the models are a subset of the allowed ones, the token budget is within the policy's.
import { CHECK_TITLES } from './check-ids.js'
import path from 'node:path'
import { z } from 'zod'
import type { EnvironmentPolicy } from '../config/schema.js'
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { MAX_NAMED, nameSome, plural, result } from './check.js'
import { apiKeyOf, ENV_CONFIG_KEYS, isRecord, loadEnvConfigs, type EnvConfigFile } from './env-config-files.js'
import { looksLikeKey } from './key-shape.js'
import { policyOf } from './policy.js'

export const ENV_CONFIGS = 'env-configs'
const TITLE = CHECK_TITLES[ENV_CONFIGS]

/** The shape of an environment config; other keys (temperature, timeouts…) are the application's own. */
const envConfigShape = z.looseObject({
  apiKey: z.string(),
  allowedModels: z.array(z.string()),
  maxTokensPerRequest: z.number().int().positive(),
})

interface Violation {
  text: string
  location: CheckLocation
}

export const envConfigs: Check = async (run) => {
  const policy = policyOf(run.config)
  const { files, globs, fromConfig } = await loadEnvConfigs(run)
  if (files.length === 0) {
    const hint = fromConfig ? '' : ' (the default; set envConfigs in .mistral-guard.yml to point at yours)'
    return result(ENV_CONFIGS, TITLE, 'skip', `No per-environment config file matches ${globs.join(', ')}${hint}.`)
  }
  // In a pull request the policy may come from the base branch, copied to a temporary path: name the usual file.
  const policyFile = run.configFile && !path.isAbsolute(run.configFile) ? run.configFile : '.mistral-guard.yml'
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

export function violationsOf(
  config: EnvConfigFile,
  environments: Readonly<Record<string, EnvironmentPolicy>>,
  policyFile: string,
): Violation[] {
  const { file } = config
  const at = (path: Array<string | number>): CheckLocation => ({ file, line: config.lineOf(path) })
  if (config.error) {
    return [{ text: `${file}:${config.error.line} is not valid JSON or YAML (${config.error.message})`, location: { file, line: config.error.line } }]
  }
  const policy = Object.hasOwn(environments, config.environment) ? environments[config.environment] : undefined
  if (!policy) {
    return [
      {
        text:
          `${file} is for environment '${config.environment}', which the policy does not know ` +
          `(${Object.keys(environments).join(', ')}): add it under environments in ${policyFile} or rename the file`,
        location: { file, line: 1 },
      },
    ]
  }
  if (!isRecord(config.data)) {
    return [{ text: `${file} must be a mapping with ${ENV_CONFIG_KEYS.join(', ')}`, location: { file, line: 1 } }]
  }
  const data = config.data
  const violations: Violation[] = []
  for (const key of ENV_CONFIG_KEYS) {
    if (data[key] === undefined) violations.push({ text: `${file} has no ${key}`, location: { file, line: 1 } })
  }
  const shape = envConfigShape.safeParse(data)
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol')
      if (path.length === 1 && data[String(path[0])] === undefined) continue // reported as missing above
      violations.push({ text: `${file}:${config.lineOf(path)} ${path.join('.')}: ${describe(issue)}`, location: at(path) })
    }
  }

  const apiKey = apiKeyOf(data)
  if (apiKey.kind === 'literal') {
    violations.push({
      text:
        `${file}:${config.lineOf(['apiKey'])} apiKey holds a literal value: reference a variable instead, ` +
        `e.g. "\${MISTRAL_API_KEY_${config.environment.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}}", and rotate the key if it was real`,
      location: at(['apiKey']),
    })
  } else if (apiKey.kind === 'missing' && typeof data.apiKey === 'string') {
    violations.push({ text: `${file}:${config.lineOf(['apiKey'])} apiKey is empty: reference a variable`, location: at(['apiKey']) })
  }

  if (Array.isArray(data.allowedModels)) {
    data.allowedModels.forEach((model, index) => {
      if (typeof model !== 'string' || policy.allowedModels.includes(model)) return
      const shown = looksLikeKey(model) ? '(a key-shaped value)' : model
      violations.push({
        text:
          `${file}:${config.lineOf(['allowedModels', index])} model ${shown} is not allowed in ${config.environment} ` +
          `(allowed: ${policy.allowedModels.join(', ')})`,
        location: at(['allowedModels', index]),
      })
    })
  }

  const maxTokens = data.maxTokensPerRequest
  if (typeof maxTokens === 'number' && Number.isInteger(maxTokens) && maxTokens > policy.maxTokensPerRequest) {
    violations.push({
      text:
        `${file}:${config.lineOf(['maxTokensPerRequest'])} maxTokensPerRequest ${maxTokens} exceeds ` +
        `${policy.maxTokensPerRequest}, the most ${config.environment} may ask for`,
      location: at(['maxTokensPerRequest']),
    })
  }
  return violations
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`
  if (issue.code === 'too_small') return 'expected a positive integer'
  return issue.message
}
