// A baseline lists the fingerprints of findings a team has accepted (old, rotated keys), so only new ones
// fail. `--baseline FILE` reads this file or a JSON report; `mistral-guard baseline` writes it, sorted.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { UsageError } from '../config/config-error.js'
import type { Finding } from '../report/report.js'

export const DEFAULT_BASELINE_FILE = '.mistral-guard-baseline.json'

const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a 64-character lowercase hex fingerprint')

const baselineSchema = z.object({ version: z.literal(1), fingerprints: z.array(fingerprintSchema) })
const reportSchema = z.object({
  version: z.literal(1),
  findings: z.array(z.object({ fingerprint: fingerprintSchema }).passthrough()),
})

export interface BaselineFile {
  version: 1
  fingerprints: string[]
}

/**
 * Reads a baseline (or a JSON report) and returns its fingerprints; a bad file is a usage error naming it
 * (`shown`, as the user gave it).
 */
export function loadBaseline(file: string, shown = file): Set<string> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message
    throw new UsageError(`Baseline file '${shown}' cannot be read: ${reason}.`)
  }
  return new Set(parseBaseline(text, shown))
}

export function parseBaseline(text: string, file: string): string[] {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    throw new UsageError(`Baseline file '${file}' is not valid JSON: ${(error as Error).message}`)
  }
  const asBaseline = baselineSchema.safeParse(raw)
  if (asBaseline.success) return asBaseline.data.fingerprints
  const asReport = reportSchema.safeParse(raw)
  if (asReport.success) return asReport.data.findings.map((finding) => finding.fingerprint)
  const isReport = typeof raw === 'object' && raw !== null && 'findings' in raw
  const issue = (isReport ? asReport.error : asBaseline.error).issues[0]
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
  throw new UsageError(
    `Baseline file '${file}' is invalid: field '${field}': ${issue.message}. ` +
      `Expected { "version": 1, "fingerprints": [...] } or a mistral-guard JSON report.`,
  )
}

/** The baseline text for these findings: distinct fingerprints, sorted, so reruns give the same bytes. */
export function baselineText(findings: readonly Pick<Finding, 'fingerprint'>[]): string {
  const body: BaselineFile = { version: 1, fingerprints: [...new Set(findings.map((f) => f.fingerprint))].sort() }
  return `${JSON.stringify(body, null, 2)}\n`
}
