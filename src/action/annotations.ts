// One annotation per leaked key, at its file, line and column. GitHub shows only 10 error annotations per
// step, so the same list also goes to a check run when there are more (check-run.ts).
import type { CheckAnnotation } from '../github/create-check-run.js'
import type { Finding, Report } from '../report/report.js'
import type { FailOn } from '../settings/settings.js'
import { keyRuleInfo } from '../report/rule-catalog.js'
import type { ActionLog } from './log.js'
import type { SecretGuard } from './secret-guard.js'

/** GitHub's limit of error annotations shown per step. */
export const STEP_ANNOTATION_LIMIT = 10

export function findingTitle(finding: Finding): string {
  const title = keyRuleInfo(finding.ruleId).title
  return finding.verification === 'verified' ? `Leaked ${title} (verified live)` : `Leaked ${title}`
}

export function findingMessage(finding: Finding): string {
  const title = keyRuleInfo(finding.ruleId).title
  const where = finding.commit ? ` added in commit ${finding.commit.slice(0, 7)}` : ''
  return (
    `${title} ${finding.redacted}${where} (fingerprint ${finding.fingerprint.slice(0, 12)}). ` +
    'Rotate it in the Mistral console, revoke the old key, and remove it from history.'
  )
}

/**
 * Writes the ::error annotations, and one per failing or warning check: an error only when `fail-on`
 * counts failed checks, so the annotations never look worse than the verdict.
 */
export function annotate(report: Report, failOn: FailOn, log: ActionLog, guard: SecretGuard): void {
  const checksFail = failOn === 'error' || failOn === 'warning'
  for (const finding of report.findings) {
    const message = findingMessage(finding)
    const place = { title: findingTitle(finding), file: finding.file, startLine: finding.line, startColumn: finding.column }
    guard.check(`${message} ${JSON.stringify(place)}`, 'an annotation')
    log.error(message, place)
  }
  // A check that only restates the findings (every location is a leaked key) is already annotated above.
  const findingPlaces = new Set(report.findings.map((finding) => `${finding.file}:${finding.line}`))
  for (const check of report.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue
    if (check.locations.length > 0 && check.locations.every((l) => findingPlaces.has(`${l.file}:${l.line}`))) continue
    const emit = check.status === 'fail' && checksFail ? log.error : log.warning
    const message = check.message || check.title
    const location = check.locations[0]
    const place = { title: `Checklist: ${check.title}`, ...(location ? { file: location.file, startLine: location.line } : {}) }
    guard.check(`${message} ${JSON.stringify(place)}`, 'an annotation')
    emit(message, place)
  }
}

/** The same findings as Checks API annotations. */
export function checkAnnotations(report: Report): CheckAnnotation[] {
  return report.findings.map((finding) => ({
    path: finding.file,
    start_line: finding.line,
    end_line: finding.line,
    start_column: finding.column,
    end_column: finding.column,
    annotation_level: 'failure' as const,
    title: findingTitle(finding),
    message: findingMessage(finding),
  }))
}
