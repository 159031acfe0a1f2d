import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UsageError } from '../../src/config/config-error.js'
import { loadConfig, parseConfig } from '../../src/config/load-config.js'
import { DEFAULT_CONFIG as defaultConfig, loadConfigIfAny } from '../../src/config/config-file.js'
import { configSchema } from '../../src/config/schema.js'

const FILE = '.mistral-guard.yml'

/** The UsageError message parseConfig throws for `text` (fails the test if it does not throw one). */
function errorOf(text: string, file = FILE): string {
  try {
    parseConfig(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('loadConfig / parseConfig', () => {
  it('accepts the README example and applies defaults for what is left out', () => {
    const config = parseConfig(
      [
        'allow:',
        '  paths: ["docs/examples/**"]',
        'environments:',
        '  development:',
        '    allowedModels: [mistral-small-latest, mistral-large-latest]',
        '    maxTokensPerRequest: 1000',
        '  production:',
        '    allowedModels: [mistral-small-latest]',
        '    maxTokensPerRequest: 4000',
        'envConfigs:',
        '  - "config/environments/*.json"',
        'env:',
        '  MISTRAL_API_KEY: { required: true, secret: true }',
        '  NODE_ENV: { enum: [development, staging, production] }',
        'envTemplates: [".env.example", "**/.env.*.example"]',
        'gitignore:',
        '  probes: []',
      ].join('\n'),
      FILE,
    )
    expect(config.allow).toEqual({ paths: ['docs/examples/**'], fingerprints: [] })
    expect(config.environments?.production).toEqual({ allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 4000 })
    expect(config.env?.NODE_ENV).toEqual({ enum: ['development', 'staging', 'production'] })
    expect(parseConfig('', FILE)).toEqual(defaultConfig)
    expect(parseConfig('# only a comment\n', FILE)).toEqual(defaultConfig)
  })

  it('names the file, the line and the problem for malformed YAML', () => {
    const message = errorOf('environments:\n  production:\n    allowedModels: [mistral-small-latest\n', 'ci/guard.yml')
    expect(message).toMatch(/^Config file 'ci\/guard\.yml' is not valid YAML \(line \d+, column \d+\): /)
    expect(errorOf('envTemplates: [a]\nenvTemplates: [b]\n')).toMatch(/is not valid YAML \(line 2, column 1\): Map keys must be unique/)
  })

  it('names the unknown key, where it is and the keys expected there', () => {
    expect(errorOf('enviroments: {}\n')).toBe(
      `Config file '${FILE}' is invalid:\n  field '(top level)': unknown key 'enviroments': expected one of allow, ` +
        'environments, envConfigs, env, envTemplates, gitignore',
    )
    expect(errorOf('environments:\n  production:\n    allowedModels: []\n    maxTokensPerRequest: 1\n    maxTokens: 2\n')).toBe(
      `Config file '${FILE}' is invalid:\n  field 'environments.production': unknown key 'maxTokens': expected one of ` +
        'allowedModels, maxTokensPerRequest',
    )
    expect(errorOf('env:\n  MISTRAL_API_KEY: { requried: true }\n')).toContain(
      "field 'env.MISTRAL_API_KEY': unknown key 'requried': expected one of required, secret, enum",
    )
    expect(errorOf('gitignore:\n  probe: [x]\n')).toContain("field 'gitignore': unknown key 'probe': expected one of probes")
  })

  it('names the field and the expected type for wrong types', () => {
    const message = errorOf(
      [
        'environments:',
        '  production:',
        '    allowedModels: mistral-small-latest',
        '    maxTokensPerRequest: 4000.5',
        'envConfigs: config/environments/*.json',
        'env:',
        '  NODE_ENV: { enum: [] }',
      ].join('\n'),
    )
    expect(message).toContain(`Config file '${FILE}' is invalid:`)
    expect(message).toContain("field 'environments.production.allowedModels': Invalid input: expected array, received string")
    expect(message).toContain("field 'environments.production.maxTokensPerRequest': Invalid input: expected int, received number")
    expect(message).toContain("field 'envConfigs': Invalid input: expected array, received string")
    expect(message).toContain("field 'env.NODE_ENV.enum'")
    expect(errorOf('environments:\n  production: { allowedModels: [], maxTokensPerRequest: 0 }\n')).toContain(
      "field 'environments.production.maxTokensPerRequest': Too small: expected number to be >0",
    )
  })

  it('names the field and what is expected for bad names and probes', () => {
    expect(errorOf('env:\n  bad-name: { required: true }\n')).toContain(
      "field 'env.bad-name': expected a variable name (letters, digits, _)",
    )
    expect(errorOf('environments:\n  "prod/eu": { allowedModels: [], maxTokensPerRequest: 1 }\n')).toContain(
      "field 'environments.prod/eu': expected an environment name",
    )
    const probes = errorOf('gitignore:\n  probes: ["/abs.json", "../outside", "!negated"]\n')
    expect(probes).toContain("field 'gitignore.probes[0]': expected a path relative to the repository root")
    expect(probes).toContain("field 'gitignore.probes[1]': expected a path inside the repository")
    expect(probes).toContain("field 'gitignore.probes[2]': expected a path relative to the repository root")
  })

  it('names the glob field, its index and what is expected for a bad glob', () => {
    expect(errorOf('envConfigs: ["config/*.json", "config/[env.json"]\n')).toBe(
      `Config file '${FILE}': field 'envConfigs[1]' is not a valid glob ('config/[env.json'): expected balanced [ ] and { } brackets.`,
    )
    expect(errorOf('envTemplates: ["/abs/.env.example"]\n')).toContain(
      "field 'envTemplates[0]' is not a valid glob ('/abs/.env.example'): expected a path relative to the repository root",
    )
    expect(errorOf('allow:\n  paths: ["../elsewhere/**"]\n')).toContain("field 'allow.paths[0]'")
  })

  it('reads the file from disk, and names a missing explicit one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-config-'))
    try {
      expect(loadConfig(dir)).toEqual({ config: defaultConfig, file: null })
      writeFileSync(path.join(dir, FILE), 'envTemplates: [".env.example"]\n')
      expect(loadConfig(dir)).toEqual({ config: { ...defaultConfig, envTemplates: ['.env.example'] }, file: FILE })
      expect(() => loadConfig(dir, 'ci/missing.yml')).toThrow(new UsageError("Config file 'ci/missing.yml' does not exist."))
      writeFileSync(path.join(dir, 'other.yml'), 'envTemplates: 3\n')
      expect(() => loadConfig(dir, 'other.yml')).toThrow(/Config file 'other\.yml' is invalid:\n {2}field 'envTemplates'/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('gives a repository without a file the schema defaults, without the parser', async () => {
    // Written out in config-file.ts so that such a run never loads yaml and zod: it must stay what zod gives.
    expect(defaultConfig).toEqual(configSchema.parse({}))
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-config-'))
    try {
      await expect(loadConfigIfAny(dir)).resolves.toEqual({ config: defaultConfig, file: null })
      await expect(loadConfigIfAny(dir, 'ci/missing.yml')).rejects.toThrow(
        new UsageError("Config file 'ci/missing.yml' does not exist."),
      )
      writeFileSync(path.join(dir, FILE), 'allow:\n  paths: ["docs/**"]\n')
      await expect(loadConfigIfAny(dir)).resolves.toEqual(loadConfig(dir))
      expect(loadConfig(dir).config.allow.paths).toEqual(['docs/**'])
      writeFileSync(path.join(dir, FILE), 'allow: [\n')
      await expect(loadConfigIfAny(dir)).rejects.toThrow(/is not valid YAML/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
