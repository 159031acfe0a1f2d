// The JSON report (always; its path is the `report` output) and the SARIF file (when `sarif-file` is set),
// ready for github/codeql-action/upload-sarif.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { render, type RenderLinks } from '../report/reporter.js'
import type { Report } from '../report/report.js'
import type { SecretGuard } from './secret-guard.js'

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

export function writeReportFiles(
  report: Report,
  files: { reportFile: string; sarifFile: string | null },
  links: RenderLinks,
  guard: SecretGuard,
): void {
  write(files.reportFile, guard.check(render(report, 'json', { links }), 'the JSON report'))
  if (files.sarifFile) write(files.sarifFile, guard.check(render(report, 'sarif', { links }), 'the SARIF file'))
}
