// The organization summary as GitHub-flavoured markdown for a job summary ($GITHUB_STEP_SUMMARY holds at most
// 1 MiB, so long tables are cut with a count of what was left out). Every string from a report is escaped.
import { mdCode, mdPath, mdText } from '../report/markdown-escape.js'
import type { OrgSummary, RepoSummary } from './gather.js'

export interface MarkdownLimits {
  /** Rows of the per-repository table. */
  repositories: number
  /** Leak rows, over all repositories. */
  leaks: number
}

const DEFAULT_LIMITS: MarkdownLimits = { repositories: 500, leaks: 1000 }

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

function headline(summary: OrgSummary): string {
  const t = summary.totals
  const scanned = plural(t.repositories, 'repository', 'repositories')
  const leaks =
    t.leaks === 0
      ? `No Mistral API key found in ${scanned}.`
      : `**${plural(t.withLeaks, 'repository', 'repositories')} of ${t.repositories} leak Mistral API keys**: ` +
        `${plural(t.leaks, 'leak')} (${t.inHead.toLocaleString('en-US')} still in HEAD` +
        `${t.verified > 0 ? `, **${t.verified.toLocaleString('en-US')} verified live**` : ''}).`
  const checks =
    t.checkFailures === 0
      ? 'No checklist failures.'
      : `${plural(t.withCheckFailures, 'repository', 'repositories')} ` +
        `${t.withCheckFailures === 1 ? 'fails' : 'fail'} ${plural(t.checkFailures, 'checklist item')}.`
  return `${leaks} ${checks}`
}

function repositoryRow(r: RepoSummary): string {
  const failed = r.checksFailed.length === 0 ? '—' : r.checksFailed.map((c) => mdCode(c.id)).join(', ')
  const ranges = r.ranges.length > 0 ? ` (${plural(r.ranges.length, 'range')})` : ''
  return (
    `| ${mdText(r.repository)}${ranges} | ${r.leaks} | ${r.inHead} | ${r.verified} | ${failed} | ` +
    `${r.stats.commits.toLocaleString('en-US')} |`
  )
}

export function renderSummaryMarkdown(summary: OrgSummary, limits: MarkdownLimits = DEFAULT_LIMITS): string {
  const out: string[] = ['## mistral-guard: organization summary', '', headline(summary), '']
  if (summary.repositories.length > 0) {
    out.push('| Repository | Leaks | In HEAD | Verified | Checklist failures | Commits scanned |')
    out.push('| --- | ---: | ---: | ---: | --- | ---: |')
    for (const r of summary.repositories.slice(0, limits.repositories)) out.push(repositoryRow(r))
    const rest = summary.repositories.length - limits.repositories
    if (rest > 0) out.push('', `…and ${plural(rest, 'more repository', 'more repositories')} (see the JSON summary).`)
    out.push('')
  }
  let leakRows = 0
  const leaky = summary.repositories.filter((r) => r.leaks > 0)
  if (leaky.length > 0) out.push('### Leaks', '')
  for (const r of leaky) {
    if (leakRows >= limits.leaks) {
      const shown = plural(limits.leaks, 'row')
      out.push(`…leaks of further repositories left out (${shown} shown; see the JSON summary).`, '')
      break
    }
    out.push(`<details><summary>${mdText(r.repository)}: ${plural(r.leaks, 'leak')}</summary>`, '')
    out.push('| File | Commit | Key | In HEAD | Verification | Fingerprint |', '| --- | --- | --- | --- | --- | --- |')
    for (const f of r.findings) {
      if (leakRows++ >= limits.leaks) break
      const inHead = f.inHead === null ? '?' : f.inHead ? 'yes' : 'no'
      out.push(
        `| ${mdPath(f.file, `:${f.line}`)} | ${f.commit ? mdCode(f.commit.slice(0, 12)) : '—'} | ` +
          `${mdCode(f.redacted)} | ` +
          `${inHead} | ${f.verification} | ${mdCode(f.fingerprint.slice(0, 16))} |`,
      )
    }
    out.push('', '</details>', '')
  }
  const failing = summary.repositories.filter((r) => r.checksFailed.length > 0)
  if (failing.length > 0) {
    out.push('### Checklist failures', '')
    for (const r of failing.slice(0, limits.repositories)) {
      const items = r.checksFailed.map((c) => `${mdCode(c.id)} ${mdText(c.title)}`)
      out.push(`- ${mdText(r.repository)}: ${items.join('; ')}`)
    }
    out.push('')
  }
  if (summary.missing.length > 0) {
    out.push('### Missing reports', '', 'No report came back for these (the job failed, was cancelled or skipped):', '')
    for (const m of summary.missing) out.push(`- ${mdText(m)}`)
    out.push('')
  }
  if (summary.unreadable.length > 0) {
    out.push('### Unreadable reports', '')
    for (const u of summary.unreadable) out.push(`- ${mdPath(u.file)}: ${mdText(u.reason)}`)
    out.push('')
  }
  if (summary.totals.duplicates > 0) {
    const merged = plural(summary.totals.duplicates, 'duplicate finding')
    out.push(`${merged} (same fingerprint and commit in several reports) merged.`, '')
  }
  return out.join('\n')
}
