// What an environment config must be, file by file: the key comes from a variable, the models are a subset of
// the environment's allowed ones, the token budget is within its own. Loaded by env-configs.ts only when some
// config file is there to check.
import { z } from 'zod'
import type { EnvironmentPolicy } from '../config/schema.js'
import type { CheckLocation } from '../report/report.js'
import { apiKeyOf, ENV_CONFIG_KEYS, isRecord, type EnvConfigFile } from './env-config-files.js'
import { looksLikeKey } from './key-shape.js'

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
