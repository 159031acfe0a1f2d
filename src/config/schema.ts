// `.mistral-guard.yml`: one zod schema for the whole file, so every field is checked the same way and
// the published JSON Schema (dist/mistral-guard.schema.json) is generated from it, never hand-kept.
//
// The policy sections (environments, envConfigs, env, envTemplates, gitignore) are optional: a section left
// out takes the checklist's default (src/checks/policy.ts), a section given replaces that default whole.
//   environments  development and staging: mistral-small-latest + mistral-large-latest, 1000 / 2000 tokens;
//                 production: mistral-small-latest, 4000 tokens
//   envConfigs    config/environments/*.{json,yaml,yml} (only files with apiKey/allowedModels/maxTokensPerRequest)
//   env           MISTRAL_API_KEY required and secret; NODE_ENV one of development, staging, production
//   envTemplates  none beyond env files named *.example, *.sample, *.template, which always count
//   gitignore     probes: none beyond .env, .env.local, .env.*.local, *.pem, *.key, secrets/
import { z } from 'zod'

/** A strict object whose unknown keys are reported with the keys that are allowed there. */
function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: expected one of ${known}`
        : undefined,
  })
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const envVariable = strictObject({
  required: z.boolean().optional().describe('The variable must be declared in every env template.'),
  secret: z
    .boolean()
    .optional()
    .describe('Templates must leave it empty or hold a placeholder, never a key-shaped value.'),
  enum: z.array(z.string()).nonempty().optional().describe('The values the variable may take.'),
})

const environmentPolicy = strictObject({
  allowedModels: z.array(z.string().min(1)).describe('Models this environment may call.'),
  maxTokensPerRequest: z.number().int().positive().describe('Largest max_tokens one request may ask for.'),
})

const probe = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith('/') && !value.startsWith('!'), {
    message: 'expected a path relative to the repository root, without a leading / or !',
  })
  .refine((value) => !value.split('/').includes('..') && !/[\r\n]/.test(value), {
    message: 'expected a path inside the repository, on one line',
  })

export const configSchema = strictObject({
  allow: strictObject({
    paths: z.array(z.string().min(1)).default([]).describe('minimatch globs of files never scanned for keys.'),
    fingerprints: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint'))
      .default([])
      .describe('Findings to ignore, by fingerprint.'),
  }).default({ paths: [], fingerprints: [] }),
  environments: z
    .record(
      z.string().regex(ENVIRONMENT_NAME, 'expected an environment name (letters, digits, . _ -), as in a file name'),
      environmentPolicy,
      { error: (issue) => (issue.code === 'invalid_key' ? 'expected an environment name (letters, digits, . _ -)' : undefined) },
    )
    .optional()
    .describe(
      'Per-environment policy, by environment name (the base name of its config file). Default: development and ' +
        'staging may use mistral-small-latest and mistral-large-latest with 1000 and 2000 tokens, production ' +
        'mistral-small-latest with 4000.',
    ),
  envConfigs: z
    .array(z.string().min(1))
    .optional()
    .describe(
      'minimatch globs of per-environment config files (JSON or YAML); the environment is the base name. ' +
        'Default: config/environments/*.{json,yaml,yml}.',
    ),
  env: z
    .record(
      z.string().regex(ENV_NAME, 'expected a variable name (letters, digits, _)'),
      envVariable,
      { error: (issue) => (issue.code === 'invalid_key' ? 'expected a variable name (letters, digits, _)' : undefined) },
    )
    .optional()
    .describe(
      'The env-variable schema templates are held to. Default: MISTRAL_API_KEY required and secret, NODE_ENV ' +
        'one of development, staging, production.',
    ),
  envTemplates: z
    .array(z.string().min(1))
    .optional()
    .describe('minimatch globs of committed env templates, besides env files named *.example, *.sample, *.template.'),
  gitignore: strictObject({
    probes: z
      .array(probe)
      .default([])
      .describe(
        'Extra paths (a * stands for any name) that .gitignore must cover, besides .env, .env.local, ' +
          '.env.*.local, *.pem, *.key and secrets/.',
      ),
  }).optional(),
})

export type Config = z.infer<typeof configSchema>
export type EnvironmentPolicy = z.infer<typeof environmentPolicy>
export type EnvVariable = z.infer<typeof envVariable>
