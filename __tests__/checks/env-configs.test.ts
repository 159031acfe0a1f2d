import { envConfigs } from '../../src/checks/env-configs.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { compliantRepo, runCheck } from './check-helpers.js'

const DIR = 'config/environments'

describe('env-configs', () => {
  it('passes on JSON and YAML configs within the default policy', async () => {
    const repo = compliantRepo()
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row).toMatchObject({ id: 'env-configs', status: 'pass', locations: [] })
      expect(row.message).toBe(
        '3 environment configs (development, production, staging) follow the policy (the checklist defaults).',
      )
    } finally {
      repo.remove()
    }
  })

  it('fails on a literal apiKey in JSON, at its line, without quoting it', async () => {
    const key = fakeKey(21)
    const json = `{\n  "allowedModels": ["mistral-small-latest"],\n  "apiKey": "${key}",\n  "maxTokensPerRequest": 4000\n}\n`
    const repo = compliantRepo({ [`${DIR}/production.json`]: json })
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain(`${DIR}/production.json:3 apiKey holds a literal value: reference a variable instead`)
      expect(row.locations).toEqual([{ file: `${DIR}/production.json`, line: 3 }])
      expectNoKey(JSON.stringify(row), [key], 'env-configs row')
    } finally {
      repo.remove()
    }
  })

  it('fails on a model the environment may not use, at the line of that model, in YAML', async () => {
    const yaml = [
      'apiKey: ${MISTRAL_API_KEY_STAGING}',
      'allowedModels:',
      '  - mistral-small-latest',
      '  - codestral-latest',
      'maxTokensPerRequest: 2000',
      '',
    ].join('\n')
    const repo = compliantRepo({ [`${DIR}/staging.yaml`]: yaml })
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe(
        `1 violation: ${DIR}/staging.yaml:4 model codestral-latest is not allowed in staging ` +
          '(allowed: mistral-small-latest, mistral-large-latest).',
      )
      expect(row.locations).toEqual([{ file: `${DIR}/staging.yaml`, line: 4 }])
    } finally {
      repo.remove()
    }
  })

  it('fails on a token budget above the policy, or not a positive integer', async () => {
    const repo = compliantRepo({
      [`${DIR}/development.json`]: JSON.stringify(
        { apiKey: '${MISTRAL_API_KEY_DEV}', allowedModels: ['mistral-small-latest'], maxTokensPerRequest: 1001 },
        null,
        2,
      ),
      [`${DIR}/staging.yaml`]: 'apiKey: env:MISTRAL_API_KEY_STAGING\nallowedModels: []\nmaxTokensPerRequest: -5\n',
      [`${DIR}/production.json`]: '{"apiKey": "${MISTRAL_API_KEY_PROD}", "allowedModels": [], "maxTokensPerRequest": "4000"}',
    })
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain(`${DIR}/development.json:6 maxTokensPerRequest 1001 exceeds 1000, the most development may ask for`)
      expect(row.message).toContain(`${DIR}/staging.yaml:3 maxTokensPerRequest: expected a positive integer`)
      expect(row.message).toContain(`${DIR}/production.json:1 maxTokensPerRequest: expected number`)
      expect(row.locations).toEqual([
        { file: `${DIR}/development.json`, line: 6 },
        { file: `${DIR}/production.json`, line: 1 },
        { file: `${DIR}/staging.yaml`, line: 3 },
      ])
    } finally {
      repo.remove()
    }
  })

  it('fails on a config for an environment the policy does not know, and on missing fields', async () => {
    const repo = compliantRepo({
      [`${DIR}/qa.json`]: '{"apiKey": "${MISTRAL_API_KEY_QA}", "allowedModels": [], "maxTokensPerRequest": 10}',
      [`${DIR}/production.json`]: '{\n  "apiKey": "${MISTRAL_API_KEY_PROD}"\n}\n',
    })
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain(`${DIR}/production.json has no allowedModels`)
      expect(row.message).toContain(`${DIR}/production.json has no maxTokensPerRequest`)
      expect(row.message).toContain(
        `${DIR}/qa.json is for environment 'qa', which the policy does not know (development, staging, production): ` +
          'add it under environments in .mistral-guard.yml or rename the file',
      )
    } finally {
      repo.remove()
    }
  })

  it('fails on a file that is not valid JSON or YAML, at the line of the error', async () => {
    const repo = compliantRepo({ [`${DIR}/production.json`]: '{\n  "apiKey": "${X}",,\n  "allowedModels": []\n}\n' })
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toMatch(/production\.json:2 is not valid JSON or YAML \(/)
      expect(row.locations).toEqual([{ file: `${DIR}/production.json`, line: 2 }])
    } finally {
      repo.remove()
    }
  })

  it("applies the config's environments and envConfigs instead of the defaults", async () => {
    const config = [
      'environments:',
      '  preview:',
      '    allowedModels: [mistral-small-latest]',
      '    maxTokensPerRequest: 500',
      '  live:',
      '    allowedModels: [mistral-small-latest, mistral-medium-latest]',
      '    maxTokensPerRequest: 8000',
      'envConfigs: ["deploy/*.json", "deploy/*.yml"]',
    ].join('\n')
    const repo = compliantRepo({
      'deploy/preview.yml': 'apiKey: env:KEY_PREVIEW\nallowedModels: [mistral-small-latest]\nmaxTokensPerRequest: 500\n',
      'deploy/live.json': '{"apiKey": "${KEY_LIVE}", "allowedModels": ["mistral-medium-latest"], "maxTokensPerRequest": 8000}',
    })
    try {
      const row = await runCheck(envConfigs, repo, { config })
      expect(row.status).toBe('pass')
      expect(row.message).toBe('2 environment configs (live, preview) follow the policy.')
      repo.write('deploy/production.json', '{"apiKey": "${KEY_PROD}", "allowedModels": [], "maxTokensPerRequest": 1}')
      const unknown = await runCheck(envConfigs, repo, { config })
      expect(unknown.status).toBe('fail')
      expect(unknown.message).toContain("deploy/production.json is for environment 'production', which the policy does not know (preview, live)")
    } finally {
      repo.remove()
    }
  })

  it('skips, saying why, when no config file matches', async () => {
    const repo = compliantRepo({}, [`${DIR}/development.json`, `${DIR}/staging.yaml`, `${DIR}/production.json`])
    try {
      const row = await runCheck(envConfigs, repo)
      expect(row.status).toBe('skip')
      expect(row.message).toBe(
        'No per-environment config file matches config/environments/*.{json,yaml,yml} (the default; set envConfigs in .mistral-guard.yml to point at yours).',
      )
    } finally {
      repo.remove()
    }
  })

  it('passes over unrelated files under the default globs, but not under explicit ones', async () => {
    const repo = compliantRepo({ [`${DIR}/test.json`]: '{"database": "sqlite"}' })
    try {
      expect((await runCheck(envConfigs, repo)).status).toBe('pass')
      const row = await runCheck(envConfigs, repo, { config: 'envConfigs: ["config/environments/*.json"]' })
      expect(row.status).toBe('fail')
      expect(row.message).toContain("environment 'test'")
    } finally {
      repo.remove()
    }
  })
})
