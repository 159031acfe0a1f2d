// Runs one check (or the whole checklist) on a real repository the test built.
import type { Check, CheckRun } from '../../src/checks/check.js'
import { openCheckRun } from '../../src/checks/check-run.js'
import { runChecks } from '../../src/checks/run-checks.js'
import { parseConfig } from '../../src/config/load-config.js'
import { DEFAULT_CONFIG as defaultConfig } from '../../src/config/config-file.js'
import type { CheckResult, Finding, Mode } from '../../src/report/report.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'

export interface RunOptions {
  mode?: Mode
  /** `.mistral-guard.yml` text; the defaults when absent. */
  config?: string
  findings?: Finding[]
}

function contextOf(repo: TestRepo, options: RunOptions) {
  return {
    root: repo.dir,
    mode: options.mode ?? 'tree',
    config: options.config === undefined ? defaultConfig : parseConfig(options.config, '.mistral-guard.yml'),
    configFile: options.config === undefined ? null : '.mistral-guard.yml',
    findings: options.findings ?? [],
  }
}

/** What the checks of one run share, opened on the repository the test built. */
export function openRun(repo: TestRepo, options: RunOptions = {}): Promise<CheckRun> {
  return openCheckRun(contextOf(repo, options))
}

export async function runCheck(check: Check, repo: TestRepo, options: RunOptions = {}): Promise<CheckResult> {
  return check(await openRun(repo, options))
}

export async function runAll(repo: TestRepo, options: RunOptions = {}): Promise<CheckResult[]> {
  return runChecks(contextOf(repo, options))
}

/** The files of a repository that follows the whole checklist. Tests start from it and break one thing. */
export const COMPLIANT_FILES: Record<string, string> = {
  '.gitignore': ['node_modules/', '.env', '.env.local', '.env.*.local', '*.pem', '*.key', 'secrets/', ''].join('\n'),
  '.env.example': ['# Copy to .env and fill in.', 'MISTRAL_API_KEY=', 'NODE_ENV=development', ''].join('\n'),
  'src/env.ts': [
    "import { z } from 'zod'",
    '',
    'export const env = z',
    '  .object({',
    '    MISTRAL_API_KEY: z.string().min(32),',
    "    NODE_ENV: z.enum(['development', 'staging', 'production']),",
    '  })',
    '  .parse(process.env)',
    '',
  ].join('\n'),
  'src/client.ts': [
    "import { Mistral } from '@mistralai/mistralai'",
    "import { env } from './env.js'",
    '',
    "export const client = new Mistral({ apiKey: env.MISTRAL_API_KEY, serverURL: 'https://api.mistral.ai' })",
    "console.log('Mistral client ready; key set:', !!env.MISTRAL_API_KEY)",
    "if (!env.MISTRAL_API_KEY) console.error('Set MISTRAL_API_KEY in your .env first')",
    '',
  ].join('\n'),
  'config/environments/development.json': JSON.stringify(
    { apiKey: '${MISTRAL_API_KEY_DEV}', allowedModels: ['mistral-small-latest', 'mistral-large-latest'], maxTokensPerRequest: 1000 },
    null,
    2,
  ),
  'config/environments/staging.yaml': [
    'apiKey: env:MISTRAL_API_KEY_STAGING',
    'allowedModels:',
    '  - mistral-small-latest',
    'maxTokensPerRequest: 2000',
    'temperature: 0.2',
    '',
  ].join('\n'),
  'config/environments/production.json': JSON.stringify(
    { apiKey: '${MISTRAL_API_KEY_PROD}', allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 4000 },
    null,
    2,
  ),
  'scripts/dev-server.py': [
    'import os',
    '',
    '# A local proxy for tests: plain HTTP on loopback is fine.',
    'MISTRAL_SERVER_URL = "http://127.0.0.1:8080"',
    'if not os.getenv("MISTRAL_API_KEY"):',
    '    print("MISTRAL_API_KEY is not set")',
    '',
  ].join('\n'),
  'README.md': '# demo\n\nCalls https://api.mistral.ai with a key from the environment.\n',
}

/** A repository with the compliant files (minus `omit`, plus `extra`), committed. */
export function compliantRepo(extra: Record<string, string | Buffer> = {}, omit: string[] = []): TestRepo {
  const repo = makeRepo({ prefix: 'mg-checks-' })
  for (const [file, content] of Object.entries(COMPLIANT_FILES)) if (!omit.includes(file)) repo.write(file, content)
  for (const [file, content] of Object.entries(extra)) repo.write(file, content)
  repo.commit('compliant')
  return repo
}
