// The terminal format: one line per leaked key in `file:line:column` form (editors and terminals make it
// clickable), the checklist as a compact table, and a one-line summary. Colour only when asked (a TTY):
// piped output and CI logs get plain text. Every string from the repository (file names, authors,
// messages) is escaped, so a file name cannot inject a terminal escape or break a line.
import { escapeUnsafe, quotePath } from './paths.js'
import type { CheckResult, CheckStatus, Finding, Report } from './report.js'
import type { RenderOptions, Reporter } from './reporter.js'
import {
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

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan' | 'magenta'

const SGR: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  magenta: [35, 39],
}

type Paint = (style: Style, text: string) => string

function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text
  return (style, text) => `\x1b[${SGR[style][0]}m${text}\x1b[${SGR[style][1]}m`
}

const STATUS_SYMBOL: Record<CheckStatus, { symbol: string; style: Style }> = {
  pass: { symbol: '✓', style: 'green' },
  fail: { symbol: '✗', style: 'red' },
  warn: { symbol: '!', style: 'yellow' },
  manual: { symbol: '?', style: 'cyan' },
  skip: { symbol: '-', style: 'dim' },
}

/** Zero-width marks and double-width East Asian characters, so CJK names keep columns aligned. */
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200d\ufe00-\ufe0f]/
const DOUBLE_WIDTH =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u

/** Columns a terminal gives `text`: an approximation of wcwidth that is right for the common cases. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : DOUBLE_WIDTH.test(char) ? 2 : 1
  return width
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

function widthOf(texts: string[]): number {
  return texts.reduce((max, text) => Math.max(max, displayWidth(text)), 0)
}

function findingWhere(finding: Finding): string {
  return `${quotePath(finding.file)}:${finding.line}:${finding.column}`
}

function provenance(finding: Finding): string {
  const parts: string[] = []
  if (finding.commit) parts.push(shortSha(finding.commit))
  if (finding.author) parts.push(escapeUnsafe(finding.author))
  if (finding.date) parts.push(shortDate(escapeUnsafe(finding.date)))
  if (finding.inHead === false) parts.push('not in HEAD')
  return parts.length > 0 ? `[${parts.join(', ')}]` : ''
}

function findingLines(findings: Finding[], paint: Paint): string[] {
  const rows = findings.map((finding) => ({
    finding,
    where: findingWhere(finding),
    rule: escapeUnsafe(finding.ruleId),
    redacted: escapeUnsafe(finding.redacted),
    provenance: provenance(finding),
  }))
  const whereWidth = widthOf(rows.map((row) => row.where))
  const ruleWidth = widthOf(rows.map((row) => row.rule))
  const redactedWidth = widthOf(rows.map((row) => row.redacted))
  const provenanceWidth = widthOf(rows.map((row) => row.provenance))
  return rows.map((row) => {
    const verification = verificationLabel(row.finding.verification)
    const cells = [
      paint('bold', padEnd(row.where, whereWidth)),
      padEnd(row.rule, ruleWidth),
      paint('yellow', padEnd(row.redacted, redactedWidth)),
      ...(provenanceWidth > 0 ? [paint('dim', padEnd(row.provenance, provenanceWidth))] : []),
      row.finding.verification === 'verified' ? paint('red', paint('bold', verification)) : verification,
    ]
    return `  ${cells.join('  ')}`.trimEnd()
  })
}

/**
 * The most locations a checklist row names in a terminal (a check about every source file can have thousands);
 * the JSON, SARIF and Markdown reports keep their own rules.
 */
export const TEXT_MAX_LOCATIONS = 10

function checkLines(checks: CheckResult[], paint: Paint): string[] {
  const sorted = sortChecks(checks)
  const idWidth = widthOf(sorted.map((check) => escapeUnsafe(check.id)))
  const statusWidth = widthOf(sorted.map((check) => check.status))
  const indent = ' '.repeat(2 + 2 + statusWidth + 2 + idWidth + 2)
  const lines: string[] = []
  for (const check of sorted) {
    const { symbol, style } = STATUS_SYMBOL[check.status]
    const messageLines = (check.message || check.title).split(/\r\n|\r|\n/).map(escapeUnsafe)
    const head = `  ${paint(style, `${symbol} ${padEnd(check.status, statusWidth)}`)}  ${padEnd(escapeUnsafe(check.id), idWidth)}  `
    lines.push(`${head}${messageLines[0]}`.trimEnd())
    for (const more of messageLines.slice(1)) lines.push(`${indent}${more}`.trimEnd())
    if (check.locations.length > 0) {
      const shown = check.locations.slice(0, TEXT_MAX_LOCATIONS)
      const where = shown.map((location) => `${quotePath(location.file)}${location.line > 0 ? `:${location.line}` : ''}`)
      const hidden = check.locations.length - shown.length
      if (hidden > 0) where.push(`and ${hidden} more (--format json lists them all)`)
      lines.push(`${indent}${paint('dim', `at ${where.join(', ')}`)}`)
    }
  }
  return lines
}

export function renderText(report: Report, options: RenderOptions = {}): string {
  const paint = painter(options.color === true)
  const counts = tally(report)
  const findings = sortFindings(report.findings)
  const lines: string[] = []

  const name = options.toolVersion ? `${TOOL_NAME} ${escapeUnsafe(options.toolVersion)}` : TOOL_NAME
  lines.push(`${paint('bold', name)}: ${report.mode} scan`)
  lines.push('')

  if (findings.length === 0) {
    lines.push(paint('green', 'No leaked Mistral keys.'))
  } else {
    lines.push(paint('red', paint('bold', `Leaked keys (${findings.length}):`)))
    lines.push(...findingLines(findings, paint))
  }

  if (report.checks.length > 0) {
    lines.push('')
    lines.push(paint('bold', 'Checklist:'))
    lines.push(...checkLines(report.checks, paint))
  }

  lines.push('')
  const verdict = [plural(counts.leaks, 'leaked key')]
  if (counts.live > 0) verdict.push(`${counts.live} live`)
  verdict.push(plural(counts.failed, 'check') + ' failed')
  if (counts.warnings > 0) verdict.push(plural(counts.warnings, 'warning'))
  const verdictText = verdict.join(', ')
  const verdictStyle: Style = counts.leaks > 0 || counts.failed > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'green'
  lines.push(`${paint(verdictStyle, verdictText)} ${paint('dim', `· ${statsPhrases(report).join(', ')}`)}`)
  return `${lines.join('\n')}\n`
}

export const textReporter = { render: (report: Report, options: RenderOptions) => renderText(report, options) }
const _check: Reporter = textReporter
