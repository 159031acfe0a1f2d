// A run with nothing to scan (base equal to head, a deleted branch): a notice, an empty report (so a SARIF
// upload step still finds its file), a one-line summary, zero outputs, success. Its own module so that such
// a run loads none of what publishing a report needs.
import type { Report } from '../report/report.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import type { EventPlan } from './event.js'
import { linksFor } from './links.js'
import type { Outlets } from './publish.js'
import { writeReportFiles } from './report-files.js'

export async function publishNothing(reason: string, settings: ActionSettings, plan: EventPlan, out: Outlets): Promise<void> {
  out.log.notice(`Nothing to scan: ${reason}.`)
  const empty: Report = {
    version: 1,
    mode: 'diff',
    findings: [],
    checks: [],
    stats: { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 },
  }
  writeReportFiles(empty, settings, linksFor(settings, plan), out.guard)
  await out.writeSummary(`## mistral-guard\n\nℹ️ Nothing to scan: ${reason}.\n`)
  out.setOutput('leaks', '0')
  out.setOutput('failed-checks', '0')
  out.setOutput('report', settings.reportFile)
  out.setOutput('sarif-file', settings.sarifFile ?? '')
}
