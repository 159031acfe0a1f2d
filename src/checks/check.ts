// What every check receives and returns. A check looks at the repository as it stands (HEAD's tree, the
// index in staged mode) and returns one CheckResult; it never throws for odd input.
import type { Config } from '../config/schema.js'
import type { CheckLocation, CheckResult, CheckStatus, Finding, Mode } from '../report/report.js'
import type { RepoFiles } from './repo-files.js'

export interface CheckContext {
  /** Absolute path of the repository's working tree (the git dir for a bare repository). */
  root: string
  mode: Mode
  config: Config
  /** The config file read, as shown to the user; null when the defaults apply. */
  configFile: string | null
  /** The engine's findings, baseline already applied. */
  findings: Finding[]
  /**
   * The paths a commit of any ref ever added that name a secret file (secretFileKind), each with the
   * (abbreviated) id of the oldest commit that added it, when a history scan of every ref has already seen
   * them; otherwise the checks that need it ask git.
   */
  everAdded?: ReadonlyMap<string, string>
  /**
   * The scan will pass `everAdded` (a history scan of every ref). When a history run will not get it (a range,
   * dates), the checks start asking git for it at once, beside the scan.
   */
  everAddedFromScan?: boolean
}

/** The context plus what checks share within one run: the tracked files and memoised work. */
export interface CheckRun extends CheckContext {
  files: RepoFiles
  /** Runs `compute` once per run for `key` (e.g. the env configs, read by two checks). */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>
}

export type Check = (run: CheckRun) => Promise<CheckResult>

/** At most this many items are named in one message; the locations list them all. */
export const MAX_NAMED = 5

export function result(
  id: string,
  title: string,
  status: CheckStatus,
  message: string,
  locations: CheckLocation[] = [],
): CheckResult {
  return { id, title, status, message: oneLine(message), locations: uniqueLocations(locations) }
}

/** Messages stay on one line (table cells, annotations): control characters of odd file names are escaped. */
function oneLine(message: string): string {
  return message.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1))
}

function uniqueLocations(locations: CheckLocation[]): CheckLocation[] {
  const seen = new Set<string>()
  const out: CheckLocation[] = []
  for (const location of locations) {
    const key = `${location.line}\u0000${location.file}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ file: location.file, line: Math.max(1, location.line) })
  }
  return out
}

/** `a, b, c and 2 more`: keeps one-line messages short however many items there are. */
export function nameSome(items: string[], max = MAX_NAMED, separator = ', '): string {
  if (items.length <= max) return items.join(separator)
  return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
