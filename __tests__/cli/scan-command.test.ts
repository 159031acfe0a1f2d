import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { envLine, pyLine } from '../sources/collect.js'
import { clearVerificationCache } from '../../src/verify/mistral.js'
import { cli } from './run-cli.js'

describe('mistral-guard scan (CLI)', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('scans the working tree by default and exits 1 on a leak', async () => {
    const key = fakeKey(201)
    repo.write('.env', `${envLine(key)}\n`)
    repo.commit('leak')
    const result = await cli(['scan', '--no-checks'], repo.dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('.env')
    expectNoKey(result.stdout + result.stderr, [key])
  })

  it('exits 0 on a clean repository and with --fail-on never or verified (nothing verified)', async () => {
    repo.write('README.md', '# clean\n')
    repo.commit('clean')
    expect((await cli(['scan', '--no-checks'], repo.dir)).code).toBe(0)
    repo.write('.env', `${envLine(fakeKey(202))}\n`)
    expect((await cli(['scan', '--no-checks', '--fail-on', 'never'], repo.dir)).code).toBe(0)
    expect((await cli(['scan', '--no-checks', '--fail-on', 'verified'], repo.dir)).code).toBe(0)
    expect((await cli(['scan', '--no-checks', '--fail-on', 'leak'], repo.dir)).code).toBe(1)
  })

  it('runs as the default command when the first argument is a flag', async () => {
    repo.write('.env', `${envLine(fakeKey(203))}\n`)
    repo.commit('leak')
    const result = await cli(['--no-checks', '--format', 'json'], repo.dir)
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).findings).toHaveLength(1)
  })

  it.each([
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '--mode', 'everything'], /Invalid --mode 'everything'. Expected one of: tree, staged, diff, history/],
    [['scan', '--format', 'xml'], /Invalid --format 'xml'/],
    [['scan', '--fail-on', 'sometimes'], /Invalid --fail-on 'sometimes'/],
    [['scan', '--mode', 'diff'], /--mode diff needs --base/],
    [['scan', '--mode', 'tree', '--since', '2024-01-01'], /apply to --mode history/],
    [['scan', '--base', 'main', '--range', 'a..b'], /cannot be combined/],
    [['scan', 'a..b', 'c..d'], /at most one revision range/],
    [['scan', '--verify-base-url', 'http://example.com'], /Invalid verify base URL/],
    [['scan', '--mode'], /argument missing|requires|Option '--mode/],
    [['scan', '--mode', 'diff', '--base', '--oops'], /'--base' argument is ambiguous/],
    [['scan', '--mode', 'diff', '--base=--oops'], /Invalid revision '--oops' for --base/],
  ])('exits 2 with a clear message on bad flags: %j', async (argv, message) => {
    repo.write('a.txt', '1\n')
    repo.commit('one')
    const result = await cli(argv, repo.dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })

  it('exits 2 outside a git repository and on an unknown revision', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'mg-plain-'))
    try {
      const outside = await cli(['scan'], plain)
      expect(outside.code).toBe(2)
      expect(outside.stderr).toMatch(/is not a git repository/)
      const missing = await cli(['scan', '--repo', path.join(plain, 'nope')], plain)
      expect(missing.code).toBe(2)
      expect(missing.stderr).toMatch(/does not exist/)
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
    repo.write('a.txt', '1\n')
    repo.commit('one')
    const badBase = await cli(['scan', '--mode', 'diff', '--base', 'nope'], repo.dir)
    expect(badBase.code).toBe(2)
    expect(badBase.stderr).toMatch(/Unknown revision 'nope' for --base/)
  })

  it('exits 2 naming the file, field and expectation for a bad config', async () => {
    repo.write('.mistral-guard.yml', 'allow:\n  paths: [1, 2]\n')
    repo.commit('bad config')
    const result = await cli(['scan'], repo.dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\.mistral-guard\.yml/)
    expect(result.stderr).toMatch(/field 'allow\.paths\[0\]': .*expected string/)
    const explicit = await cli(['scan', '--config', 'nope.yml'], repo.dir)
    expect(explicit.code).toBe(2)
    expect(explicit.stderr).toMatch(/'.*nope\.yml' does not exist/)
  })

  it('writes every format without a single key, to stdout or --output, in every mode', async () => {
    const keys = [fakeKey(204), fakeKey(205), fakeKey(206)]
    repo.write('.env', `${envLine(keys[0])}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    repo.write('app/main.py', `import os\n${pyLine(keys[1])}\n`)
    repo.write('weird name\n"x".env', `${envLine(keys[2])}\n`)
    repo.commit('pr')
    const out = mkdtempSync(path.join(tmpdir(), 'mg-out-'))
    try {
      for (const mode of [['--mode', 'tree'], ['--mode', 'history'], ['--base', 'main']]) {
        for (const format of ['text', 'json', 'sarif', 'markdown']) {
          const result = await cli(['scan', ...mode, '--format', format, '--verbose'], repo.dir)
          expect(result.code).toBe(1)
          expect(result.stdout.length).toBeGreaterThan(0)
          expectNoKey(result.stdout, keys, `${format} ${mode.join(' ')} stdout`)
          expectNoKey(result.stderr, keys, `${format} ${mode.join(' ')} stderr`)
          const file = path.join(out, `${mode.join('')}.${format}`)
          const written = await cli(['scan', ...mode, '--format', format, '--output', file], repo.dir)
          expect(written.code).toBe(1)
          expect(written.stdout).toBe('')
          expectNoKey(readFileSync(file, 'utf8'), keys, `${format} file`)
          if (format === 'json') {
            const report = JSON.parse(readFileSync(file, 'utf8'))
            expect(report.version).toBe(1)
            expect(report.findings.length).toBe(mode[0] === '--base' ? 2 : 3)
          }
          if (format === 'sarif') expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2.1.0')
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('takes a positional range as a history scan', async () => {
    repo.write('a.env', `${envLine(fakeKey(207))}\n`)
    const first = repo.commit('one')
    repo.write('b.env', `${envLine(fakeKey(208))}\n`)
    repo.commit('two')
    const result = await cli(['scan', '--no-checks', '--format', 'json', `${first}..HEAD`], repo.dir)
    const report = JSON.parse(result.stdout)
    expect(report.mode).toBe('history')
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['b.env'])
  })

  it('checks the staged changes for a pre-commit hook', async () => {
    repo.write('README.md', '# x\n')
    repo.commit('one')
    repo.write('.env', `${envLine(fakeKey(209))}\n`)
    expect((await cli(['scan', '--mode', 'staged', '--no-checks'], repo.dir)).code).toBe(0)
    repo.git('add', '.env')
    expect((await cli(['scan', '--mode', 'staged', '--no-checks'], repo.dir)).code).toBe(1)
  })

  it('prints its help', async () => {
    const result = await cli(['scan', '--help'], repo.dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/--mode tree\|staged\|diff\|history/)
  })

  describe('--verify', () => {
    let server: Server
    let baseUrl: string
    let live = ''
    beforeAll(async () => {
      server = createServer((request, response) => {
        const ok = request.headers.authorization === `Bearer ${live}`
        response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
        response.end(ok ? '{"object":"list","data":[]}' : '{"message":"Unauthorized"}')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('marks live keys verified and critical, and fails on them with --fail-on verified', async () => {
      const keys = [fakeKey(210), fakeKey(211)]
      live = keys[0]
      repo.write('live.env', `${envLine(keys[0])}\n`)
      repo.write('dead.env', `${envLine(keys[1])}\n`)
      repo.commit('two keys')
      const args = ['scan', '--no-checks', '--verify', '--verify-base-url', baseUrl, '--format', 'json']
      const result = await cli([...args, '--fail-on', 'verified'], repo.dir)
      expect(result.code).toBe(1)
      const report = JSON.parse(result.stdout)
      const byFile = Object.fromEntries(
        report.findings.map((f: { file: string; verification: string; severity: string }) => [
          f.file,
          `${f.verification}/${f.severity}`,
        ]),
      )
      expect(byFile).toEqual({ 'live.env': 'verified/critical', 'dead.env': 'invalid/high' })
      expectNoKey(result.stdout + result.stderr, keys)
      live = 'nothing-matches'
      // Verdicts are cached for one run; this is a second run in the same process.
      clearVerificationCache()
      expect((await cli([...args, '--fail-on', 'verified'], repo.dir)).code).toBe(0)
    })
  })
})

describe('mistral-guard baseline (CLI)', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('writes the findings to a baseline that scan --baseline then accepts', async () => {
    const keys = [fakeKey(220), fakeKey(221), fakeKey(222)]
    repo.write('old.env', `${envLine(keys[0])}\n`)
    repo.write('src/old.py', `${pyLine(keys[1])}\n`)
    repo.commit('old leaks')
    const written = await cli(['baseline', '--mode', 'history'], repo.dir)
    expect(written.code).toBe(0)
    const file = path.join(repo.dir, '.mistral-guard-baseline.json')
    expect(existsSync(file)).toBe(true)
    const baseline = JSON.parse(readFileSync(file, 'utf8'))
    expect(baseline.version).toBe(1)
    expect(baseline.fingerprints).toHaveLength(2)
    expect([...baseline.fingerprints].sort()).toEqual(baseline.fingerprints)
    expectNoKey(readFileSync(file, 'utf8') + written.stderr, keys)

    const args = ['scan', '--mode', 'history', '--no-checks', '--baseline', '.mistral-guard-baseline.json']
    expect((await cli(args, repo.dir)).code).toBe(0)
    repo.write('new.env', `${envLine(keys[2])}\n`)
    repo.commit('new leak')
    const after = await cli([...args, '--format', 'json'], repo.dir)
    expect(after.code).toBe(1)
    expect(JSON.parse(after.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['new.env'])
  })

  it('writes to --output or stdout, and ignores an existing --baseline', async () => {
    repo.write('old.env', `${envLine(fakeKey(223))}\n`)
    repo.commit('leak')
    const toStdout = await cli(['baseline', '--output', '-'], repo.dir)
    expect(toStdout.code).toBe(0)
    expect(JSON.parse(toStdout.stdout).fingerprints).toHaveLength(1)
    writeFileSync(path.join(repo.dir, 'b.json'), toStdout.stdout)
    const again = await cli(['baseline', '--baseline', 'b.json', '--output', 'c/d.json'], repo.dir)
    expect(again.code).toBe(0)
    expect(readFileSync(path.join(repo.dir, 'c/d.json'), 'utf8')).toBe(toStdout.stdout)
  })

  it('exits 2 naming an unreadable or malformed baseline', async () => {
    repo.write('a.txt', '1\n')
    repo.commit('one')
    const missing = await cli(['scan', '--baseline', 'nope.json'], repo.dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/Baseline file '.*nope\.json' cannot be read: it does not exist/)
    writeFileSync(path.join(repo.dir, 'bad.json'), '{"fingerprints": 3}')
    const bad = await cli(['scan', '--baseline', 'bad.json'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Baseline file '.*bad\.json' is invalid/)
  })
})
