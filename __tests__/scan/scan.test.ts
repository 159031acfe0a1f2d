import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UsageError } from '../../src/config/config-error.js'
import { scan } from '../../src/scan.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { envLine, pyLine } from '../sources/collect.js'
import { settingsFor } from './settings.js'

describe('scan()', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('turns matches into redacted, fingerprinted findings sorted by file, line, column', async () => {
    const keys = [fakeKey(101), fakeKey(102), fakeKey(103)]
    repo.write('z.env', `${envLine(keys[0])}\n`)
    repo.write('a/app.py', `import os\n\n${pyLine(keys[1])}\n${pyLine(keys[2])}\n`)
    repo.commit('keys')
    const { report, secrets } = await scan(settingsFor(repo.dir))
    expect(report.version).toBe(1)
    expect(report.mode).toBe('tree')
    const positions = report.findings.map((f) => `${f.file}:${f.line}:${f.column}`)
    expect(positions).toEqual(['a/app.py:3:20', 'a/app.py:4:20', 'z.env:1:17'])
    for (const finding of report.findings) {
      expect(finding).toMatchObject({
        commit: null,
        author: null,
        date: null,
        severity: 'high',
        inHead: true,
        verification: 'skipped',
      })
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{64}$/)
      expect(finding.redacted.length).toBeLessThan(12)
      expect(secrets.has(finding.fingerprint)).toBe(true)
    }
    expect(secrets.size).toBe(3)
    expect([...secrets.values()].sort()).toEqual([...keys].sort())
    expectNoKey(JSON.stringify(report), keys, 'report')
    expect(report.stats).toMatchObject({ files: 2, commits: 0, skipped: 0 })
    expect(report.stats.durationMs).toBeGreaterThanOrEqual(0)
    expect(report.checks).toEqual([])
  })

  it('reports one finding per key and file, and keeps the fingerprint when the line moves', async () => {
    const key = fakeKey(104)
    repo.write('.env', `${envLine(key)}\n`)
    repo.write('copy.env', `${envLine(key)}\n# again\n${envLine(key)}\n`)
    repo.commit('twice')
    const first = (await scan(settingsFor(repo.dir))).report
    expect(first.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['.env:1', 'copy.env:1'])
    repo.write('.env', `# moved down\n\n${envLine(key)}\n`)
    const second = (await scan(settingsFor(repo.dir))).report
    expect(second.findings[0].line).toBe(3)
    expect(second.findings[0].fingerprint).toBe(first.findings[0].fingerprint)
    expect(first.findings[0].fingerprint).not.toBe(first.findings[1].fingerprint)
  })

  it('honours allow.paths, allow.fingerprints and inline mistral-guard:allow', async () => {
    const keys = { fixture: fakeKey(105), accepted: fakeKey(106), inline: fakeKey(107), real: fakeKey(108) }
    repo.write('test/fixtures/.env', `${envLine(keys.fixture)}\n`)
    repo.write('accepted.env', `${envLine(keys.accepted)}\n`)
    repo.write('inline.py', `${pyLine(keys.inline)}  # mistral-guard:allow\n`)
    repo.write('.github/real.env', `${envLine(keys.real)}\n`)
    repo.commit('mixed')
    const before = (await scan(settingsFor(repo.dir))).report
    expect(before.findings.map((f) => f.file)).toEqual(['.github/real.env', 'accepted.env', 'test/fixtures/.env'])
    const accepted = before.findings.find((f) => f.file === 'accepted.env')!.fingerprint
    repo.write('.mistral-guard.yml', `allow:\n  paths: ['test/**']\n  fingerprints: ['${accepted}']\n`)
    const after = (await scan(settingsFor(repo.dir))).report
    expect(after.findings.map((f) => f.file)).toEqual(['.github/real.env'])
  })

  it('reports a key on a mistral-guard:allow line when markers are off, and says why', async () => {
    const keys = { inline: fakeKey(109) }
    repo.write('app.py', 'import os\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    repo.write('app.py', `import os\n${pyLine(keys.inline)}  # mistral-guard:allow\n`)
    repo.commit('marked')
    const warnings: string[] = []
    const log = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message) }
    const honoured = await scan(settingsFor(repo.dir, { mode: 'diff', base: 'main' }), log)
    expect(honoured.report.findings).toEqual([])
    const judged = await scan(settingsFor(repo.dir, { mode: 'diff', base: 'main', allowMarkers: false }), log)
    expect(judged.report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['app.py:2'])
    expect(warnings).toEqual([expect.stringMatching(/^1 key\(s\) reported on lines marked mistral-guard:allow: this change adds them/)])
    expectNoKey(JSON.stringify(judged.report) + warnings.join('\n'), Object.values(keys))
  })

  it('reads --config from anywhere and stops with a usage error naming a bad config', async () => {
    repo.write('.env', `${envLine(fakeKey(109))}\n`)
    repo.commit('one')
    const elsewhere = path.join(repo.dir, 'conf', 'guard.yml')
    mkdirSync(path.dirname(elsewhere), { recursive: true })
    writeFileSync(elsewhere, 'allow:\n  paths: [".env"]\n')
    expect((await scan(settingsFor(repo.dir, { configFile: elsewhere }))).report.findings).toEqual([])
    repo.write('.mistral-guard.yml', 'allow:\n  paths: 3\n')
    await expect(scan(settingsFor(repo.dir))).rejects.toThrow(UsageError)
    await expect(scan(settingsFor(repo.dir))).rejects.toThrow(/\.mistral-guard\.yml.*allow\.paths/s)
  })

  it('drops findings a baseline lists and fails clearly on a bad baseline', async () => {
    const keys = [fakeKey(110), fakeKey(111)]
    repo.write('old.env', `${envLine(keys[0])}\n`)
    repo.commit('old')
    const { report } = await scan(settingsFor(repo.dir))
    const baseline = path.join(repo.dir, 'baseline.json')
    writeFileSync(baseline, JSON.stringify({ version: 1, fingerprints: report.findings.map((f) => f.fingerprint) }))
    repo.write('new.env', `${envLine(keys[1])}\n`)
    const withBaseline = (await scan(settingsFor(repo.dir, { baselineFile: baseline }))).report
    expect(withBaseline.findings.map((f) => f.file)).toEqual(['new.env'])
    // A JSON report works as a baseline too.
    writeFileSync(baseline, JSON.stringify(report))
    expect((await scan(settingsFor(repo.dir, { baselineFile: baseline }))).report.findings).toHaveLength(1)
    writeFileSync(baseline, '{"version": 1, "fingerprints": ["nope"]}')
    const bad = scan(settingsFor(repo.dir, { baselineFile: baseline }))
    await expect(bad).rejects.toThrow(/baseline\.json.*fingerprints\.0/s)
    const missing = scan(settingsFor(repo.dir, { baselineFile: 'missing.json' }))
    await expect(missing).rejects.toThrow(/'missing\.json'.*does not exist/)
  })

  it('scans history with commit, author, date and inHead', async () => {
    const key = fakeKey(112)
    repo.write('.env', `${envLine(key)}\n`)
    const added = repo.commit('add', '2024-02-03T04:05:06Z')
    repo.write('.env', 'MISTRAL_API_KEY=\n')
    repo.commit('remove')
    const { report } = await scan(settingsFor(repo.dir, { mode: 'history' }))
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({
      file: '.env',
      line: 1,
      commit: added,
      author: 'Ada Tester',
      date: '2024-02-03T04:05:06+00:00',
      inHead: false,
    })
    expect(report.stats.commits).toBe(2)
  })

  it('gives history and tree the same fingerprint for the same key and file', async () => {
    repo.write('.env', `${envLine(fakeKey(113))}\n`)
    repo.commit('add')
    const tree = (await scan(settingsFor(repo.dir))).report.findings
    const history = (await scan(settingsFor(repo.dir, { mode: 'history' }))).report.findings
    expect(history.map((f) => f.fingerprint)).toEqual(tree.map((f) => f.fingerprint))
  })

  it('scans from a subdirectory with paths relative to the repository root', async () => {
    repo.write('deep/er/.env', `${envLine(fakeKey(114))}\n`)
    repo.commit('deep')
    const { report } = await scan(settingsFor(path.join(repo.dir, 'deep', 'er')))
    expect(report.findings.map((f) => f.file)).toEqual(['deep/er/.env'])
  })

  it('refuses a directory that is not a git repository, or is missing', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'mg-plain-'))
    try {
      await expect(scan(settingsFor(plain))).rejects.toThrow(UsageError)
      await expect(scan(settingsFor(plain))).rejects.toThrow(/is not a git repository/)
      await expect(scan(settingsFor(path.join(plain, 'nope')))).rejects.toThrow(/does not exist/)
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })

  it('refuses tree and staged modes in a bare repository, and scans its history', async () => {
    repo.write('.env', `${envLine(fakeKey(115))}\n`)
    repo.commit('one')
    const bare = mkdtempSync(path.join(tmpdir(), 'mg-bare-'))
    try {
      repo.git('clone', '-q', '--bare', repo.dir, bare)
      await expect(scan(settingsFor(bare))).rejects.toThrow(/bare repository/)
      const { report } = await scan(settingsFor(bare, { mode: 'history' }))
      expect(report.findings.map((f) => f.file)).toEqual(['.env'])
    } finally {
      rmSync(bare, { recursive: true, force: true })
    }
  })

  it('runs the checklist when asked', async () => {
    repo.write('README.md', '# hi\n')
    repo.commit('one')
    const { report } = await scan(settingsFor(repo.dir, { checks: true }))
    expect(report.checks.length).toBeGreaterThan(0)
    for (const check of report.checks) expect(['pass', 'fail', 'warn', 'manual', 'skip']).toContain(check.status)
  })
})
