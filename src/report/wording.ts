// Words and numbers every format shares, so that text, markdown and SARIF say the same thing the same way.
import type { CheckResult, CheckStatus, Finding, Report, ScanStats, Verification } from './report.js'

export const TOOL_NAME = 'mistral-guard'
export const TOOL_URI = 'https://github.com/mistral-guard/mistral-guard'
export const CONSOLE_API_KEYS_URL = 'https://console.mistral.ai/api-keys'
export const CONSOLE_CODESTRAL_URL = 'https://console.mistral.ai/codestral'
export const FILTER_REPO_URL = 'https://github.com/newren/git-filter-repo'

/** The verdict of `--verify` in a few words. */
export function verificationLabel(verification: Verification): string {
  switch (verification) {
    case 'verified':
      return 'LIVE (verified)'
    case 'invalid':
      return 'invalid (rejected by Mistral)'
    case 'unknown':
      return 'unknown (could not verify)'
    case 'skipped':
      return 'not verified'
  }
}

export const STATUS_ORDER: readonly CheckStatus[] = ['fail', 'warn', 'manual', 'pass', 'skip']

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

export function shortSha(commit: string): string {
  return commit.slice(0, 7)
}

/** The calendar day of an ISO 8601 date, which is all a table needs. */
export function shortDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const minutes = Math.floor(ms / 60_000)
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** Scan statistics as short phrases; commits only where the mode walks commits. */
export function statsPhrases(report: Report): string[] {
  const stats: ScanStats = report.stats
  const phrases = [plural(stats.files, 'file')]
  if (report.mode === 'diff' || report.mode === 'history' || stats.commits > 0) phrases.push(plural(stats.commits, 'commit'))
  phrases.push(formatBytes(stats.bytes), `${stats.skipped} skipped`, formatDuration(stats.durationMs))
  return phrases
}

export interface Tally {
  leaks: number
  live: number
  failed: number
  warnings: number
  manual: number
}

export function tally(report: Report): Tally {
  const count = (status: CheckStatus) => report.checks.filter((check) => check.status === status).length
  return {
    leaks: report.findings.length,
    live: report.findings.filter((finding) => finding.verification === 'verified').length,
    failed: count('fail'),
    warnings: count('warn'),
    manual: count('manual'),
  }
}

function compareText(a: string, b: string): number {
  // Code-unit order, not localeCompare: the same report must render the same bytes on every machine.
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * One order for every format: live keys first (they are incidents), then by place. Sorting here makes
 * outputs stable however the scan's workers happened to finish.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding) => (finding.severity === 'critical' ? 0 : 1)
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.commit ?? '', b.commit ?? '') ||
      compareText(a.fingerprint, b.fingerprint),
  )
}

/** The checklist as given (its order is meaningful), but a failing row never hides below a passing one. */
export function sortChecks(checks: readonly CheckResult[]): CheckResult[] {
  return [...checks].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
}
