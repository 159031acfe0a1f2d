import { CHECK_IDS } from '../../src/checks/run-checks.js'
import type { Finding } from '../../src/report/report.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo } from '../helpers/repo.js'
import { compliantRepo, runAll } from './check-helpers.js'

describe('runChecks', () => {
  it('gives a repository that follows the whole checklist no fail and no warn', async () => {
    const repo = compliantRepo()
    try {
      const results = await runAll(repo)
      expect(results.map((row) => row.id)).toEqual(CHECK_IDS)
      const bad = results.filter((row) => row.status === 'fail' || row.status === 'warn')
      expect(bad).toEqual([])
      const automated = results.filter((row) => !row.id.startsWith('manual-'))
      expect(automated.map((row) => [row.id, row.status])).toEqual(automated.map((row) => [row.id, 'pass']))
    } finally {
      repo.remove()
    }
  })

  it('shows the items no static check can prove as manual rows with a hint', async () => {
    const repo = compliantRepo()
    try {
      const manual = (await runAll(repo)).filter((row) => row.status === 'manual')
      expect(manual.map((row) => row.id)).toEqual([
        'manual-key-rotation',
        'manual-rate-limiting',
        'manual-audit-logging',
        'manual-output-sanitisation',
      ])
      for (const row of manual) {
        expect(row.message.length).toBeGreaterThan(20)
        expect(row.message).not.toContain('\n')
      }
    } finally {
      repo.remove()
    }
  })

  it('skips, with a reason, the checks that have nothing to look at in an empty repository', async () => {
    const repo = makeRepo()
    try {
      const results = await runAll(repo)
      const status = Object.fromEntries(results.map((row) => [row.id, row.status]))
      expect(status).toMatchObject({
        'no-leaked-keys': 'pass',
        'gitignore-covers-secrets': 'fail',
        'no-tracked-secret-files': 'pass',
        'env-schema': 'skip',
        'env-configs': 'skip',
        'distinct-keys-per-env': 'skip',
        'https-only': 'skip',
        'key-not-logged': 'skip',
      })
      for (const row of results.filter((r) => r.status === 'skip')) expect(row.message).toMatch(/\w+ \w+/)
    } finally {
      repo.remove()
    }
  })

  it('never writes a key into any row, however many checks see it', async () => {
    const key = fakeKey(41)
    const repo = compliantRepo({
      '.env.example': `MISTRAL_API_KEY=${key}\nNODE_ENV=${key}\n`,
      'config/environments/production.json': JSON.stringify({
        apiKey: key,
        allowedModels: [key],
        maxTokensPerRequest: 4000,
      }),
      'src/leak.ts': `console.log('${key}', process.env.MISTRAL_API_KEY)\n`,
    })
    try {
      const finding: Finding = {
        ruleId: 'mistral-api-key',
        file: '.env.example',
        line: 1,
        column: 17,
        commit: null,
        author: null,
        date: null,
        fingerprint: 'f'.repeat(64),
        redacted: `${key.slice(0, 4)}…(32)`,
        severity: 'high',
        inHead: true,
        verification: 'skipped',
      }
      const results = await runAll(repo, { findings: [finding] })
      expectNoKey(JSON.stringify(results), [key], 'check results')
      const status = Object.fromEntries(results.map((row) => [row.id, row.status]))
      expect(status).toMatchObject({
        'no-leaked-keys': 'fail',
        'env-schema': 'fail',
        'env-configs': 'fail',
        'key-not-logged': 'warn',
      })
    } finally {
      repo.remove()
    }
  })
})
