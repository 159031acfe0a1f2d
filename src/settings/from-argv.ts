// CLI flags -> one ScanSettings (plus where and how to write the report), read once with node:util's strict
// parseArgs. Every bad value is a UsageError quoting the value and what was expected.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { UsageError } from '../config/config-error.js'
import { splitRevisions } from '../git/revisions.js'
import { FAIL_ON_VALUES, isFailOn } from '../policy/verdict.js'
import type { Mode } from '../report/report.js'
import { checkVerifyBaseUrl } from '../verify/base-url.js'
import { SCAN_FLAGS } from './scan-flags.js'
import { DEFAULT_VERIFY_BASE_URL, type FailOn, type ScanSettings } from './settings.js'

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown'

export const MODES: readonly Mode[] = ['tree', 'staged', 'diff', 'history']
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif', 'markdown']

export interface CliScanOptions {
  settings: ScanSettings
  format: ReportFormat
  /** Absolute path of --output; null: stdout. */
  output: string | null
  help: boolean
  verbose: boolean
}

export const SCAN_FLAGS_HELP = `  --mode tree|staged|diff|history   What to scan (default tree):
                                    tree     tracked and untracked, not ignored, files of the working tree
                                    staged   what the next commit adds (for a pre-commit hook)
                                    diff     lines added between merge-base(--base, --head) and --head
                                    history  every commit of every ref (or a range), each leak reported
                                             once, at the commit that added it
  --base REV                        diff: the revision to compare with (implies --mode diff)
  --head REV                        diff: the revision scanned (default HEAD)
  --since DATE, --until DATE        history: only commits in this date window
  --range A..B                      history: only this revision range (also as a positional argument);
                                    several revisions in one value: --range "A..B ^C D"
  --config FILE                     config file (default .mistral-guard.yml at the repository root)
  --baseline FILE                   ignore findings whose fingerprints this baseline (or JSON report) lists
  --format text|json|sarif|markdown report format (default text)
  --output FILE                     write the report to FILE instead of stdout
  --fail-on verified|leak|error|warning|never
                                    what makes the exit code 1 (default error: leaks and failed checks)
  --no-checks                       scan for keys only, skip the security checklist
  --verify                          ask Mistral's API whether found keys are live
  --verify-base-url URL             API base for --verify (default ${DEFAULT_VERIFY_BASE_URL})
  --repo DIR                        the repository to scan (default: the current directory)
  --verbose                         debug logging on stderr
  -h, --help                        this help`

const OPTIONS = SCAN_FLAGS

export interface ArgvDefaults {
  /** Used when --output is absent (the baseline command writes a file by default). */
  output?: string
}

/** Parses `scan`'s (and `baseline`'s) flags; `cwd` anchors relative paths. */
export function scanOptionsFromArgv(argv: string[], cwd: string, defaults: ArgvDefaults = {}): CliScanOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\.$/, '')}. Run with --help for the options.`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) {
    throw new UsageError(`Unexpected arguments '${positionals.join(' ')}': expected at most one revision range.`)
  }
  const range = values.range ?? positionals[0]
  if (values.range !== undefined && positionals.length > 0) {
    throw new UsageError(`Give the range once: --range '${values.range}' and '${positionals[0]}' were both given.`)
  }
  const mode = pickMode(values.mode, {
    diff: values.base !== undefined || values.head !== undefined,
    history: range !== undefined || values.since !== undefined || values.until !== undefined,
  })
  for (const [flag, value] of [
    ['--base', values.base],
    ['--head', values.head],
    ['--since', values.since],
    ['--until', values.until],
    ['--range', range],
  ] as const) {
    if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value.`)
  }
  // Each revision of a range is checked now, so a bad one is a usage error before any git runs.
  if (range !== undefined) splitRevisions(range, '--range')
  if (mode === 'diff' && values.base === undefined) {
    throw new UsageError('--mode diff needs --base <revision> (the branch or commit to compare with).')
  }
  const format = values.format ?? 'text'
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Invalid --format '${format}'. Expected one of: ${REPORT_FORMATS.join(', ')}.`)
  }
  const failOn = values['fail-on'] ?? 'error'
  if (!isFailOn(failOn)) {
    throw new UsageError(`Invalid --fail-on '${failOn}'. Expected one of: ${FAIL_ON_VALUES.join(', ')}.`)
  }
  const verifyBaseUrl = values['verify-base-url'] ?? DEFAULT_VERIFY_BASE_URL
  checkVerifyBaseUrl(verifyBaseUrl)
  const resolve = (file: string | undefined) => (file === undefined ? undefined : path.resolve(cwd, file))
  const output = values.output ?? defaults.output

  const settings: ScanSettings = {
    root: path.resolve(cwd, values.repo ?? '.'),
    mode,
    base: values.base,
    head: values.head,
    since: values.since,
    until: values.until,
    range,
    configFile: resolve(values.config),
    baselineFile: resolve(values.baseline),
    checks: !values['no-checks'],
    verify: values.verify ?? false,
    verifyBaseUrl,
    failOn: failOn as FailOn,
  }
  return {
    settings,
    format: format as ReportFormat,
    output: output === undefined || output === '-' ? null : path.resolve(cwd, output),
    help: values.help ?? false,
    verbose: values.verbose ?? false,
  }
}

/** The explicit --mode, checked against the flags that only make sense in another mode; else implied by them. */
function pickMode(explicit: string | undefined, implied: { diff: boolean; history: boolean }): Mode {
  if (implied.diff && implied.history) {
    throw new UsageError('--base/--head (diff) and --range/--since/--until (history) cannot be combined.')
  }
  if (explicit === undefined) return implied.diff ? 'diff' : implied.history ? 'history' : 'tree'
  if (!(MODES as readonly string[]).includes(explicit)) {
    throw new UsageError(`Invalid --mode '${explicit}'. Expected one of: ${MODES.join(', ')}.`)
  }
  if (implied.diff && explicit !== 'diff') {
    throw new UsageError(`--base and --head apply to --mode diff, not '${explicit}'.`)
  }
  if (implied.history && explicit !== 'history') {
    throw new UsageError(`--range, --since and --until apply to --mode history, not '${explicit}'.`)
  }
  return explicit as Mode
}
