// The pipeline both entry points share: settings -> source -> detector -> ignore rules -> findings -> checks ->
// verification -> Report. Keys leave this function only in `secrets` (in memory, for verification by the
// caller); the Report holds redacted forms and fingerprints.
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { StartedChecks } from './checks/run-checks.js'
import { secretFileKind } from './checks/secret-files.js'
import { UsageError } from './config/config-error.js'
import { loadConfigIfAny } from './config/config-file.js'
import { ALLOW_MARKER, detect } from './detect/detector.js'
import { ruledOutByItsLine } from './detect/own-line.js'
import { fingerprint } from './detect/fingerprint.js'
import { mentionsMistral, mentionsMistralBytes } from './detect/keywords.js'
import type { Match } from './detect/match.js'
import { redact } from './detect/redact.js'
import { openRepository } from './git/revisions.js'
import { silentLogger, type Logger } from './log.js'
import type { Finding, Report } from './report/report.js'
import type { ScanSettings } from './settings/settings.js'
import { diffSource } from './sources/diff.js'
import { emptyStats, type Fragment } from './sources/fragment.js'
import { historySource } from './sources/history.js'
import type { Detector, Source } from './sources/source.js'
import { stagedSource } from './sources/staged.js'
import { treeSource } from './sources/tree.js'
import { verifyKeys } from './verify/mistral.js'

export interface ScanResult {
  report: Report
  /** fingerprint -> key, for verification only: never serialized, never logged. */
  secrets: ReadonlyMap<string, string>
}

/** The detector as the sources see it (it drops keys on a `mistral-guard:allow` line itself). */
export const pipelineDetector: Detector = {
  mentions: mentionsMistral,
  mentionsBytes: mentionsMistralBytes,
  detect,
  ruledOutByItsLine,
}

/** The same, reporting keys whatever `mistral-guard:allow` comment sits beside them (ScanSettings.allowMarkers). */
const markerBlindDetector: Detector = {
  ...pipelineDetector,
  detect: (text, options) => detect(text, { ...options, allowMarkers: false }),
}

/**
 * The source for the settings. `onAddedPath` hears each path a commit adds when the history of every ref is
 * walked anyway (no range, no dates: history.ts decides), so the checklist need not walk it a second time;
 * `onLogRead` hears when a history scan's log is written, so the checklist can start then.
 */
export function pickSource(
  settings: ScanSettings,
  onAddedPath?: (file: string, commit: string) => void,
  onLogRead?: () => void,
): Source {
  switch (settings.mode) {
    case 'tree':
      return treeSource
    case 'staged':
      return stagedSource
    case 'diff':
      if (!settings.base) {
        throw new UsageError('--mode diff needs --base <revision> (the branch or commit to compare with).')
      }
      return diffSource({ base: settings.base, head: settings.head })
    case 'history':
      return historySource({
        since: settings.since,
        until: settings.until,
        range: settings.range,
        onAddedPath,
        onLogRead,
      })
    default:
      throw new UsageError(`Invalid mode '${String(settings.mode)}'. Expected one of: tree, staged, diff, history.`)
  }
}

export async function scan(settings: ScanSettings, log: Logger = silentLogger): Promise<ScanResult> {
  const started = performance.now()
  const repository = await openRepository(settings.root)
  const root = repository.root
  if (repository.bare && (settings.mode === 'tree' || settings.mode === 'staged')) {
    throw new UsageError(`'${root}' is a bare repository: it has no working tree or index; use --mode history or diff.`)
  }
  // Secret-looking paths ever added, as a walk of every ref meets them (newest commit first: the oldest adder
  // stays). Only those: every path of a long history would grow with it. A range or dates see only some
  // commits, so then the check asks git itself.
  const everyRef = settings.mode === 'history' && !settings.since && !settings.until && !settings.range
  const everAdded = settings.checks && everyRef ? new Map<string, string>() : null
  // The checklist, the config parser, the baseline and the allow-list's globs are loaded only by a run that uses
  // them: a pre-commit hook or a diff scan with --no-checks and no config file compiles a third of the code.
  const { startChecks } = settings.checks ? await import('./checks/run-checks.js') : { startChecks: null }
  let checksStarted: StartedChecks | null = null
  const startChecksOnce = (): StartedChecks =>
    (checksStarted ??= startChecks!({
      root,
      mode: settings.mode,
      config,
      configFile,
      everAddedFromScan: everAdded !== null,
    }))
  const source = pickSource(
    settings,
    everAdded
      ? (file, commit) => {
          if (secretFileKind(file) !== null) everAdded.set(file, commit.slice(0, 12))
        }
      : undefined,
    settings.checks ? () => void startChecksOnce() : undefined,
  )
  const { config, file: configFile } = await loadConfigIfAny(root, settings.configFile)
  // The checklist reads the repository's files while the scan mostly waits on git. Beside a history scan only
  // once git has written its log (onLogRead): until then git's log and cat-file and node keep both cores busy,
  // so overlapping gains nothing, and the checklist's memory would add to the scan's (on 100k commits, 215-235 MB
  // at the peak instead of 172-186; a walk of 30k commits reached 211 MB). After it, the log's core is free.
  // For a range or dates the checklist's own walk of every commit starts then too.
  if (settings.checks && settings.mode !== 'history') startChecksOnce()
  const baseline = settings.baselineFile
    ? (await import('./baseline/baseline.js')).loadBaseline(path.resolve(root, settings.baselineFile), settings.baselineFile)
    : new Set<string>()
  const allowedPath =
    config.allow.paths.length > 0 ? (await import('./policy/allow.js')).pathAllowList(config.allow.paths) : () => false
  const allowedFingerprints = new Set(config.allow.fingerprints)
  /** A key listed in allow.fingerprints or the baseline: counted as ignored, never blamed nor reported. */
  const accepted = (id: string) => allowedFingerprints.has(id) || baseline.has(id)
  const stats = emptyStats()
  const findings = new Map<string, Finding>()
  const secrets = new Map<string, string>()
  let ignored = 0
  const detector = settings.allowMarkers === false ? markerBlindDetector : pipelineDetector
  /** Findings on a line that says `mistral-guard:allow`, reported because markers are not honoured here. */
  let marked = 0

  for await (const fragment of source({ root, stats, log, detector })) {
    if (allowedPath(fragment.file)) continue
    const matches = matchesOnAddedLines(fragment, detector)
    if (matches.length === 0) continue
    const ids = matches.map((match) => fingerprint(match.ruleId, fragment.file, match.secret))
    // One leak is one key in one file: the first place it shows is enough. Only such a key's line is blamed.
    const reportable = (id: string, index: number) => !accepted(id) && !findings.has(id) && ids.indexOf(id) === index
    // Which keys the base version already held, and the commit of each reportable key's line: side by side (a
    // git each), not one after another.
    const [old, blamed] = await Promise.all([
      fragment.keysInBase ? fragment.keysInBase(matches.map((match) => match.secret)) : NOTHING_OLD,
      Promise.all(
        matches.map((match, index) =>
          fragment.commitOfLine && reportable(ids[index]!, index) ? fragment.commitOfLine(match.line) : null,
        ),
      ),
    ])
    matches.forEach((match, index) => {
      // A key already in the base version of the file is not new.
      if (old.has(match.secret)) return
      const id = ids[index]!
      if (accepted(id)) {
        ignored++
        return
      }
      if (findings.has(id)) return
      const commit = blamed[index] ?? fragment.commit
      findings.set(id, {
        ruleId: match.ruleId,
        file: fragment.file,
        line: match.line,
        column: match.column,
        commit: commit?.sha ?? null,
        author: commit?.author ?? null,
        date: commit?.date ?? null,
        fingerprint: id,
        redacted: redact(match.secret),
        severity: 'high',
        inHead: fragment.inHead !== undefined ? fragment.inHead : fragment.commit === null ? true : null,
        verification: 'skipped',
      })
      secrets.set(id, match.secret)
      if (detector === markerBlindDetector && lineHolds(fragment.text, match.line, ALLOW_MARKER)) marked++
    })
  }
  if (ignored > 0) log.info(`Ignored ${ignored} finding(s) listed in allow.fingerprints or the baseline.`)
  if (marked > 0) {
    log.warn(
      `${marked} key(s) reported on lines marked ${ALLOW_MARKER}: this change adds them, and a change cannot wave its ` +
        'own key through. The marker applies once merged; to accept a test value now, list its fingerprint under ' +
        'allow.fingerprints in the base branch.',
    )
  }

  const sorted = sortFindings([...findings.values()])
  const rows = settings.checks ? await startChecksOnce().finish(sorted, everAdded ?? undefined) : []
  if (settings.verify && secrets.size > 0) {
    const verdicts = await verifyKeys(secrets, { baseUrl: settings.verifyBaseUrl, log })
    for (const finding of sorted) {
      finding.verification = verdicts.get(finding.fingerprint) ?? 'unknown'
      if (finding.verification === 'verified') finding.severity = 'critical'
    }
  }
  const report: Report = {
    version: 1,
    mode: settings.mode,
    findings: sorted,
    checks: rows,
    stats: { ...stats, durationMs: Math.round(performance.now() - started) },
  }
  log.debug(
    `Scanned ${stats.files} file(s), ${stats.bytes} byte(s), ${stats.commits} commit(s); skipped ${stats.skipped}; ` +
      `${sorted.length} finding(s) in ${report.stats.durationMs} ms.`,
  )
  return { report, secrets }
}

const NOTHING_OLD: Promise<ReadonlySet<string>> = Promise.resolve(new Set())

/** The fragment's matches on its added lines (whether the base version already held them is asked apart). */
function matchesOnAddedLines(fragment: Fragment, detector: Detector): readonly Match[] {
  const added = fragment.addedLines
  // The detector judges candidates on the added lines only (the rest of the text is context).
  const matches =
    fragment.matches ?? detector.detect(fragment.text, { lines: added ?? undefined, mentioned: fragment.mentioned })
  // Matches a source found itself (streamed windows) should be on added lines already; cheap to make sure.
  return added && fragment.matches ? matches.filter((match) => added.has(match.line)) : matches
}

/** Whether 1-based line `line` of `text` contains `needle` (false for a text not held: a streamed big file). */
function lineHolds(text: string, line: number, needle: string): boolean {
  let start = 0
  for (let at = 1; at < line; at++) {
    const newline = text.indexOf('\n', start)
    if (newline < 0) return false
    start = newline + 1
  }
  const end = text.indexOf('\n', start)
  return text.slice(start, end < 0 ? text.length : end).includes(needle)
}

/** Stable order: file, line, column, commit (plain code-unit comparison, the same on every machine). */
export function sortFindings(findings: Finding[]): Finding[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        compare(a.finding.file, b.finding.file) ||
        a.finding.line - b.finding.line ||
        a.finding.column - b.finding.column ||
        compare(a.finding.commit ?? '', b.finding.commit ?? '') ||
        a.index - b.index,
    )
    .map(({ finding }) => finding)
}
