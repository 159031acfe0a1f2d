import { noLeakedKeys } from '../../src/checks/no-leaked-keys.js'
import type { Finding } from '../../src/report/report.js'
import { compliantRepo, runCheck } from './check-helpers.js'

function finding(file: string, line: number): Finding {
  return {
    ruleId: 'mistral-api-key',
    file,
    line,
    column: 1,
    commit: null,
    author: null,
    date: null,
    fingerprint: '0'.repeat(64),
    redacted: 'AbCd…(32)',
    severity: 'high',
    inHead: true,
    verification: 'skipped',
  }
}

describe('no-leaked-keys', () => {
  it('passes without findings', async () => {
    const repo = compliantRepo()
    try {
      const row = await runCheck(noLeakedKeys, repo)
      expect(row).toEqual({
        id: 'no-leaked-keys',
        title: 'No Mistral API key in the code',
        status: 'pass',
        message: 'No Mistral API key found in the files scanned.',
        locations: [],
      })
    } finally {
      repo.remove()
    }
  })

  it('fails with one location per finding and says what to do', async () => {
    const repo = compliantRepo()
    try {
      const findings = [finding('src/a.ts', 3), finding('src/a.ts', 3), finding('config/b.json', 1)]
      const row = await runCheck(noLeakedKeys, repo, { findings, mode: 'history' })
      expect(row.status).toBe('fail')
      expect(row.message).toBe(
        '3 leaked keys found in the history (src/a.ts, config/b.json): revoke each key in the Mistral console, load it ' +
          'from an environment variable instead and purge it from the history (git filter-repo), as every clone still holds it.',
      )
      expect(row.locations).toEqual([
        { file: 'src/a.ts', line: 3 },
        { file: 'config/b.json', line: 1 },
      ])
    } finally {
      repo.remove()
    }
  })
})
