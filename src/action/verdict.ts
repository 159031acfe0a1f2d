// Whether the step fails, from the report and `fail-on` alone: publishing problems never change it.
import type { FailOn } from '../settings/settings.js'
import type { Report } from '../report/report.js'

export interface Verdict {
  failed: boolean
  /** New leaked keys (after the baseline; keys already in the base are not in the report). */
  leaks: number
  /** Keys verified live (only with verify: true). */
  live: number
  failedChecks: number
  warnedChecks: number
  /** Why it failed, one short phrase each; empty when it passes. */
  reasons: string[]
}

export function judge(report: Report, failOn: FailOn): Verdict {
  const leaks = report.findings.length
  const live = report.findings.filter((finding) => finding.verification === 'verified').length
  const failedChecks = report.checks.filter((check) => check.status === 'fail').length
  const warnedChecks = report.checks.filter((check) => check.status === 'warn').length
  const reasons: string[] = []
  const keys = (n: number, what: string) => `${n} ${what} Mistral key${n === 1 ? '' : 's'}`
  if (failOn === 'verified' && live > 0) reasons.push(keys(live, 'live'))
  if (['leak', 'error', 'warning'].includes(failOn) && leaks > 0) reasons.push(keys(leaks, 'leaked'))
  if (['error', 'warning'].includes(failOn) && failedChecks > 0) reasons.push(`${failedChecks} failed check${failedChecks === 1 ? '' : 's'}`)
  if (failOn === 'warning' && warnedChecks > 0) reasons.push(`${warnedChecks} check warning${warnedChecks === 1 ? '' : 's'}`)
  return { failed: reasons.length > 0, leaks, live, failedChecks, warnedChecks, reasons }
}
