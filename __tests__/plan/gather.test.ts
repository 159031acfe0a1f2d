// `plan gather`: reports from an org fan-out and from a history split into ranges merge into one summary,
// each finding once per fingerprint and commit; odd inputs are listed, never fatal; no key ever shows.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/commands/dispatch.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { captureIO } from './cli-io.js'

const KEYS = [fakeKey(601), fakeKey(602), fakeKey(603)]
const redacted = (key: string) => `${key.slice(0, 4)}…(${key.length})`

function finding(key: string, file: string, commit: string, extra: Record<string, unknown> = {}) {
  return {
    ruleId: 'mistral-api-key',
    file,
    line: 3,
    column: 17,
    commit,
    author: 'Ada Tester',
    date: '2024-01-01T00:00:00Z',
    fingerprint: `fp-${file}-${key.slice(0, 2)}`.replace(/[^\w-]/g, '_').padEnd(64, '0'),
    redacted: redacted(key),
    severity: 'high',
    inHead: true,
    verification: 'skipped',
    ...extra,
  }
}

function report(findings: unknown[], checks: unknown[] = [], commits = 10) {
  return {
    version: 1,
    mode: 'history',
    findings,
    checks,
    stats: { files: 5, commits, bytes: 1000, skipped: 0, durationMs: 12 },
  }
}

const failing = (id: string) => ({ id, title: `Check ${id}`, status: 'fail', message: `${id} failed`, locations: [] })
const passing = (id: string) => ({ id, title: `Check ${id}`, status: 'pass', message: 'ok', locations: [] })

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mg-gather-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function put(folder: string, name: string, value: unknown, meta?: unknown) {
  const at = path.join(dir, 'reports', folder)
  mkdirSync(at, { recursive: true })
  writeFileSync(path.join(at, name), typeof value === 'string' ? value : JSON.stringify(value))
  if (meta !== undefined) writeFileSync(path.join(at, 'mistral-guard-meta.json'), JSON.stringify(meta))
}

async function gather(...args: string[]) {
  const io = captureIO(dir)
  const code = await run(['plan', 'gather', '--input', 'reports', ...args], io)
  return { code, out: io.out(), err: io.err() }
}

describe('plan gather', () => {
  it('merges range reports of one repository without duplicates and org reports per repository', async () => {
    const shared = finding(KEYS[0], 'config/.env', 'a'.repeat(40))
    // Two range jobs both reported the same finding (same fingerprint and commit): counted once.
    put('mistral-guard-mono-0', 'report.json', report([shared], [failing('gitignore-env'), passing('env-schema')], 100), {
      repository: 'acme/mono',
      range: 0,
    })
    put('mistral-guard-mono-1', 'report.json', report([shared, finding(KEYS[1], 'app.py', 'b'.repeat(40), { inHead: false })], [passing('gitignore-env'), failing('env-schema')], 120), {
      repository: 'acme/mono',
      range: 1,
    })
    // Same key and file at another commit is another finding.
    put('mistral-guard-mono-2', 'report.json', report([finding(KEYS[0], 'config/.env', 'c'.repeat(40))], [], 80), {
      repository: 'acme/mono',
      range: 2,
    })
    put('mistral-guard-web', 'report.json', report([], [passing('gitignore-env')], 7), { repository: 'acme/web' })
    put('mistral-guard-api', 'report.json', report([finding(KEYS[2], 'src/a.ts', 'd'.repeat(40), { verification: 'verified', severity: 'critical' })]), {
      repository: 'acme/api',
    })

    const { code, out, err } = await gather('--json', 'summary.json')
    expect(code).toBe(0)
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'))
    const mono = summary.repositories.find((r: { repository: string }) => r.repository === 'acme/mono')
    expect(mono).toMatchObject({ reports: 3, ranges: ['0', '1', '2'], leaks: 3, inHead: 2, duplicates: 1 })
    expect(mono.stats.commits).toBe(300)
    expect(mono.checksFailed.map((c: { id: string }) => c.id).sort()).toEqual(['env-schema', 'gitignore-env'])
    expect(summary.totals).toMatchObject({ repositories: 3, withLeaks: 2, leaks: 4, verified: 1, duplicates: 1 })
    expect(summary.repositories.map((r: { repository: string }) => r.repository)).toEqual(['acme/api', 'acme/mono', 'acme/web'])

    expect(out).toContain('**2 repositories of 3 leak Mistral API keys**: 4 leaks (3 still in HEAD, **1 verified live**)')
    expect(out).toContain('| acme/mono (3 ranges) | 3 | 2 | 0 | `env-schema`, `gitignore-env` | 300 |')
    expect(out).toContain('| acme/web | 0 | 0 | 0 | — | 7 |')
    expect(out).toContain('1 repository fails 2 checklist items.')
    expect(out).toContain(`| \`${redacted(KEYS[2])}\` | yes | verified |`)
    expect(out).toContain('1 duplicate finding (same fingerprint and commit in several reports) merged.')
    expect(err).toContain('5 report(s), 3 repositories: 4 leak(s) in 2')
    expectNoKey(out + err + readFileSync(path.join(dir, 'summary.json'), 'utf8'), KEYS)
  })

  it('names planned repositories without a report, and lists unreadable files without stopping', async () => {
    put('mistral-guard-api', 'report.json', report([]), { repository: 'acme/api' })
    put('mistral-guard-web', 'report.json', '{ not json')
    put('mistral-guard-cli', 'report.json', { version: 1, mode: 'history', findings: [{ file: 3 }] }, { repository: 'acme/cli' })
    put('sarif', 'results.json', { $schema: 'sarif', runs: [] })
    put('bad-meta', 'report.json', report([]), { repo: 'acme/x' })
    writeFileSync(
      path.join(dir, 'plan.json'),
      JSON.stringify({ batches: [{ include: ['acme/api', 'acme/web', 'acme/cli'].map((repository) => ({ repository })) }] }),
    )
    const { code, out, err } = await gather('--plan', 'plan.json')
    expect(code).toBe(0)
    expect(out).toContain('### Missing reports')
    expect(out).toContain('- acme/web\n- acme/cli')
    expect(out).toContain('### Unreadable reports')
    expect(out).toMatch(/`mistral-guard-web\/report.json`: not valid JSON/)
    expect(out).toContain('`mistral-guard-cli/report.json`: not a mistral-guard report: findings.0.ruleId:')
    expect(out).toContain('`bad-meta/mistral-guard-meta.json`: invalid meta file: repository:')
    expect(err).toContain('2 missing, 3 unreadable')
  })

  it('lists missing ranges of a split history', async () => {
    put('r0', 'report.json', report([]), { repository: 'acme/mono', range: 0 })
    writeFileSync(path.join(dir, 'ranges.json'), JSON.stringify({ include: [{ index: 0 }, { index: 1 }] }))
    const { out } = await gather('--plan', 'ranges.json')
    expect(out).toContain('- range 1')
  })

  it('never passes on anything but a redacted key, even from a report that carries one', async () => {
    put('evil', 'report.json', report([finding(KEYS[0], 'x.env', 'e'.repeat(40), { redacted: KEYS[0], stray: KEYS[1] })]), {
      repository: 'acme/evil',
    })
    const { out } = await gather('--json', 'summary.json')
    const json = readFileSync(path.join(dir, 'summary.json'), 'utf8')
    expect(out).toContain('`[redacted]`')
    expectNoKey(out + json, KEYS)
  })

  it('exits 1 by --fail-on, 0 by default, 2 on bad input', async () => {
    put('a', 'report.json', report([], [failing('gitignore-env')]), { repository: 'acme/a' })
    expect((await gather()).code).toBe(0)
    expect((await gather('--fail-on', 'leak')).code).toBe(0)
    expect((await gather('--fail-on', 'error')).code).toBe(1)
    put('b', 'report.json', report([finding(KEYS[0], 'k.env', 'f'.repeat(40))]), { repository: 'acme/b' })
    expect((await gather('--fail-on', 'leak')).code).toBe(1)
    expect((await gather('--fail-on', 'verified')).code).toBe(0)

    const bad = await gather('--fail-on', 'sometimes')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain("Invalid --fail-on 'sometimes'. Expected one of leak, error, verified, never.")
    const io = captureIO(dir)
    expect(await run(['plan', 'gather', '--input', 'nowhere'], io)).toBe(2)
    expect(io.err()).toContain("Cannot read --input '")
    const noPlan = await gather('--plan', 'missing.json')
    expect(noPlan.code).toBe(2)
    expect(noPlan.err).toContain("Cannot read --plan '")
  })

  it('writes one SARIF log for the ranges of one repository, and refuses it for several repositories', async () => {
    const shared = finding(KEYS[0], 'config/.env', 'a'.repeat(40))
    put('r0', 'report.json', report([shared], [failing('gitignore-env')]), { repository: 'acme/mono', range: 0 })
    put('r1', 'report.json', report([shared, finding(KEYS[1], 'app.py', 'b'.repeat(40))]), { repository: 'acme/mono', range: 1 })
    const { code } = await gather('--sarif', 'merged.sarif')
    expect(code).toBe(0)
    const text = readFileSync(path.join(dir, 'merged.sarif'), 'utf8')
    const sarif = JSON.parse(text)
    expect(sarif.version).toBe('2.1.0')
    const keyResults = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'mistral-api-key')
    expect(keyResults).toHaveLength(2)
    expectNoKey(text, KEYS)

    put('other', 'report.json', report([]), { repository: 'acme/other' })
    const refused = await gather('--sarif', 'merged.sarif')
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('--sarif merges the reports of one repository (the ranges of one history); found 2 repositories.')
  })

  it('writes markdown to a file and prints an empty summary for no reports', async () => {
    mkdirSync(path.join(dir, 'reports'))
    const { code, out } = await gather('--markdown', 'summary.md')
    expect(code).toBe(0)
    expect(out).toBe('')
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('No Mistral API key found in 0 repositories.')
  })
})
