// The policy the checks apply: the config's sections where given, else the Mistral security checklist's
// defaults. A section given in the config replaces its default entirely (no merging), so what a team
// writes is exactly what is enforced.
import { Minimatch } from 'minimatch'
import type { Config, EnvironmentPolicy, EnvVariable } from '../config/schema.js'

/** Development and staging may try the large model; production runs the small one, with a larger budget. */
export const DEFAULT_ENVIRONMENTS: Readonly<Record<string, EnvironmentPolicy>> = {
  development: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 1000 },
  staging: { allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 2000 },
  production: { allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 4000 },
}

/** The key is required and secret; NODE_ENV, when set, names a known environment. */
export const DEFAULT_ENV_SCHEMA: Readonly<Record<string, EnvVariable>> = {
  MISTRAL_API_KEY: { required: true, secret: true },
  NODE_ENV: { enum: ['development', 'staging', 'production'] },
}

/**
 * Where per-environment configs are looked for when `envConfigs` is not set. Under these defaults only files
 * that look like one (an `apiKey`, `allowedModels` or `maxTokensPerRequest` key) are held to the policy, so
 * an unrelated `config/environments/test.json` raises no false alarm; explicit globs hold every match.
 */
export const DEFAULT_ENV_CONFIG_GLOBS: readonly string[] = ['config/environments/*.{json,yaml,yml}']

export interface Policy {
  environments: Readonly<Record<string, EnvironmentPolicy>>
  environmentsFromConfig: boolean
  env: Readonly<Record<string, EnvVariable>>
  envConfigGlobs: readonly string[]
  envConfigGlobsFromConfig: boolean
  envTemplateGlobs: readonly string[]
  gitignoreProbes: readonly string[]
  /** minimatch globs of files the content checks pass over (`allow.paths`). */
  allowPaths: readonly string[]
}

export function policyOf(config: Config): Policy {
  return {
    environments: config.environments ?? DEFAULT_ENVIRONMENTS,
    environmentsFromConfig: config.environments !== undefined,
    env: config.env ?? DEFAULT_ENV_SCHEMA,
    envConfigGlobs: config.envConfigs ?? DEFAULT_ENV_CONFIG_GLOBS,
    envConfigGlobsFromConfig: config.envConfigs !== undefined,
    envTemplateGlobs: config.envTemplates ?? [],
    gitignoreProbes: config.gitignore?.probes ?? [],
    allowPaths: config.allow.paths,
  }
}

/** The variables whose values are secrets; the key variable when the schema marks none. */
export function secretVariables(policy: Policy): string[] {
  const secret = Object.entries(policy.env)
    .filter(([, variable]) => variable.secret)
    .map(([name]) => name)
  return secret.length > 0 ? secret : ['MISTRAL_API_KEY']
}

/** True for files `allow.paths` exempts: the content checks pass over them, as the key scan does. */
export function allowedPath(policy: Policy): (file: string) => boolean {
  const matchers = policy.allowPaths.map((glob) => new Minimatch(glob, { dot: true }))
  return (file) => matchers.some((matcher) => matcher.match(file))
}
