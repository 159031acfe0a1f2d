// SARIF 2.1.0 for GitHub code scanning (upload-sarif). Rules: every key rule (the known ones and any in
// the findings) and every checklist check; results: each leaked key, and each failing or warning check
// at its locations. Code scanning rejects a whole upload if any result lacks a location, so a check with
// none is anchored at the file it is about (or the config file), line 1.
import { createHash } from 'node:crypto'
import type { Location, Log, ReportingDescriptor, Result, Run } from 'sarif'
import { encodePath } from './paths.js'
import type { CheckResult, Finding, Report } from './report.js'
import type { RenderOptions, Reporter } from './reporter.js'
import { checkInfo, KEY_RULES, keyRuleInfo, pascalCase, remediationSteps } from './rule-catalog.js'
import { shortDate, shortSha, sortFindings, TOOL_NAME, TOOL_URI, verificationLabel } from './wording.js'

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'
export const FINGERPRINT_KEY = 'mistralGuard/v1'
export const CHECK_FINGERPRINT_KEY = 'mistralGuardCheck/v1'

/** Where a check without locations is anchored; anything not listed goes to the config file. */
const CHECK_ANCHORS: Record<string, string> = {
  'gitignore-covers-secrets': '.gitignore',
}
const DEFAULT_ANCHOR = '.mistral-guard.yml'

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/** A leaked key ranks high; a verified live one is critical, which the result's properties say. */
const KEY_SECURITY_SEVERITY = '8.9'

function physical(file: string, line: number, column?: number): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, line), ...(column !== undefined ? { startColumn: Math.max(1, column) } : {}) },
    },
  }
}

function keyRule(ruleId: string): ReportingDescriptor {
  const info = keyRuleInfo(ruleId)
  const steps = remediationSteps(info.consoleUrl)
  return {
    id: ruleId,
    name: info.name,
    shortDescription: { text: `Leaked ${info.title}` },
    fullDescription: { text: info.description },
    help: {
      text: steps.map((step, index) => `${index + 1}. ${step.text}`).join('\n'),
      markdown: steps.map((step, index) => `${index + 1}. ${step.markdown}`).join('\n'),
    },
    helpUri: info.consoleUrl,
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'secret', 'mistral', 'external/cwe/cwe-798'],
      precision: 'high',
      'security-severity': KEY_SECURITY_SEVERITY,
    },
  }
}

function checkRule(check: CheckResult): ReportingDescriptor {
  const info = checkInfo(check.id, check.title)
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: info.help },
    help: { text: info.help },
    defaultConfiguration: { level: check.status === 'warn' ? 'warning' : 'error' },
    properties: {
      tags: ['security', 'mistral', 'checklist'],
      'security-severity': info.securitySeverity,
    },
  }
}

function findingMessage(finding: Finding): string {
  const info = keyRuleInfo(finding.ruleId)
  const origin: string[] = []
  if (finding.commit) origin.push(`added in ${shortSha(finding.commit)}`)
  if (finding.author) origin.push(`by ${finding.author}`)
  if (finding.date) origin.push(`on ${shortDate(finding.date)}`)
  const where = origin.length > 0 ? ` ${origin.join(' ')}` : ''
  const head = finding.inHead === false ? ' It is no longer in HEAD but stays readable in history.' : ''
  return (
    `Leaked ${info.title} ${finding.redacted}${where} (verification: ${verificationLabel(finding.verification)}).${head}` +
    ' Rotate it in the Mistral console, revoke the old key and remove it from history.'
  )
}

function findingResult(finding: Finding, ruleIndex: number): Result {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: 'error',
    message: { text: findingMessage(finding) },
    locations: [physical(finding.file, finding.line, finding.column)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      redacted: finding.redacted,
      commit: finding.commit,
      author: finding.author,
      date: finding.date,
      inHead: finding.inHead,
      verification: finding.verification,
      severity: finding.severity,
    },
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * One result per location, so code scanning shows each as its own alert. The fingerprint leaves the line
 * out (an alert survives lines moving) and numbers repeats within one file instead.
 */
function checkResults(check: CheckResult, ruleIndex: number): Result[] {
  const level = check.status === 'fail' ? 'error' : 'warning'
  const anchored = check.locations.length === 0
  const locations = anchored ? [{ file: CHECK_ANCHORS[check.id] ?? DEFAULT_ANCHOR, line: 1 }] : check.locations
  const seen = new Map<string, number>()
  return locations.map((location) => {
    const occurrence = seen.get(location.file) ?? 0
    seen.set(location.file, occurrence + 1)
    return {
      ruleId: check.id,
      ruleIndex,
      level,
      message: { text: `${check.title}: ${check.message}` },
      locations: [physical(location.file, location.line)],
      partialFingerprints: { [CHECK_FINGERPRINT_KEY]: sha256(`${check.id}\0${location.file}\0${occurrence}`) },
      properties: { status: check.status, ...(anchored ? { anchored: true } : {}) },
    }
  })
}

export function toSarif(report: Report, options: RenderOptions = {}): Log {
  const findings = sortFindings(report.findings)
  const keyRuleIds = [...new Set([...Object.keys(KEY_RULES), ...findings.map((finding) => finding.ruleId)])]
  // A rule per id: a check that repeats an id (or shares one with a key rule) reuses its rule.
  const rules = keyRuleIds.map(keyRule)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  for (const check of report.checks) {
    if (ruleIndex.has(check.id)) continue
    ruleIndex.set(check.id, rules.length)
    rules.push(checkRule(check))
  }

  const results: Result[] = findings.map((finding) => findingResult(finding, ruleIndex.get(finding.ruleId)!))
  for (const check of report.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue
    // The leaked keys are already results of their own: a second alert per key would be noise.
    if (check.id === 'no-leaked-keys' && findings.length > 0) continue
    results.push(...checkResults(check, ruleIndex.get(check.id)!))
  }

  const run: Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        ...(options.toolVersion ? { version: options.toolVersion } : {}),
        ...(options.toolVersion && SEMVER.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
        informationUri: TOOL_URI,
        rules,
      },
    },
    ...(options.links
      ? {
          versionControlProvenance: [
            {
              repositoryUri: `${options.links.serverUrl.replace(/\/+$/, '')}/${options.links.repository}`,
              revisionId: options.links.ref,
            },
          ],
        }
      : {}),
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      mode: report.mode,
      checklist: report.checks.map((check) => ({ id: check.id, status: check.status, message: check.message })),
      stats: { ...report.stats },
    },
  }
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }
}

export function renderSarif(report: Report, options: RenderOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`
}

export const sarifReporter = { render: (report: Report, options: RenderOptions) => renderSarif(report, options) }
const _check: Reporter = sarifReporter
