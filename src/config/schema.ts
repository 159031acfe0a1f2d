// `.mistral-guard.yml`: one zod schema for the whole file, so every field is checked the same way and
// the published JSON Schema (schema/mistral-guard.schema.json) is generated from it, never hand-kept.
import { z } from 'zod'

const envVariable = z
  .object({
    required: z.boolean().optional().describe('The variable must be declared in every env template.'),
    secret: z.boolean().optional().describe('Templates must hold a placeholder or nothing, never a value.'),
    enum: z.array(z.string()).nonempty().optional().describe('The values the variable may take.'),
  })
  .strict()

const environmentPolicy = z
  .object({
    allowedModels: z.array(z.string().min(1)).describe('Models this environment may call.'),
    maxTokensPerRequest: z.number().int().positive().describe('Largest max_tokens one request may ask for.'),
  })
  .strict()

export const configSchema = z
  .object({
    allow: z
      .object({
        paths: z.array(z.string().min(1)).default([]).describe('minimatch globs of files never scanned for keys.'),
        fingerprints: z
          .array(z.string().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint'))
          .default([])
          .describe('Findings to ignore, by fingerprint.'),
      })
      .strict()
      .default({ paths: [], fingerprints: [] }),
    environments: z.record(z.string(), environmentPolicy).optional().describe('Per-environment policy.'),
    envConfigs: z.array(z.string().min(1)).optional().describe('Globs of per-environment config files; the environment is the base name.'),
    env: z.record(z.string(), envVariable).optional().describe('The env-variable schema templates are held to.'),
    envTemplates: z.array(z.string().min(1)).optional().describe('Globs of committed env templates.'),
    gitignore: z
      .object({ probes: z.array(z.string().min(1)).default([]).describe('Extra paths that must be ignored.') })
      .strict()
      .optional(),
  })
  .strict()

export type Config = z.infer<typeof configSchema>
export type EnvironmentPolicy = z.infer<typeof environmentPolicy>
export type EnvVariable = z.infer<typeof envVariable>

export const defaultConfig: Config = configSchema.parse({})
