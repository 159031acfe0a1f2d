// Merges the reports of an org fan-out or of a history split into ranges into one organization summary:
// leaks per repository (a finding counted once per fingerprint and commit, however many range jobs saw it),
// and checklist failures per repository (the worst status each check got in any of its reports).
import type { Report } from '../report/report.js'
import type { GatheredCheck, GatheredFinding, LoadedReport, ReadResult } from './read-reports.js'

export interface RepoSummary {
  repository: string
  /** Reports merged (more than one when the history was split into ranges). */
  reports: number
  ranges: string[]
  leaks: number
  inHead: number
  verified: number
  /** Findings dropped because another report already had the same fingerprint at the same commit. */
  duplicates: number
  findings: GatheredFinding[]
  checksFailed: Array<Pick<GatheredCheck, 'id' | 'title' | 'message'>>
  checksWarned: number
  stats: { commits: number; files: number; bytes: number; skipped: number; durationMs: number }
}

export interface OrgSummary {
  version: 1
  repositories: RepoSummary[]
  totals: {
    repositories: number
    withLeaks: number
    leaks: number
    inHead: number
    verified: number
    withCheckFailures: number
    checkFailures: number
    duplicates: number
  }
  /** Planned repositories (or ranges) no report came back for. */
  missing: string[]
  unreadable: Array<{ file: string; reason: string }>
}

const STATUS_RANK: Record<GatheredCheck['status'], number> = { fail: 4, warn: 3, manual: 2, pass: 1, skip: 0 }

/** What may be shown of a key. A report that carries anything longer is not trusted: show nothing of it. */
export function safeRedacted(value: string): string {
  return /^[A-Za-z0-9]{0,4}…\(\d{1,4}\)$/u.test(value) ? value : '[redacted]'
}

/** Copies only the contract's fields, so nothing else a report carried reaches the summary. */
function cleanFinding(f: GatheredFinding): GatheredFinding {
  return {
    ruleId: f.ruleId,
    file: f.file,
    line: f.line,
    column: f.column,
    commit: f.commit,
    author: f.author,
    date: f.date,
    fingerprint: f.fingerprint,
    redacted: safeRedacted(f.redacted),
    severity: f.severity,
    inHead: f.inHead,
    verification: f.verification,
  }
}

function byPlace(a: GatheredFinding, b: GatheredFinding): number {
  const live = Number(b.verification === 'verified') - Number(a.verification === 'verified')
  if (live !== 0) return live
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  if (a.line !== b.line) return a.line - b.line
  return (a.commit ?? '') < (b.commit ?? '') ? -1 : (a.commit ?? '') > (b.commit ?? '') ? 1 : 0
}

/**
 * One report out of several of the same repository (range jobs): each finding once per fingerprint and commit
 * (the strongest verification any job reached), each check once with the worst status any job gave it, stats
 * summed. Also what `plan gather --sarif` renders for a history split into ranges.
 */
export function mergeReports(loaded: LoadedReport[]): { report: Report; duplicates: number } {
  const findings = new Map<string, GatheredFinding>()
  const checks = new Map<string, GatheredCheck>()
  const stats = { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 }
  let duplicates = 0
  for (const { report } of loaded) {
    for (const finding of report.findings) {
      const id = `${finding.fingerprint}\0${finding.commit ?? ''}`
      const known = findings.get(id)
      if (known) {
        duplicates++
        if (known.verification !== 'verified' && finding.verification === 'verified') {
          findings.set(id, cleanFinding(finding))
        }
        continue
      }
      findings.set(id, cleanFinding(finding))
    }
    for (const check of report.checks) {
      const known = checks.get(check.id)
      if (!known || STATUS_RANK[check.status] > STATUS_RANK[known.status]) checks.set(check.id, check)
    }
    for (const key of Object.keys(stats) as Array<keyof typeof stats>) stats[key] += report.stats[key] ?? 0
  }
  const modes = new Set(loaded.map((l) => l.report.mode))
  return {
    report: {
      version: 1,
      mode: modes.size === 1 ? [...modes][0] : 'history',
      findings: [...findings.values()].sort(byPlace),
      checks: [...checks.values()].map((c) => ({
        ...c,
        locations: c.locations.map((l) => ({ file: l.file, line: l.line })),
      })),
      stats,
    },
    duplicates,
  }
}

function summarizeRepository(repository: string, loaded: LoadedReport[]): RepoSummary {
  const { report, duplicates } = mergeReports(loaded)
  const findings = report.findings
  return {
    repository,
    reports: loaded.length,
    ranges: loaded.flatMap((l) => (l.range === null ? [] : [l.range])).sort((a, b) => Number(a) - Number(b)),
    leaks: findings.length,
    inHead: findings.filter((f) => f.inHead === true).length,
    verified: findings.filter((f) => f.verification === 'verified').length,
    duplicates,
    findings,
    checksFailed: report.checks
      .filter((c) => c.status === 'fail')
      .map((c) => ({ id: c.id, title: c.title, message: c.message }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    checksWarned: report.checks.filter((c) => c.status === 'warn').length,
    stats: {
      commits: report.stats.commits,
      files: report.stats.files,
      bytes: report.stats.bytes,
      skipped: report.stats.skipped,
      durationMs: report.stats.durationMs,
    },
  }
}

export interface Expected {
  /** owner/name of every planned repository (org fan-out). */
  repositories?: string[]
  /** Range indexes planned for one repository (history split). */
  ranges?: string[]
}

export function gather(read: ReadResult, expected: Expected = {}): OrgSummary {
  const byRepository = new Map<string, LoadedReport[]>()
  for (const loaded of read.reports) {
    byRepository.set(loaded.repository, [...(byRepository.get(loaded.repository) ?? []), loaded])
  }
  const repositories = [...byRepository.entries()]
    .map(([repository, loaded]) => summarizeRepository(repository, loaded))
    // Most urgent first: live keys, then leaks, then checklist failures.
    .sort(
      (a, b) =>
        b.verified - a.verified ||
        b.leaks - a.leaks ||
        b.checksFailed.length - a.checksFailed.length ||
        (a.repository < b.repository ? -1 : 1),
    )
  const missing: string[] = []
  for (const repository of expected.repositories ?? []) if (!byRepository.has(repository)) missing.push(repository)
  const seenRanges = new Set(read.reports.flatMap((l) => (l.range === null ? [] : [l.range])))
  for (const range of expected.ranges ?? []) if (!seenRanges.has(range)) missing.push(`range ${range}`)
  const sum = (pick: (r: RepoSummary) => number) => repositories.reduce((total, r) => total + pick(r), 0)
  return {
    version: 1,
    repositories,
    totals: {
      repositories: repositories.length,
      withLeaks: repositories.filter((r) => r.leaks > 0).length,
      leaks: sum((r) => r.leaks),
      inHead: sum((r) => r.inHead),
      verified: sum((r) => r.verified),
      withCheckFailures: repositories.filter((r) => r.checksFailed.length > 0).length,
      checkFailures: sum((r) => r.checksFailed.length),
      duplicates: sum((r) => r.duplicates),
    },
    missing,
    unreadable: read.unreadable,
  }
}
