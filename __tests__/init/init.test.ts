import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { gitignoreCoversSecrets } from '../../src/checks/gitignore-covers-secrets.js'
import { DEFAULT_ENV_SCHEMA, DEFAULT_ENVIRONMENTS } from '../../src/checks/policy.js'
import { run } from '../../src/commands/dispatch.js'
import type { CliIO } from '../../src/commands/io.js'
import { parseConfig } from '../../src/config/load-config.js'
import { STARTER_CONFIG } from '../../src/init/starter-config.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { runCheck } from '../checks/check-helpers.js'

function capture(): Writable & { text: () => string } {
  const chunks: Buffer[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk))
      done()
    },
  }) as Writable & { text: () => string }
  stream.text = () => Buffer.concat(chunks).toString('utf8')
  return stream
}

async function init(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture()
  const stderr = capture()
  const io: CliIO = { cwd, env: {}, stdout, stderr }
  const code = await run(['init', ...args], io)
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

function read(repo: TestRepo, file: string): string {
  return readFileSync(path.join(repo.dir, file), 'utf8')
}

describe('mistral-guard init', () => {
  it('writes a starter config that the schema accepts and that spells out the checklist defaults', () => {
    const config = parseConfig(STARTER_CONFIG, '.mistral-guard.yml')
    expect(config.environments).toEqual(DEFAULT_ENVIRONMENTS)
    expect(config.env).toEqual(DEFAULT_ENV_SCHEMA)
    expect(config.envConfigs).toEqual(['config/environments/*.json', 'config/environments/*.{yaml,yml}'])
    expect(config.envTemplates).toEqual(['.env.example', '**/.env.*.example'])
    expect(STARTER_CONFIG.split('\n').filter((line) => line.trim().startsWith('#')).length).toBeGreaterThan(10)
  })

  it('creates the config and the .gitignore lines, then passes the gitignore check; a second run changes nothing', async () => {
    const repo = makeRepo()
    try {
      repo.write('README.md', 'hi\n')
      repo.commit('readme')
      const first = await init(repo.dir)
      expect(first).toEqual({
        code: 0,
        stderr: '',
        stdout:
          'Created .mistral-guard.yml: a commented starter with the checklist defaults; edit the policy to fit.\n' +
          'Created .gitignore with: .env .env.local .env.*.local *.pem *.key secrets/\n',
      })
      expect(read(repo, '.mistral-guard.yml')).toBe(STARTER_CONFIG)
      expect(read(repo, '.gitignore')).toBe(
        '# Secrets: never committed (added by mistral-guard init)\n.env\n.env.local\n.env.*.local\n*.pem\n*.key\nsecrets/\n',
      )
      expect((await runCheck(gitignoreCoversSecrets, repo)).status).toBe('pass')

      const before = { config: read(repo, '.mistral-guard.yml'), gitignore: read(repo, '.gitignore') }
      const mtime = statSync(path.join(repo.dir, '.gitignore')).mtimeMs
      const second = await init(repo.dir)
      expect(second.code).toBe(0)
      expect(second.stdout).toBe(
        'Kept the existing .mistral-guard.yml (init never overwrites it).\n' +
          '.gitignore already covers the secret files: nothing added.\n',
      )
      expect({ config: read(repo, '.mistral-guard.yml'), gitignore: read(repo, '.gitignore') }).toEqual(before)
      expect(statSync(path.join(repo.dir, '.gitignore')).mtimeMs).toBe(mtime)
    } finally {
      repo.remove()
    }
  })

  it('never overwrites an existing config, appends only the missing lines and uses its probes', async () => {
    const repo = makeRepo()
    try {
      const mine = 'gitignore:\n  probes: ["credentials.json"]\n'
      repo.write('.mistral-guard.yml', mine)
      repo.write('.gitignore', 'node_modules/\n.env*\n!.env.local\n*.pem') // no final newline
      const result = await init(repo.dir)
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('Kept the existing .mistral-guard.yml')
      expect(result.stdout).toContain('Appended to .gitignore: .env.local *.key secrets/ credentials.json\n')
      expect(read(repo, '.mistral-guard.yml')).toBe(mine)
      expect(read(repo, '.gitignore')).toBe(
        'node_modules/\n.env*\n!.env.local\n*.pem\n\n# Secrets: never committed (added by mistral-guard init)\n' +
          '.env.local\n*.key\nsecrets/\ncredentials.json\n',
      )
      const row = await runCheck(gitignoreCoversSecrets, repo, { config: mine })
      expect(row.status).toBe('pass')
      expect((await init(repo.dir)).stdout).toContain('nothing added')
    } finally {
      repo.remove()
    }
  })

  it('reports, without editing, a nested .gitignore line that un-ignores a secret file', async () => {
    const repo = makeRepo()
    try {
      repo.write('packages/api/.gitignore', '!.env\n')
      const first = await init(repo.dir)
      expect(first.stdout).toContain("To do by hand: packages/api/.gitignore:1 '!.env' un-ignores packages/api/.env; remove that line.")
      expect(read(repo, 'packages/api/.gitignore')).toBe('!.env\n')
      const gitignore = read(repo, '.gitignore')
      const second = await init(repo.dir)
      expect(second.stdout).toContain('nothing added')
      expect(second.stdout).toContain('To do by hand')
      expect(read(repo, '.gitignore')).toBe(gitignore)
    } finally {
      repo.remove()
    }
  })

  it('works from a subfolder, writing at the repository root', async () => {
    const repo = makeRepo()
    try {
      mkdirSync(path.join(repo.dir, 'src', 'deep'), { recursive: true })
      expect((await init(path.join(repo.dir, 'src', 'deep'))).code).toBe(0)
      expect(existsSync(path.join(repo.dir, '.mistral-guard.yml'))).toBe(true)
      expect(existsSync(path.join(repo.dir, 'src', 'deep', '.mistral-guard.yml'))).toBe(false)
    } finally {
      repo.remove()
    }
  })

  it('exits 2 with a clear message outside a repository, on a bad flag or an invalid existing config', async () => {
    const repo = makeRepo()
    const outside = path.dirname(repo.dir)
    try {
      const notRepo = await init(path.join(outside))
      expect(notRepo.code).toBe(2)
      expect(notRepo.stderr).toMatch(/init must run inside a git repository/)

      const flag = await init(repo.dir, '--force')
      expect(flag).toMatchObject({ code: 2, stdout: '' })
      expect(flag.stderr).toContain("init takes no arguments (got '--force')")

      repo.write('.mistral-guard.yml', 'environments:\n  production:\n    maxTokensPerRequest: lots\n')
      const bad = await init(repo.dir)
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain("Config file '.mistral-guard.yml' is invalid")
      expect(bad.stderr).toContain('environments.production.maxTokensPerRequest')
      expect(existsSync(path.join(repo.dir, '.gitignore'))).toBe(false)

      expect((await init(repo.dir, '--help')).stdout).toMatch(/^Usage: mistral-guard init/)
    } finally {
      repo.remove()
    }
  })
})
