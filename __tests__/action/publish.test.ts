// Publishing one report: annotations, files, summary, check run, comment and outputs, against the
// loopback API stand-in, with a recorded log.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commentBody } from '../../src/action/comment-body.js'
import type { EventPlan } from '../../src/action/event.js'
import { COMMENT_MARKER, stateLine } from '../../src/action/pr-comment.js'
import { publishNothing } from '../../src/action/publish-nothing.js'
import { publish, type Outlets } from '../../src/action/publish.js'
import { SecretGuard, SecretLeakError } from '../../src/action/secret-guard.js'
import { judge } from '../../src/action/verdict.js'
import { createClient } from '../../src/github/client.js'
import type { CheckResult, Finding, Report } from '../../src/report/report.js'
import type { ActionSettings } from '../../src/settings/from-inputs.js'
import { FORBIDDEN, startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js'
import { recordingLog } from './recording-log.js'

const HEAD = 'ab'.repeat(20)

function finding(i: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'mistral-api-key',
    file: `src/f${i}.ts`,
    line: i + 1,
    column: 7,
    commit: HEAD,
    author: 'Ada',
    date: '2024-01-01T00:00:00Z',
    fingerprint: String(i).padStart(64, '0'),
    redacted: 'AbCd…(32)',
    severity: 'high',
    inHead: true,
    verification: 'skipped',
    ...extra,
  }
}

function check(status: CheckResult['status']): CheckResult {
  return { id: 'gitignore-covers-secrets', title: '.gitignore covers secret files', status, message: '.env is not ignored', locations: [{ file: '.gitignore', line: 1 }] }
}

function report(findings: Finding[], checks: CheckResult[] = []): Report {
  return { version: 1, mode: 'diff', findings, checks, stats: { files: 3, commits: 2, bytes: 100, skipped: 0, durationMs: 5 } }
}

let api: GitHubStandIn
let dir: string
let log: ReturnType<typeof recordingLog>
let outputs: Record<string, string>
let summaries: string[]

function settings(extra: Partial<ActionSettings> = {}): ActionSettings {
  return {
    workspace: dir,
    mode: 'auto',
    failOn: 'leak',
    verify: false,
    verifyBaseUrl: 'https://api.mistral.ai',
    comment: true,
    annotations: true,
    sarifFile: null,
    reportFile: path.join(dir, 'temp', 'report.json'),
    checkName: 'mistral-guard',
    github: { token: 't', apiUrl: api.url, serverUrl: 'https://github.com', owner: 'acme', repo: 'app', eventName: 'pull_request', payload: {}, sha: HEAD },
    ...extra,
  }
}

const plan: EventPlan = { target: { kind: 'diff', base: { sha: 'c'.repeat(40) }, head: HEAD, depth: 2, label: 'pr' }, pullRequest: { number: 9 }, linkSha: HEAD, checkSha: HEAD, policyFromBase: true }

/** How many times publishing asked for the API client (octokit is loaded on the first ask). */
let clientLoads: number

function outlets(withClient = true, guard = new SecretGuard([])): Outlets {
  return {
    log,
    guard,
    client: withClient
      ? async () => {
          clientLoads++
          return createClient({ token: 't', baseUrl: api.url, log, retryAfterBaseValue: 0 })
        }
      : null,
    writeSummary: async (markdown) => {
      summaries.push(markdown)
    },
    setOutput: (name, value) => {
      outputs[name] = value
    },
  }
}

beforeEach(async () => {
  api = await startGitHubStandIn()
  dir = mkdtempSync(path.join(tmpdir(), 'mg-publish-'))
  log = recordingLog()
  outputs = {}
  summaries = []
  clientLoads = 0
})
afterEach(async () => {
  await api.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('judge', () => {
  const leaky = report([finding(0)], [check('fail'), check('warn')])
  test.each([
    ['leak', true, ['1 leaked Mistral key']],
    ['error', true, ['1 leaked Mistral key', '1 failed check']],
    ['warning', true, ['1 leaked Mistral key', '1 failed check', '1 check warning']],
    ['verified', false, []],
    ['never', false, []],
  ] as const)('fail-on %s', (failOn, failed, reasons) => {
    expect(judge(leaky, failOn)).toMatchObject({ failed, reasons, leaks: 1, failedChecks: 1, warnedChecks: 1 })
  })

  test('fail-on verified fails only on live keys', () => {
    expect(judge(report([finding(0, { verification: 'verified' })]), 'verified').failed).toBe(true)
  })
})

describe('publish', () => {
  test('annotates each key at its place, writes files, summary, comment and outputs', async () => {
    const verdict = await publish(report([finding(0), finding(1)]), settings({ sarifFile: path.join(dir, 'out.sarif') }), plan, outlets())
    expect(verdict.failed).toBe(true)
    const errors = log.at('error')
    expect(errors.map((e) => e.place)).toEqual([
      { title: 'Leaked Mistral API key', file: 'src/f0.ts', startLine: 1, startColumn: 7 },
      { title: 'Leaked Mistral API key', file: 'src/f1.ts', startLine: 2, startColumn: 7 },
    ])
    expect(errors[0].message).toMatch(/AbCd…\(32\) added in commit ababab.*Rotate it in the Mistral console/)
    expect(JSON.parse(readFileSync(path.join(dir, 'temp', 'report.json'), 'utf8')).findings).toHaveLength(2)
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
    expect(summaries[0]).toContain(`https://github.com/acme/app/blob/${HEAD}/src/f0.ts#L1`)
    expect(api.comments.get(9)).toHaveLength(1)
    expect(api.checkRuns).toHaveLength(0)
    expect(outputs).toEqual({ leaks: '2', 'failed-checks': '0', report: path.join(dir, 'temp', 'report.json'), 'sarif-file': path.join(dir, 'out.sarif') })
  })

  test('a clean PR without a comment yet stays quiet', async () => {
    const verdict = await publish(report([], [check('pass')]), settings(), plan, outlets())
    expect(verdict.failed).toBe(false)
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
    expect(log.at('error')).toHaveLength(0)
  })

  test('a push with nothing to post never asks for the API client', async () => {
    const push: EventPlan = { ...plan, pullRequest: null }
    await publish(report(Array.from({ length: 10 }, (_, i) => finding(i))), settings(), push, outlets())
    await publish(report(Array.from({ length: 11 }, (_, i) => finding(i))), settings({ annotations: false }), push, outlets())
    await publish(report([finding(0)]), settings({ comment: false }), plan, outlets())
    expect(clientLoads).toBe(0)
    expect(api.requests).toHaveLength(0)
    await publish(report(Array.from({ length: 11 }, (_, i) => finding(i))), settings(), push, outlets())
    expect(clientLoads).toBe(1)
  })

  test('comment: false and annotations: false turn those off', async () => {
    await publish(report([finding(0)]), settings({ comment: false, annotations: false }), plan, outlets())
    expect(api.requests).toHaveLength(0)
    expect(log.at('error')).toHaveLength(0)
    expect(outputs.leaks).toBe('1')
  })

  test('without a token nothing is sent and the verdict stands', async () => {
    const verdict = await publish(report(Array.from({ length: 12 }, (_, i) => finding(i))), settings(), plan, outlets(false))
    expect(verdict.failed).toBe(true)
    expect(api.requests).toHaveLength(0)
    expect(log.at('notice')[0].message).toMatch(/12 leaked keys: a step shows 10 annotations/)
  })

  test('403s on the check run and the comment are notices; the verdict is unchanged', async () => {
    api.script('POST', /check-runs$/, FORBIDDEN)
    api.script('GET', /comments$/, FORBIDDEN)
    const verdict = await publish(report(Array.from({ length: 11 }, (_, i) => finding(i))), settings(), plan, outlets())
    expect(verdict.failed).toBe(true)
    expect(log.at('notice').map((n) => n.message).join('\n')).toMatch(/check run.*checks: write[\s\S]*comment.*pull-requests: write/)
    expect(log.at('warning')).toHaveLength(0)
    expect(outputs.leaks).toBe('11')
  })

  test('a job summary the runner cannot take is a warning; the verdict and outputs stand', async () => {
    const out = outlets()
    out.writeSummary = async () => {
      throw new Error("Unable to access summary file: '/gone/summary.md'.")
    }
    const verdict = await publish(report([finding(0)]), settings(), plan, out)
    expect(verdict).toMatchObject({ failed: true, leaks: 1 })
    expect(log.at('warning').map((w) => w.message)).toEqual([
      "Could not write the job summary (Unable to access summary file: '/gone/summary.md'.). The verdict is unchanged.",
    ])
    expect(api.comments.get(9)).toHaveLength(1)
    expect(outputs.leaks).toBe('1')
  })

  test('an API client that cannot be loaded is a warning per step, never a crash', async () => {
    const out = outlets()
    out.client = async () => {
      throw new Error('Cannot find module ./833.index.js')
    }
    const verdict = await publish(report(Array.from({ length: 11 }, (_, i) => finding(i))), settings(), plan, out)
    expect(verdict).toMatchObject({ failed: true, leaks: 11 })
    expect(log.at('warning').map((w) => w.message)).toEqual([
      expect.stringMatching(/^Could not create a check run with every annotation \(Cannot find module/),
      expect.stringMatching(/^Could not update the pull request comment \(Cannot find module/),
    ])
    expect(outputs.leaks).toBe('11')
  })

  test('a failed check alone starts a comment when fail-on counts it', async () => {
    await publish(report([], [check('fail')]), settings({ failOn: 'error' }), plan, outlets())
    expect(api.comments.get(9)).toHaveLength(1)
    expect(log.at('error').map((e) => e.place?.title)).toEqual(['Checklist: .gitignore covers secret files'])
  })

  test('with fail-on leak a failed check is a warning annotation, not an error', async () => {
    await publish(report([], [check('fail')]), settings(), plan, outlets())
    expect(log.at('error')).toHaveLength(0)
    expect(log.at('warning').map((w) => w.place)).toEqual([{ title: 'Checklist: .gitignore covers secret files', file: '.gitignore', startLine: 1 }])
    expect(api.comments.get(9)).toBeUndefined()
  })

  test('text holding a key stops the run instead of leaving', async () => {
    const secret = 'AbCd' + 'x'.repeat(28)
    const bad = report([finding(0, { file: `src/${secret}.ts` })])
    await expect(publish(bad, settings(), plan, outlets(true, new SecretGuard([secret])))).rejects.toThrow(SecretLeakError)
    expect(api.requests).toHaveLength(0)
    expect(log.lines).toHaveLength(0)
  })

  test('nothing to scan: a notice, empty report files, zero outputs', async () => {
    await publishNothing('the base and head are the same commit', settings({ sarifFile: path.join(dir, 'x.sarif') }), plan, outlets())
    expect(log.at('notice')[0].message).toBe('Nothing to scan: the base and head are the same commit.')
    expect(JSON.parse(readFileSync(path.join(dir, 'x.sarif'), 'utf8')).runs[0].results).toEqual([])
    expect(outputs.leaks).toBe('0')
    expect(api.requests).toHaveLength(0)
  })
})

describe('commentBody', () => {
  const links = { serverUrl: 'https://github.com', repository: 'acme/app', ref: HEAD }
  test('starts with the hidden marker and remembers the leak count', () => {
    const body = commentBody(report([finding(0)]), links, null)
    expect(body.startsWith(`${COMMENT_MARKER}\n${stateLine(1)}\n`)).toBe(true)
    expect(body).not.toMatch(/Fixed/)
  })

  test('says "Fixed" once earlier runs reported keys and this one finds none, and keeps saying it', () => {
    const previous = commentBody(report([finding(0), finding(1)]), links, null)
    const fixed = commentBody(report([]), links, previous)
    expect(fixed).toMatch(/Fixed:\*\* the 2 leaked keys reported earlier/)
    expect(commentBody(report([]), links, fixed)).toMatch(/Fixed:\*\* the 2 leaked keys/)
    expect(commentBody(report([finding(0)]), links, fixed)).not.toMatch(/Fixed/)
    expect(commentBody(report([]), links, commentBody(report([]), links, null))).not.toMatch(/Fixed/)
  })

  test('fits a comment even with thousands of findings', () => {
    const many = report(Array.from({ length: 3000 }, (_, i) => finding(i)))
    expect(commentBody(many, links, null).length).toBeLessThanOrEqual(65536)
  })
})
