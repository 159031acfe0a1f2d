import { noTrackedSecretFiles } from '../../src/checks/no-tracked-secret-files.js'
import { compliantRepo, runAll, runCheck } from './check-helpers.js'

describe('no-tracked-secret-files', () => {
  it('passes when only templates are tracked', async () => {
    const repo = compliantRepo({
      '.env.sample': 'MISTRAL_API_KEY=\n',
      'deploy/.env.production.template': 'MISTRAL_API_KEY=\n',
      '.envrc': 'dotenv\n',
      'docs/secrets-handling.md': '# How we handle secrets\n',
    })
    try {
      const row = await runCheck(noTrackedSecretFiles, repo)
      expect(row).toMatchObject({ id: 'no-tracked-secret-files', status: 'pass' })
    } finally {
      repo.remove()
    }
  })

  it('fails on a tracked .pem, force-added past the .gitignore', async () => {
    const repo = compliantRepo()
    try {
      repo.write('certs/server.pem', '-----BEGIN CERTIFICATE-----\n')
      repo.git('add', '-f', 'certs/server.pem')
      repo.commit('add a certificate')
      const row = await runCheck(noTrackedSecretFiles, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain('1 secret file tracked (certs/server.pem)')
      expect(row.message).toContain('git rm --cached')
      expect(row.locations).toEqual([{ file: 'certs/server.pem', line: 1 }])
    } finally {
      repo.remove()
    }
  })

  it('fails on tracked .env files, *.key files and anything in a secrets/ folder, odd names included', async () => {
    const repo = compliantRepo({}, ['.gitignore'])
    try {
      const files = ['.env', 'api/.env.local', 'api/.env.production', 'keys/signing.key', 'ops/secrets/token.txt', 'new\nline.pem']
      for (const file of files) repo.write(file, 'x\n')
      repo.commit('secrets')
      const row = await runCheck(noTrackedSecretFiles, repo)
      expect(row.status).toBe('fail')
      expect(row.locations.map((location) => location.file).sort()).toEqual([...files].sort())
      // The message stays on one line however odd the names.
      expect(row.message).not.toContain('\n')
      expect(row.message).toContain('new\\nline.pem')
    } finally {
      repo.remove()
    }
  })

  it('counts the staged files in staged mode', async () => {
    const repo = compliantRepo()
    try {
      repo.write('server.key', 'x\n')
      repo.git('add', '-f', 'server.key')
      const row = await runCheck(noTrackedSecretFiles, repo, { mode: 'staged' })
      expect(row.status).toBe('fail')
      expect(row.locations).toEqual([{ file: 'server.key', line: 1 }])
    } finally {
      repo.remove()
    }
  })

  it('exempts files under allow.paths and files matched by envTemplates', async () => {
    const repo = compliantRepo()
    try {
      repo.write('test/fixtures/tls/test.pem', 'x\n')
      repo.write('deploy/.env.prod-skeleton', 'MISTRAL_API_KEY=\n')
      repo.git('add', '-f', '.')
      repo.commit('fixtures')
      const config = 'allow:\n  paths: ["test/fixtures/**"]\nenvTemplates: ["deploy/.env.prod-skeleton"]\n'
      expect((await runCheck(noTrackedSecretFiles, repo, { config })).status).toBe('pass')
      expect((await runCheck(noTrackedSecretFiles, repo)).status).toBe('fail')
    } finally {
      repo.remove()
    }
  })

  it('in history mode, also fails on secret files committed in the past and since removed', async () => {
    const repo = compliantRepo()
    try {
      repo.write('old/.env', 'MISTRAL_API_KEY=\n')
      repo.git('add', '-f', 'old/.env')
      const added = repo.commit('oops')
      repo.git('rm', '-q', '--cached', 'old/.env')
      repo.commit('remove it')
      expect((await runCheck(noTrackedSecretFiles, repo)).status).toBe('pass')
      const row = await runCheck(noTrackedSecretFiles, repo, { mode: 'history' })
      expect(row.status).toBe('fail')
      expect(row.message).toContain(`old/.env in ${added.slice(0, 7)}`)
      expect(row.message).toContain('git filter-repo')
      expect(row.locations).toEqual([{ file: 'old/.env', line: 1 }])
      // The whole checklist starts asking git for it at once (a history scan of a range or dates does not tell
      // it): the same row.
      const rows = await runAll(repo, { mode: 'history' })
      expect(rows.find((other) => other.id === row.id)).toEqual(row)
    } finally {
      repo.remove()
    }
  })
})
