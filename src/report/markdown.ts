// Markdown for `--format markdown`, the job summary and the PR comment: what reviewers see. A status line
// first, then the leaked keys with links to their lines, what to do about them, the checklist and the
// stats. With nothing to fix it says so plainly, which is also how a fixed PR's comment reads.
import { mdCode, mdMessage, mdPath, mdText } from './markdown-escape.js'
import { encodePath, encodeSegment } from './paths.js'
import type { CheckResult, CheckStatus, Finding, Report } from './report.js'
import type { RenderLinks, RenderOptions, Reporter } from './reporter.js'
import { keyRuleInfo, remediationSteps } from './rule-catalog.js'
import {
  CONSOLE_API_KEYS_URL,
  CONSOLE_CODESTRAL_URL,
  plural,
  shortDate,
  shortSha,
  sortChecks,
  sortFindings,
  statsPhrases,
  tally,
  TOOL_NAME,
  verificationLabel,
} from './wording.js'

export interface MarkdownOptions extends RenderOptions {
  /** The heading line's text; default `mistral-guard`. An empty string leaves the heading out. */
  heading?: string
  /** Put first, e.g. `<!-- mistral-guard -->`, so a later run finds its comment and updates it. */
  marker?: string
  /** Rows of the findings table; the rest are counted ("and N more"). GitHub comments cap at 65536 chars. */
  maxFindings?: number
  /** Locations listed per checklist row; the rest are counted. */
  maxLocations?: number
}

/** GitHub's limit on an issue or PR comment body. */
export const COMMENT_LIMIT = 65536

const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  manual: '📝',
  skip: '⏭️',
}

const STATUS_WORD: Record<CheckStatus, string> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  manual: 'manual',
  skip: 'skip',
}

function blobUrl(links: RenderLinks, file: string, line: number): string {
  const base = `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/blob/${encodePath(links.ref)}/${encodePath(file)}`
  return line > 0 ? `${base}#L${line}` : base
}

function commitUrl(links: RenderLinks, commit: string): string {
  return `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}/commit/${encodeSegment(commit)}`
}

function location(file: string, line: number, links: RenderLinks | undefined): string {
  const label = mdPath(file, line > 0 ? `:${line}` : '')
  return links ? `[${label}](${blobUrl(links, file, line)})` : label
}

function statusLine(report: Report): string {
  const counts = tally(report)
  const extras: string[] = []
  if (counts.failed > 0) extras.push(`${plural(counts.failed, 'check')} failed`)
  if (counts.warnings > 0) extras.push(plural(counts.warnings, 'warning'))
  if (counts.leaks > 0) {
    const live = counts.live > 0 ? `, **${counts.live} verified live**` : ''
    return `❌ **${plural(counts.leaks, 'leaked Mistral key')}**${live}${extras.length ? ` · ${extras.join(' · ')}` : ''}`
  }
  if (counts.failed > 0) return `❌ No leaked Mistral keys, but **${extras.join(' · ')}**`
  const warnings = counts.warnings > 0 ? ` (${plural(counts.warnings, 'warning')} below)` : ''
  return `✅ **No leaked Mistral keys and no failing checks.** Nothing blocks this change${warnings}.`
}

function commitCell(finding: Finding, links: RenderLinks | undefined): string {
  if (!finding.commit) return '—'
  const sha = mdCode(shortSha(finding.commit))
  const parts = [links ? `[${sha}](${commitUrl(links, finding.commit)})` : sha]
  if (finding.author) parts.push(mdText(finding.author))
  if (finding.date) parts.push(mdText(shortDate(finding.date)))
  if (finding.inHead === false) parts.push('_not in HEAD_')
  return parts.join(' · ')
}

function verificationCell(finding: Finding): string {
  const label = verificationLabel(finding.verification)
  return finding.verification === 'verified' ? `🔴 **${label}**` : label
}

function findingsSection(findings: Finding[], options: MarkdownOptions): string[] {
  const limit = options.maxFindings === undefined ? findings.length : Math.max(0, options.maxFindings)
  const shown = findings.slice(0, limit)
  const lines = ['### Leaked keys', '']
  if (shown.length > 0) {
    lines.push('| Where | Rule | Key | Commit | Verification |', '| --- | --- | --- | --- | --- |')
    for (const finding of shown) {
      const cells = [
        location(finding.file, finding.line, options.links),
        mdCode(finding.ruleId),
        mdCode(finding.redacted),
        commitCell(finding, options.links),
        verificationCell(finding),
      ]
      lines.push(`| ${cells.join(' | ')} |`)
    }
  }
  const hidden = findings.length - shown.length
  if (hidden > 0) {
    lines.push('', `…and ${plural(hidden, 'more leaked key')} not shown here: see the job summary or the JSON/SARIF report.`)
  }
  return lines
}

function whatToDo(findings: Finding[]): string[] {
  const codestral = findings.some((finding) => keyRuleInfo(finding.ruleId).consoleUrl === CONSOLE_CODESTRAL_URL)
  const lines = ['### What to do', '']
  remediationSteps(CONSOLE_API_KEYS_URL).forEach((step, index) => lines.push(`${index + 1}. ${step.markdown}`))
  if (codestral) lines.push('', `Codestral keys are managed on the console's [Codestral page](${CONSOLE_CODESTRAL_URL}).`)
  return lines
}

function locationsCell(check: CheckResult, options: MarkdownOptions): string {
  const limit = options.maxLocations === undefined ? check.locations.length : Math.max(0, options.maxLocations)
  const shown = check.locations.slice(0, limit).map((l) => location(l.file, l.line, options.links))
  const hidden = check.locations.length - shown.length
  if (hidden > 0) shown.push(`and ${hidden} more`)
  return shown.length > 0 ? shown.join('<br>') : '—'
}

function checklistSection(checks: CheckResult[], options: MarkdownOptions): string[] {
  const lines = ['### Checklist', '', '| | Check | Result | Where |', '| --- | --- | --- | --- |']
  for (const check of sortChecks(checks)) {
    const icon = `${STATUS_ICON[check.status]} ${STATUS_WORD[check.status]}`
    const title = `${mdText(check.title)}<br><sub>${mdCode(check.id)}</sub>`
    lines.push(`| ${icon} | ${title} | ${mdMessage(check.message) || '—'} | ${locationsCell(check, options)} |`)
  }
  return lines
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const blocks: string[][] = []
  const head: string[] = []
  if (options.marker) head.push(options.marker)
  const heading = options.heading ?? TOOL_NAME
  if (heading) head.push(`## ${mdText(heading)}`, '')
  head.push(statusLine(report))
  blocks.push(head)

  const findings = sortFindings(report.findings)
  if (findings.length > 0) {
    blocks.push(findingsSection(findings, options))
    blocks.push(whatToDo(findings))
  }
  if (report.checks.length > 0) blocks.push(checklistSection(report.checks, options))

  const version = options.toolVersion ? ` ${mdText(options.toolVersion)}` : ''
  blocks.push([`<sub>${report.mode} scan · ${statsPhrases(report).join(' · ')} · ${TOOL_NAME}${version}</sub>`])
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`
}

/**
 * The longest rendering that fits `limit` characters (a PR comment, a job summary): everything if it
 * fits; else checklist rows list at most 10 locations each (unless `maxLocations` says otherwise) and
 * the findings table holds as many rows as fit, the rest counted.
 */
export function renderMarkdownWithin(report: Report, options: MarkdownOptions = {}, limit = COMMENT_LIMIT): string {
  const full = renderMarkdown(report, options)
  if (full.length <= limit) return full
  const capped: MarkdownOptions = { ...options, maxLocations: options.maxLocations ?? 10 }
  let low = 0
  let high = Math.min(report.findings.length, options.maxFindings ?? report.findings.length)
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (renderMarkdown(report, { ...capped, maxFindings: middle }).length <= limit) low = middle
    else high = middle - 1
  }
  const best = renderMarkdown(report, { ...capped, maxFindings: low })
  if (best.length <= limit) return best
  // Only a pathological checklist gets here: drop it and keep the status line and the counts.
  return renderMarkdown({ ...report, checks: [] }, { ...capped, maxFindings: 0 }).slice(0, limit)
}

export const markdownReporter = { render: (report: Report, options: RenderOptions) => renderMarkdown(report, options) }
const _check: Reporter = markdownReporter
