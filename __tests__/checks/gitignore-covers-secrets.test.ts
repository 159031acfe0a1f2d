import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gitignoreCoversSecrets } from '../../src/checks/gitignore-covers-secrets.js'
import { makeRepo } from '../helpers/repo.js'
import { COMPLIANT_FILES, compliantRepo, runCheck } from './check-helpers.js'

const ALL_LINES = '`.env`, `.env.local`, `.env.*.local`, `*.pem`, `*.key`, `secrets/`'

describe('gitignore-covers-secrets', () => {
  it('passes when the .gitignore covers every secret file, at the root and in subfolders', async () => {
    const repo = compliantRepo()
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row).toMatchObject({ id: 'gitignore-covers-secrets', status: 'pass', locations: [] })
    } finally {
      repo.remove()
    }
  })

  it('lists exactly the lines to add when there is no .gitignore', async () => {
    const repo = compliantRepo({}, ['.gitignore'])
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe(`Add these lines to .gitignore: ${ALL_LINES}.`)
      expect(row.locations).toEqual([])
    } finally {
      repo.remove()
    }
  })

  it('counts a pattern covering the root only as missing in subfolders', async () => {
    const gitignore = ['/.env', '.env.local', '.env.*.local', '*.pem', '*.key', 'secrets/', ''].join('\n')
    const repo = compliantRepo({ '.gitignore': gitignore })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe('Add these lines to .gitignore: `.env`.')
      expect(row.locations).toEqual([{ file: '.gitignore', line: 6 }])
    } finally {
      repo.remove()
    }
  })

  it('fails on a negated line in the root .gitignore and points at it', async () => {
    const gitignore = ['.env*', '!.env.local', '*.pem', '*.key', 'secrets/', ''].join('\n')
    const repo = compliantRepo({ '.gitignore': gitignore })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain('Add these lines to .gitignore: `.env.local`')
      expect(row.message).toContain("'!.env.local' on line 2")
      expect(row.locations).toEqual(expect.arrayContaining([{ file: '.gitignore', line: 2 }]))
    } finally {
      repo.remove()
    }
  })

  it('fails on a nested .gitignore that un-ignores a secret file, which no root line can fix', async () => {
    const repo = compliantRepo({ 'packages/api/.gitignore': 'dist/\n!.env\n' })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe(
        "Remove packages/api/.gitignore:2 '!.env' (un-ignores packages/api/.env): a nested .gitignore wins over the root one.",
      )
      expect(row.locations).toEqual([{ file: 'packages/api/.gitignore', line: 2 }])
    } finally {
      repo.remove()
    }
  })

  it('does not count a nested .gitignore as covering the root or other folders', async () => {
    const gitignore = ['.env', '.env.local', '.env.*.local', '*.key', 'secrets/', ''].join('\n')
    const repo = compliantRepo({ '.gitignore': gitignore, 'certs/.gitignore': '*.pem\n' })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe('Add these lines to .gitignore: `*.pem`.')
    } finally {
      repo.remove()
    }
  })

  it("does not count .git/info/exclude or a developer's global excludes file", async () => {
    const gitignore = ['.env', '.env.local', '.env.*.local', 'secrets/', ''].join('\n')
    const repo = compliantRepo({ '.gitignore': gitignore })
    const globalExcludes = path.join(repo.dir, '..', `${path.basename(repo.dir)}-global-excludes`)
    const globalConfig = path.join(tmpdir(), `${path.basename(repo.dir)}-gitconfig`)
    writeFileSync(globalExcludes, '*.pem\n')
    writeFileSync(globalConfig, `[core]\n\texcludesFile = ${globalExcludes}\n`)
    writeFileSync(path.join(repo.dir, '.git', 'info', 'exclude'), '*.key\n')
    const saved = process.env.GIT_CONFIG_GLOBAL
    process.env.GIT_CONFIG_GLOBAL = globalConfig
    try {
      // git itself honours both here:
      expect(repo.git('-c', `core.excludesFile=${globalExcludes}`, 'check-ignore', '--no-index', 'a.pem', 'a.key')).toBe('a.pem\na.key\n')
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain('Add these lines to .gitignore: `*.pem`, `*.key`')
      expect(row.message).toContain('on this machine only')
    } finally {
      if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL
      else process.env.GIT_CONFIG_GLOBAL = saved
      rmSync(globalExcludes, { force: true })
      rmSync(globalConfig, { force: true })
      repo.remove()
    }
  })

  it('probes the extra paths of gitignore.probes', async () => {
    const repo = compliantRepo()
    try {
      const config = 'gitignore:\n  probes: ["credentials.json", "config/service-account.json", "*.p12", "private/"]\n'
      const row = await runCheck(gitignoreCoversSecrets, repo, { config })
      expect(row.status).toBe('fail')
      expect(row.message).toBe(
        'Add these lines to .gitignore: `credentials.json`, `config/service-account.json`, `*.p12`, `private/`.',
      )
      repo.write('.gitignore', `${COMPLIANT_FILES['.gitignore']}credentials.json\nconfig/service-account.json\n*.p12\nprivate/\n`)
      expect((await runCheck(gitignoreCoversSecrets, repo, { config })).status).toBe('pass')
    } finally {
      repo.remove()
    }
  })

  it('handles folders with odd names that hold their own .gitignore', async () => {
    const repo = compliantRepo({ 'dir with spaces/ünï "q"/.gitignore': 'build/\n', 'tab\tdir/.gitignore': '!*.key\n' })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('fail')
      expect(row.locations).toEqual([{ file: 'tab\tdir/.gitignore', line: 1 }])
    } finally {
      repo.remove()
    }
  })

  it('skips a bare repository, which has no working tree', async () => {
    const repo = makeRepo({ bare: true })
    try {
      const row = await runCheck(gitignoreCoversSecrets, repo)
      expect(row.status).toBe('skip')
      expect(row.message).toMatch(/bare repository/)
    } finally {
      repo.remove()
    }
  })
})
