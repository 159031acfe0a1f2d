// The exit code from a report and --fail-on: 0 when nothing fails the policy, 1 when something does.
// From the narrowest: verified (keys verified live) < leak (any key) < error (also failed checks) <
// warning (also checks that warn); never: report only.
import type { Report } from '../report/report.js'
import type { FailOn } from '../settings/settings.js'

export const FAIL_ON_VALUES: readonly FailOn[] = ['verified', 'leak', 'error', 'warning', 'never']

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value)
}

/** What in the report fails the policy, one short phrase each; empty when it passes. */
export function failureReasons(report: Report, failOn: FailOn): string[] {
  const reasons: string[] = []
  const live = report.findings.filter((finding) => finding.verification === 'verified').length
  const leaks = report.findings.length
  const failed = report.checks.filter((check) => check.status === 'fail').length
  const warned = report.checks.filter((check) => check.status === 'warn').length
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  if (failOn === 'verified' && live > 0) reasons.push(counted(live, 'live key', 'live keys'))
  if ((failOn === 'leak' || failOn === 'error' || failOn === 'warning') && leaks > 0) {
    reasons.push(counted(leaks, 'leaked key', 'leaked keys'))
  }
  if ((failOn === 'error' || failOn === 'warning') && failed > 0) {
    reasons.push(counted(failed, 'failed check', 'failed checks'))
  }
  if (failOn === 'warning' && warned > 0) reasons.push(counted(warned, 'check warning', 'check warnings'))
  return reasons
}

export function exitCode(report: Report, failOn: FailOn): 0 | 1 {
  return failureReasons(report, failOn).length > 0 ? 1 : 0
}
