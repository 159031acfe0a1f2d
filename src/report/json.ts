// The JSON report is the machine contract (issue #2): fields and their order exactly as in report.ts,
// 2-space indent, a trailing newline. Objects are rebuilt field by field, so nothing that rode along on
// an input object (least of all a key) can slip into the output.
import type { CheckResult, Finding, Report } from './report.js'
import type { Reporter } from './reporter.js'
import { sortFindings } from './wording.js'

function finding(f: Finding): Finding {
  return {
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    column: f.column,
    commit: f.commit,
    author: f.author,
    date: f.date,
    fingerprint: f.fingerprint,
    redacted: f.redacted,
    severity: f.severity,
    inHead: f.inHead,
    verification: f.verification,
  }
}

function check(c: CheckResult): CheckResult {
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    message: c.message,
    locations: c.locations.map((location) => ({ file: location.file, line: location.line })),
  }
}

/** The contract object in contract order, findings sorted (live first, then by place) so output is stable. */
export function toJsonReport(report: Report): Report {
  return {
    version: report.version,
    mode: report.mode,
    findings: sortFindings(report.findings).map(finding),
    checks: report.checks.map(check),
    stats: {
      files: report.stats.files,
      commits: report.stats.commits,
      bytes: report.stats.bytes,
      skipped: report.stats.skipped,
      durationMs: report.stats.durationMs,
    },
  }
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`
}

export const jsonReporter = { render: (report: Report) => renderJson(report) }
const _check: Reporter = jsonReporter
