// Reads the JSON reports a fan-out left behind (one folder per downloaded artifact), each with an optional
// `mistral-guard-meta.json` beside it naming the repository and range the job scanned. Every file is either
// read, ignored (JSON that is not a report) or listed as unreadable with the reason: never a crash.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { UsageError } from '../config/config-error.js'

export const META_FILE = 'mistral-guard-meta.json'

const findingSchema = z.object({
  ruleId: z.string(),
  file: z.string(),
  line: z.number(),
  column: z.number(),
  commit: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  fingerprint: z.string(),
  redacted: z.string(),
  severity: z.enum(['critical', 'high']),
  inHead: z.boolean().nullable(),
  verification: z.enum(['skipped', 'verified', 'invalid', 'unknown']),
})

const checkSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['pass', 'fail', 'warn', 'manual', 'skip']),
  message: z.string(),
  locations: z.array(z.object({ file: z.string(), line: z.number() })).default([]),
})

export const reportSchema = z.object({
  version: z.literal(1),
  mode: z.enum(['tree', 'staged', 'diff', 'history']),
  findings: z.array(findingSchema),
  checks: z.array(checkSchema).default([]),
  stats: z
    .object({
      files: z.number(),
      commits: z.number(),
      bytes: z.number(),
      skipped: z.number(),
      durationMs: z.number(),
    })
    .partial()
    .default({}),
})

export const metaSchema = z.object({
  /** owner/name of the scanned repository. */
  repository: z.string().min(1),
  /** The range index when a history was split across jobs. */
  range: z.union([z.number().int().nonnegative(), z.string()]).optional(),
})

export type GatheredFinding = z.infer<typeof findingSchema>
export type GatheredCheck = z.infer<typeof checkSchema>
export type GatheredReport = z.infer<typeof reportSchema>

export interface LoadedReport {
  /** owner/name from the meta file, else the report's folder relative to the input. */
  repository: string
  range: string | null
  /** Relative to the input folder. */
  file: string
  report: GatheredReport
}

export interface ReadResult {
  reports: LoadedReport[]
  unreadable: Array<{ file: string; reason: string }>
  /** JSON files that are not reports (a SARIF file, a plan). */
  ignored: number
}

async function jsonFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full)
    }
  }
  await walk(dir)
  return out
}

function zodReason(error: z.ZodError): string {
  const issue = error.issues[0]
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)'
  return `${where}: ${issue.message}`
}

export async function readReports(dir: string): Promise<ReadResult> {
  let files: string[]
  try {
    files = await jsonFiles(dir)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new UsageError(`Cannot read --input '${dir}': ${reason}.`)
  }
  const result: ReadResult = { reports: [], unreadable: [], ignored: 0 }
  for (const full of files) {
    const file = path.relative(dir, full)
    if (path.basename(full) === META_FILE) continue
    let parsed: unknown
    try {
      parsed = JSON.parse(await readFile(full, 'utf8'))
    } catch (error) {
      result.unreadable.push({ file, reason: `not valid JSON (${(error as Error).message.split('\n')[0]})` })
      continue
    }
    const looksLikeReport = typeof parsed === 'object' && parsed !== null && 'findings' in parsed && 'version' in parsed
    if (!looksLikeReport) {
      result.ignored++
      continue
    }
    const report = reportSchema.safeParse(parsed)
    if (!report.success) {
      result.unreadable.push({ file, reason: `not a mistral-guard report: ${zodReason(report.error)}` })
      continue
    }
    const meta = await readMeta(path.dirname(full))
    if (meta && 'error' in meta) {
      result.unreadable.push({ file: path.relative(dir, path.join(path.dirname(full), META_FILE)), reason: meta.error })
      continue
    }
    const folder = path.relative(dir, path.dirname(full))
    result.reports.push({
      repository: meta?.repository ?? (folder || path.basename(full, '.json')),
      range: meta?.range === undefined ? null : String(meta.range),
      file,
      report: report.data,
    })
  }
  return result
}

async function readMeta(folder: string): Promise<z.infer<typeof metaSchema> | { error: string } | null> {
  let text: string
  try {
    text = await readFile(path.join(folder, META_FILE), 'utf8')
  } catch {
    return null
  }
  try {
    const meta = metaSchema.safeParse(JSON.parse(text))
    return meta.success ? meta.data : { error: `invalid meta file: ${zodReason(meta.error)}` }
  } catch (error) {
    return { error: `invalid meta file: not valid JSON (${(error as Error).message.split('\n')[0]})` }
  }
}
