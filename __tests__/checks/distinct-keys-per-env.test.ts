import { distinctKeysPerEnv } from '../../src/checks/distinct-keys-per-env.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { compliantRepo, runCheck } from './check-helpers.js'

const DIR = 'config/environments'

describe('distinct-keys-per-env', () => {
  it('passes when each environment references its own variable', async () => {
    const repo = compliantRepo()
    try {
      const row = await runCheck(distinctKeysPerEnv, repo)
      expect(row).toMatchObject({ id: 'distinct-keys-per-env', status: 'pass' })
      expect(row.message).toBe('development, production, staging each use their own key.')
    } finally {
      repo.remove()
    }
  })

  it('fails when two environments share one key variable, whatever the reference syntax', async () => {
    const repo = compliantRepo({ [`${DIR}/staging.yaml`]: 'allowedModels: [mistral-small-latest]\napiKey: env:MISTRAL_API_KEY_PROD\nmaxTokensPerRequest: 10\n' })
    try {
      const row = await runCheck(distinctKeysPerEnv, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toMatch(/^production, staging share variable MISTRAL_API_KEY_PROD: give each environment its own key/)
      expect(row.locations).toEqual([
        { file: `${DIR}/production.json`, line: 2 },
        { file: `${DIR}/staging.yaml`, line: 2 },
      ])
    } finally {
      repo.remove()
    }
  })

  it('fails when two environments hold the same literal key, without revealing it', async () => {
    const key = fakeKey(33)
    const repo = compliantRepo({
      [`${DIR}/development.json`]: JSON.stringify({ apiKey: key, allowedModels: [], maxTokensPerRequest: 1 }),
      [`${DIR}/production.json`]: JSON.stringify({ apiKey: ` ${key}`, allowedModels: [], maxTokensPerRequest: 1 }),
    })
    try {
      const row = await runCheck(distinctKeysPerEnv, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toMatch(/^development, production share the same literal key/)
      expectNoKey(JSON.stringify(row), [key], 'distinct-keys row')
    } finally {
      repo.remove()
    }
  })

  it('skips when fewer than two environments name a key', async () => {
    const repo = compliantRepo({}, [`${DIR}/development.json`, `${DIR}/staging.yaml`])
    try {
      const row = await runCheck(distinctKeysPerEnv, repo)
      expect(row.status).toBe('skip')
      expect(row.message).toMatch(/^Fewer than two per-environment configs name a key \(1 found\)/)
    } finally {
      repo.remove()
    }
  })
})
