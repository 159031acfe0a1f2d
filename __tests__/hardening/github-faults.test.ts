// The GitHub API failing while the action publishes: 5xx then success, persistent 5xx, 403, 404, primary
// and secondary rate limits, a closed port, an API that never answers. Each run goes through the production
// publishing path in process (publish() -> actionOutlets() -> runnerCommands() writing workflow commands and
// file commands, a real octokit with its retry and throttling plugins) against the loopback stand-in, on a
// report the real engine made from a repository the test builds. The client's retries, waits and timeout are
// shrunk through its tuning knobs, so nothing sleeps for long. For every fault: the run finishes without a
// stack trace, says the right notice or warning, keeps the verdict of the same run without the fault, and
// no key reaches any log line, file or request.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { EventPlan } from '../../src/action/event.js'
import { actionOutlets } from '../../src/action/outlets.js'
import { publish } from '../../src/action/publish.js'
import { runnerCommands } from '../../src/action/runner-commands.js'
import { SecretGuard } from '../../src/action/secret-guard.js'
import type { Verdict } from '../../src/action/verdict.js'
import type { ClientTuning } from '../../src/github/client.js'
import type { Report } from '../../src/report/report.js'
import { scan } from '../../src/scan.js'
import type { ActionSettings } from '../../src/settings/from-inputs.js'
import { annotationsIn, parseOutputFile } from '../action/run-action.js'
import {
  BAD_GATEWAY,
  FORBIDDEN,
  HANG,
  NOT_FOUND,
  rateLimited,
  secondaryRateLimited,
  SERVER_ERROR,
  STALLED_BODY,
  startGitHubStandIn,
  type GitHubStandIn,
} from '../action/github-stand-in.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo } from '../helpers/repo.js'
import { settingsFor } from '../scan/settings.js'
import { stackTraceLines } from './cli.js'
import { pythonLeak, safe } from './leaks.js'

/** The production retry policy (3 retries) with waits in milliseconds instead of seconds and a short timeout. */
const FAST: ClientTuning = { retries: 3, retryAfterBaseValue: 1, maxRateLimitWaitSeconds: 120, requestTimeoutMs: 2000 }
const PR = 9
const HEAD = 'ab'.repeat(20)
const plan: EventPlan = {
  target: { kind: 'diff', base: { sha: 'c'.repeat(40) }, head: HEAD, depth: 2, label: `pull request #${PR}` },
  pullRequest: { number: PR },
  linkSha: HEAD,
  checkSha: HEAD,
  policyFromBase: true,
}

interface Scanned {
  report: Report
  secrets: string[]
}

/** Three keys: the PR comment is the only API step. */
let few: Scanned
/** Twelve keys, more than a step shows: a check run, then the PR comment. */
let many: Scanned
/** No key: a passing run (it only looks for an earlier comment). */
let clean: Scanned
const keys = Array.from({ length: 15 }, (_, i) => fakeKey(7300 + i))
const cleanup: Array<() => void> = []

async function scanned(files: Record<string, string>): Promise<Scanned> {
  const repo = makeRepo({ prefix: 'mg-gh-faults-' })
  cleanup.push(() => repo.remove())
  for (const [file, content] of Object.entries(files)) repo.write(file, content)
  repo.commit('files')
  const { report, secrets } = await scan(settingsFor(repo.dir, { mode: 'tree', failOn: 'leak' }))
  return { report, secrets: [...secrets.values()] }
}

interface Run {
  /** The exit code main.ts leaves: 1 when the verdict fails. */
  code: number
  verdict: Verdict
  outputs: Record<string, string>
  stdout: string
  notices: string[]
  warnings: string[]
  /** The ::error annotations on files, one per key. */
  keyAnnotations: string[]
  /** The findings in the JSON report file. */
  reported: string[]
}

const sideChannel = { console: [] as string[], warnings: [] as string[] }
const onWarning = (warning: Error) => void sideChannel.warnings.push(`${warning.name}: ${warning.message}`)

/** One publishing run, as main.ts does it after the scan, with the API at `apiUrl`. */
async function publishWith(apiUrl: string, what: Scanned, api: GitHubStandIn | null, tuning: ClientTuning = FAST): Promise<Run> {
  const runner = mkdtempSync(path.join(tmpdir(), 'mg-gh-faults-runner-'))
  cleanup.push(() => rmSync(runner, { recursive: true, force: true }))
  const outputFile = path.join(runner, 'output')
  const summaryFile = path.join(runner, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const settings: ActionSettings = {
    workspace: runner,
    mode: 'auto',
    failOn: 'leak',
    verify: false,
    verifyBaseUrl: 'https://api.mistral.ai',
    comment: true,
    annotations: true,
    sarifFile: path.join(runner, 'mistral-guard.sarif'),
    reportFile: path.join(runner, 'report.json'),
    checkName: 'mistral-guard findings',
    github: { token: 'ghs_test_token', apiUrl, serverUrl: 'https://github.com', owner: 'acme', repo: 'app', eventName: 'pull_request', payload: {}, sha: HEAD },
  }
  const stdout: string[] = []
  const commands = runnerCommands({ GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }, (text) => void stdout.push(text))
  const previousSummary = process.env.GITHUB_STEP_SUMMARY
  const previousExitCode = process.exitCode
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  let code: number
  let verdict: Verdict
  try {
    verdict = await publish(what.report, settings, plan, actionOutlets(settings, commands, new SecretGuard(what.secrets), tuning))
    // main.ts's last step.
    if (verdict.failed) commands.setFailed(`mistral-guard: ${verdict.reasons.join(' and ')} (fail-on: ${settings.failOn}).`)
    code = Number(process.exitCode ?? 0)
  } finally {
    process.exitCode = previousExitCode
    if (previousSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = previousSummary
  }
  const text = stdout.join('')
  const files = {
    stdout: text,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: readFileSync(outputFile, 'utf8'),
    report: readFileSync(settings.reportFile, 'utf8'),
    sarif: readFileSync(settings.sarifFile!, 'utf8'),
  }
  for (const [where, content] of Object.entries(files)) expectNoKey(content, keys, where)
  if (api) {
    expectNoKey(api.allBodies(), keys, 'API request bodies')
    expectNoKey(api.requests.map((r) => `${r.path}?${new URLSearchParams(r.query)}`).join('\n'), keys, 'API request URLs')
  }
  const outputs = parseOutputFile(files.outputs)
  return {
    code,
    verdict,
    // The report path is the run's own; the rest must match exactly.
    outputs: { ...outputs, report: path.basename(outputs.report), 'sarif-file': path.basename(outputs['sarif-file']) },
    stdout: text,
    notices: annotationsIn(text, 'notice').map((a) => a.message),
    warnings: annotationsIn(text, 'warning').map((a) => a.message),
    keyAnnotations: annotationsIn(text, 'error')
      .filter((a) => a.properties.file)
      .map((a) => `${a.properties.file}:${a.properties.line}:${a.properties.col} ${a.message}`),
    reported: (JSON.parse(files.report) as Report).findings.map((f) => `${f.file}:${f.line} ${f.fingerprint}`),
  }
}

/** (a) finished cleanly, (c) the same verdict as without the fault. (b) and (d) are checked by the caller and publishWith. */
function expectFinishedWithVerdictOf(run: Run, baseline: Run): void {
  expect(stackTraceLines(run.stdout)).toEqual([])
  expect(run.stdout).not.toMatch(/could not finish|TypeError|ReferenceError|Unhandled/)
  expect(sideChannel).toEqual({ console: [], warnings: [] })
  expect(run.code).toBe(baseline.code)
  expect(run.verdict).toEqual(baseline.verdict)
  expect(run.outputs).toEqual(baseline.outputs)
  expect(run.keyAnnotations).toEqual(baseline.keyAnnotations)
  expect(run.reported).toEqual(baseline.reported)
}

/** The lines the client writes for each failed attempt (a 5xx, a network error, a timeout). */
function attemptLines(run: Run): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('GitHub API: '))
}

function requests(api: GitHubStandIn, method: string, pathEnd: string): number {
  return api.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd)).length
}

/** A loopback port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const baselines = {} as Record<'few' | 'many' | 'clean', Run>
let api: GitHubStandIn

beforeAll(async () => {
  few = await scanned({
    'app/client.py': pythonLeak(keys[0]),
    '.env': `MISTRAL_API_KEY=${keys[1]}\n`,
    'config/mistral.yaml': `mistral:\n  endpoint: https://api.mistral.ai\n  api_key: ${keys[2]}\n`,
  })
  const services: Record<string, string> = {}
  for (let i = 0; i < 12; i++) services[`services/s${String(i).padStart(2, '0')}.py`] = pythonLeak(keys[3 + i])
  many = await scanned(services)
  clean = await scanned({ 'app/client.py': 'import os\nfrom mistralai import Mistral\n\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n' })
  // The same runs without any fault: what every faulty run must match.
  for (const [name, what] of [['few', few], ['many', many], ['clean', clean]] as const) {
    const healthy = await startGitHubStandIn()
    baselines[name] = await publishWith(healthy.url, what, healthy)
    await healthy.close()
  }
})

afterAll(() => {
  while (cleanup.length) cleanup.pop()!()
})

beforeEach(async () => {
  api = await startGitHubStandIn()
  sideChannel.console = []
  sideChannel.warnings = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void sideChannel.console.push(safe(args.map(String).join(' '))))
  }
  process.on('warning', onWarning)
})

afterEach(async () => {
  process.off('warning', onWarning)
  jest.restoreAllMocks()
  await api.close()
})

describe('the runs without a fault', () => {
  test('fail on the leaked keys, post the comment (and the check run past 10 keys), and say nothing about the API', () => {
    expect(baselines.few).toMatchObject({ code: 1, outputs: { leaks: '3', 'failed-checks': '0' } })
    expect(baselines.few.keyAnnotations).toHaveLength(3)
    expect(baselines.many).toMatchObject({ code: 1, outputs: { leaks: '12' } })
    expect(baselines.many.keyAnnotations).toHaveLength(12)
    expect(baselines.clean).toMatchObject({ code: 0, outputs: { leaks: '0' } })
    for (const run of Object.values(baselines)) {
      expect(run.warnings).toEqual([])
      expect(run.notices.filter((n) => /GitHub API|Could not|Skipped/.test(n))).toEqual([])
      expect(attemptLines(run)).toEqual([])
    }
    expect(baselines.few.stdout).toMatch(/Pull request comment: created/)
    expect(baselines.many.stdout).toMatch(/Check run \d+ carries all 12 annotations/)
  })
})

describe('5xx', () => {
  test('500 then success: retried once, the comment is posted, no warning', async () => {
    api.script('POST', /\/issues\/9\/comments$/, SERVER_ERROR)
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(requests(api, 'POST', '/issues/9/comments')).toBe(2)
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(attemptLines(run)).toEqual(['GitHub API: HTTP 500 on POST /repos/acme/app/issues/9/comments; such failures are retried up to 3 times.'])
    expect(run.warnings).toEqual([])
    expect(run.notices).toEqual(baselines.few.notices)
  })

  test('502 then success on the check run: retried once, the run carries every annotation', async () => {
    api.script('POST', /\/check-runs$/, BAD_GATEWAY)
    const run = await publishWith(api.url, many, api)
    expectFinishedWithVerdictOf(run, baselines.many)
    expect(requests(api, 'POST', '/check-runs')).toBe(2)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0].annotations).toHaveLength(12)
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(run.warnings).toEqual([])
  })

  test('persistent 502: four attempts, then one warning; the verdict stands', async () => {
    api.script('POST', /\/issues\/9\/comments$/, BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY)
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(requests(api, 'POST', '/issues/9/comments')).toBe(4)
    expect(api.comments.get(PR)).toBeUndefined()
    expect(attemptLines(run)).toHaveLength(4)
    expect(run.warnings).toEqual([
      'Could not update the pull request comment (HTTP 502, still failing after retries: Server Error). ' +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
    ])
  })

  test('persistent 502 on a clean PR: a warning, and the run still passes', async () => {
    api.script('GET', /\/issues\/9\/comments$/, BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY, BAD_GATEWAY)
    const run = await publishWith(api.url, clean, api)
    expectFinishedWithVerdictOf(run, baselines.clean)
    expect(run.code).toBe(0)
    expect(requests(api, 'GET', '/issues/9/comments')).toBe(4)
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toMatch(/^Could not update the pull request comment \(HTTP 502/)
  })
})

describe('403 and 404: what the token may not do is a notice, never retried', () => {
  test('403 on comments (a fork token)', async () => {
    api.script('GET', /\/issues\/9\/comments$/, FORBIDDEN)
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(api.requests).toHaveLength(1)
    expect(run.warnings).toEqual([])
    expect(run.notices.filter((n) => n.startsWith('Could not'))).toEqual([
      "Could not update the pull request comment: the token may not (403). Grant `pull-requests: write` in the workflow's permissions; " +
        'on pull requests from forks the token is read-only. The annotations and job summary still list every finding.',
    ])
  })

  test('403 on check runs: a notice; the comment is still posted', async () => {
    api.script('POST', /\/check-runs$/, FORBIDDEN)
    const run = await publishWith(api.url, many, api)
    expectFinishedWithVerdictOf(run, baselines.many)
    expect(requests(api, 'POST', '/check-runs')).toBe(1)
    expect(api.checkRuns).toHaveLength(0)
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(run.warnings).toEqual([])
    expect(run.notices.filter((n) => n.startsWith('Could not'))).toEqual([
      expect.stringMatching(/^Could not create a check run with every annotation: the token may not \(403\)\. Grant `checks: write`/),
    ])
  })

  test('404 on the PR comments endpoint', async () => {
    api.script('GET', /\/issues\/9\/comments$/, NOT_FOUND)
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(api.requests).toHaveLength(1)
    expect(run.warnings).toEqual([])
    expect(run.notices.filter((n) => n.startsWith('Could not'))).toEqual([
      'Could not update the pull request comment: the API answered 404 (not found); the token may not see this repository or pull request ' +
        '(it needs `pull-requests: write`). The verdict is unchanged; the annotations and the job summary list every finding.',
    ])
  })
})

describe('rate limits: waited out (the wait shrunk by the tuning) and retried', () => {
  test('primary (x-ratelimit-remaining: 0, reset in 30 s): a notice of the wait, then the comment', async () => {
    api.script('GET', /\/issues\/9\/comments$/, rateLimited(30))
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(requests(api, 'GET', '/issues/9/comments')).toBe(2)
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(run.notices.filter((n) => /rate limit/.test(n))).toEqual([
      expect.stringMatching(/^GitHub API primary rate limit on GET \/repos\/acme\/app\/issues\/9\/comments: waiting 3[01] s, then retrying\.$/),
    ])
    expect(run.warnings).toEqual([])
  })

  test('secondary (403, retry-after: 60): a notice of the wait, then the comment', async () => {
    api.script('POST', /\/issues\/9\/comments$/, secondaryRateLimited(60))
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(requests(api, 'POST', '/issues/9/comments')).toBe(2)
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(run.notices.filter((n) => /rate limit/.test(n))).toEqual([
      'GitHub API secondary rate limit on POST /repos/acme/app/issues/9/comments: waiting 60 s, then retrying.',
    ])
    expect(run.warnings).toEqual([])
  })

  test('primary, resetting in an hour (past the longest wait): not waited for, one warning', async () => {
    api.script('GET', /\/issues\/9\/comments$/, rateLimited(3600))
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(api.requests).toHaveLength(1)
    expect(run.notices.filter((n) => /rate limit/.test(n))).toEqual([])
    expect(run.warnings).toEqual([
      "Could not update the pull request comment: GitHub's API rate limit (HTTP 403) outlasted the waits this step allows. " +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
    ])
  })
})

describe('an API that cannot be reached or does not answer', () => {
  test('connection refused (GITHUB_API_URL at a closed port): retried, one notice, the next step skipped', async () => {
    const port = await closedPort()
    const run = await publishWith(`http://127.0.0.1:${port}`, many, null)
    expectFinishedWithVerdictOf(run, baselines.many)
    expect(attemptLines(run)).toEqual(
      Array(4).fill(`GitHub API: connect ECONNREFUSED 127.0.0.1:${port} on POST /repos/acme/app/check-runs; such failures are retried up to 3 times.`),
    )
    expect(run.warnings).toEqual([])
    expect(run.notices.filter((n) => /^(Could not|Skipped)/.test(n))).toEqual([
      `Could not create a check run with every annotation: the GitHub API could not be reached (connect ECONNREFUSED 127.0.0.1:${port}), retries included. ` +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
      'Skipped: update the pull request comment, because the GitHub API could not be reached earlier in this run. ' +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
    ])
  })

  test('slow: a request held past the timeout is abandoned once (not retried), the next step skipped', async () => {
    api.script('POST', /\/check-runs$/, HANG)
    const run = await publishWith(api.url, many, api)
    expectFinishedWithVerdictOf(run, baselines.many)
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/app/check-runs'])
    expect(attemptLines(run)).toEqual(['GitHub API: POST /repos/acme/app/check-runs had no answer in time; not retried.'])
    expect(run.warnings).toEqual([])
    expect(run.notices.filter((n) => /^(Could not|Skipped)/.test(n))).toEqual([
      'Could not create a check run with every annotation: the GitHub API did not answer in time (POST /repos/acme/app/check-runs had no complete answer within 2 s). ' +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
      'Skipped: update the pull request comment, because the GitHub API did not answer in time earlier in this run. ' +
        'The verdict is unchanged; the annotations and the job summary list every finding.',
    ])
  })

  test('slow: a body that stops halfway is abandoned at the same timeout', async () => {
    api.script('GET', /\/issues\/9\/comments$/, STALLED_BODY)
    const run = await publishWith(api.url, few, api)
    expectFinishedWithVerdictOf(run, baselines.few)
    expect(api.requests).toHaveLength(1)
    expect(api.comments.get(PR)).toBeUndefined()
    expect(run.notices.filter((n) => n.startsWith('Could not'))).toEqual([
      expect.stringMatching(/^Could not update the pull request comment: the GitHub API did not answer in time \(GET \/repos\/acme\/app\/issues\/9\/comments had no complete answer within 2 s\)/),
    ])
  })
})
