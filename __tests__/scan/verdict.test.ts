import { exitCode, failureReasons } from '../../src/policy/verdict.js'
import type { CheckResult, Finding, Report } from '../../src/report/report.js'
import type { FailOn } from '../../src/settings/settings.js'

function finding(verification: Finding['verification']): Finding {
  return {
    ruleId: 'mistral-api-key',
    file: 'a',
    line: 1,
    column: 1,
    commit: null,
    author: null,
    date: null,
    fingerprint: '0'.repeat(64),
    redacted: 'AbCd…(32)',
    severity: verification === 'verified' ? 'critical' : 'high',
    inHead: true,
    verification,
  }
}

function check(status: CheckResult['status']): CheckResult {
  return { id: `c-${status}`, title: status, status, message: '', locations: [] }
}

function report(findings: Finding[], checks: CheckResult[]): Report {
  const stats = { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 }
  return { version: 1, mode: 'tree', findings, checks, stats }
}

const LEVELS: FailOn[] = ['verified', 'leak', 'error', 'warning', 'never']

describe('exit code from --fail-on', () => {
  const cases: Array<[string, Report, Record<FailOn, 0 | 1>]> = [
    [
      'a clean report',
      report([], [check('pass'), check('manual'), check('skip')]),
      { verified: 0, leak: 0, error: 0, warning: 0, never: 0 },
    ],
    ['a live key', report([finding('verified')], []), { verified: 1, leak: 1, error: 1, warning: 1, never: 0 }],
    ['an unverified leak', report([finding('skipped')], []), { verified: 0, leak: 1, error: 1, warning: 1, never: 0 }],
    ['a dead key', report([finding('invalid')], []), { verified: 0, leak: 1, error: 1, warning: 1, never: 0 }],
    ['a failed check', report([], [check('fail')]), { verified: 0, leak: 0, error: 1, warning: 1, never: 0 }],
    ['a check warning', report([], [check('warn')]), { verified: 0, leak: 0, error: 0, warning: 1, never: 0 }],
  ]
  for (const [name, input, expected] of cases) {
    it(`judges ${name}`, () => {
      const got = Object.fromEntries(LEVELS.map((level) => [level, exitCode(input, level)]))
      expect(got).toEqual(expected)
    })
  }

  it('says why it fails', () => {
    const mixed = report([finding('skipped'), finding('verified')], [check('fail'), check('warn')])
    expect(failureReasons(mixed, 'warning')).toEqual([
      '2 leaked keys',
      '1 failed check',
      '1 check warning',
    ])
  })
})
