// `history`: every commit reachable from every ref (or a range, or --since/--until), merges included.
// We never parse `git log -p`. Instead:
//   1. scan each unique blob once, through `git cat-file --batch` (a keyword test first, so most blobs cost
//      one search), keeping only the keys found per blob: no texts, nothing per commit;
//   2. walk `git log --raw -c` (blob ids only, no patches) and attribute: a key in the blob a commit wrote at
//      path P is introduced by that commit when none of its parents' blobs at P holds it. Merges appear as
//      combined entries exactly when their result differs from every parent, so a key that only a conflict
//      resolution adds is attributed to the merge;
//   3. keep the oldest introducing commit per (file, key), and check whether the key is still there at HEAD.
// Memory holds the keys of blobs that have some, one entry per leak, and (for a narrowed walk only) the ids
// of the blobs the walk touched.
import { BlobReader, BlobStream } from '../git/cat-file.js'
import { isZeroOid, rawLog, rawLogArgs, type RawCommit } from '../git/raw-log.js'
import { checkRevision, headCommit } from '../git/revisions.js'
import { gitText, lineTokens, nulTokens, streamGit } from '../git/runner.js'
import type { Match } from '../detect/match.js'
import { isScannableMode } from './changes.js'
import { decodeBytes, isPlainBytes } from './decode.js'
import { findStrings } from './find-strings.js'
import type { Fragment } from './fragment.js'
import type { Source, SourceContext } from './source.js'

export interface HistoryOptions {
  /** Only commits more recent / older than these dates (git's --since / --until). */
  since?: string
  until?: string
  /** A revision range such as `A..B`, instead of every ref. */
  range?: string
  /** `git cat-file` processes reading blobs side by side (default 2). */
  readers?: number
  /** Consecutive blobs one reader gets before the next one's turn (default 256: keeps delta bases warm). */
  runLength?: number
  /** Above this many blobs with keys, the walk lists every change instead of asking git to pick them out. */
  findObjectLimit?: number
}

/** The oldest commit known to introduce one key into one file. */
interface Leak {
  file: string
  match: Match
  commit: RawCommit
}

export function historySource(options: HistoryOptions = {}): Source {
  return (context) => scanHistory(context, options)
}

async function* scanHistory(context: SourceContext, options: HistoryOptions): AsyncGenerator<Fragment> {
  const { root, log } = context
  const revisions = options.range ? [checkRevision(options.range, '--range')] : []
  const filters = [
    ...(options.since ? [`--since=${options.since}`] : []),
    ...(options.until ? [`--until=${options.until}`] : []),
  ]
  const logArgs = rawLogArgs(revisions, filters)
  const narrowed = revisions.length > 0 || filters.length > 0
  const keysByBlob = new Map<string, Match[]>()
  const scanner = blobScanner(context, keysByBlob)
  const pump: Pump = { readers: Math.max(1, options.readers ?? 2), runLength: Math.max(1, options.runLength ?? 256) }

  if ((await gitText(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim() === 'true') {
    log.warn(
      'This is a shallow clone: history is incomplete, and keys from before its oldest commit are attributed to that ' +
        'commit. Fetch the full history (fetch-depth: 0) for a complete scan.',
    )
  }
  const started = Date.now()
  if (narrowed) await scanBlobsOfWalk(root, logArgs, pump, scanner)
  else await scanEveryBlob(root, pump, scanner)
  log.debug(
    `History: scanned ${context.stats.files} blob(s) in ${Date.now() - started} ms; ${keysByBlob.size} hold a key.`,
  )

  const walked = Date.now()
  context.stats.commits += await countCommits(root, revisions, filters)
  const limit = options.findObjectLimit ?? 4000
  // No blob holds a key: there is nothing to attribute, and no second walk.
  const leaks =
    keysByBlob.size > 0 ? await attribute(context, revisions, filters, keysByBlob, limit) : new Map<string, Leak>()
  keysByBlob.clear()
  log.debug(`History: walked ${context.stats.commits} commit(s) in ${Date.now() - walked} ms; ${leaks.size} leak(s).`)
  const headStarted = Date.now()
  const atHead = await keysAtHead(root, leaks)
  log.debug(`History: checked HEAD in ${Date.now() - headStarted} ms.`)
  for (const leak of leaks.values()) {
    const { sha, author, date } = leak.commit
    yield {
      file: leak.file,
      text: '',
      addedLines: null,
      commit: { sha, author, date },
      matches: [leak.match],
      inHead: atHead(leak),
    }
  }
}

type BlobHandler = (oid: string, type: string, data: Buffer | null) => void

/** Scans one blob and remembers its distinct keys (first occurrence each) when it has any. */
function blobScanner(context: SourceContext, keysByBlob: Map<string, Match[]>): BlobHandler {
  const { stats, detector, log } = context
  return (oid, type, data) => {
    if (!data) {
      // Not in this clone (a partial clone's promised blob, say): counted, never fetched one by one.
      stats.skipped++
      log.debug(`Blob ${oid} is not in the repository.`)
      return
    }
    if (type !== 'blob') return
    stats.bytes += data.length
    // Most blobs never mention Mistral. The keywords are ASCII and UTF-8 never hides an ASCII byte, so the
    // keyword test can read a latin1 copy and skip the UTF-8 decoding of every blob without one.
    if (isPlainBytes(data) && !detector.mentions(data.toString('latin1'))) {
      stats.files++
      return
    }
    const decoded = decodeBytes(data)
    if (decoded.binary) {
      stats.skipped++
      return
    }
    stats.files++
    if (!detector.mentions(decoded.text)) return
    let matches: Match[]
    try {
      matches = detector.detect(decoded.text)
    } catch (error) {
      stats.skipped++
      log.warn(`Could not scan blob ${oid}: ${(error as Error).message}`)
      return
    }
    if (matches.length === 0) return
    const seen = new Set<string>()
    const distinct = matches.filter((match) => !seen.has(match.secret) && seen.add(match.secret))
    keysByBlob.set(oid, distinct)
  }
}

interface Pump {
  readers: number
  runLength: number
}

/** Feeds object ids to `readers` cat-file processes in turn; waits for every answer. */
async function pumpBlobs(root: string, pump: Pump, handler: BlobHandler, oids: AsyncIterable<string>) {
  const { readers, runLength } = pump
  const streams = Array.from({ length: readers }, () => new BlobStream(root, handler))
  try {
    // Consecutive ids (pack order) go to the same reader in runs, so each git keeps its delta bases warm.
    let sent = 0
    for await (const oid of oids) {
      const wait = streams[Math.floor(sent++ / runLength) % readers].write(oid)
      if (wait) await wait
    }
    await Promise.all(streams.map((stream) => stream.end()))
  } catch (error) {
    for (const stream of streams) stream.kill()
    throw error
  }
}

/**
 * Every blob in the object store, each listed once by git (so we keep no set of ids), in pack order for
 * locality. Blobs no ref reaches are scanned too, but no commit will claim their keys.
 */
function scanEveryBlob(root: string, pump: Pump, handler: BlobHandler): Promise<void> {
  const listing = streamGit(
    ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectname)', '--unordered'],
    { cwd: root },
  )
  async function* blobs(): AsyncGenerator<string> {
    for await (const line of lineTokens(listing)) if (line.startsWith('blob ')) yield line.slice(5)
  }
  return pumpBlobs(root, pump, handler, blobs())
}

/** The blobs a narrowed walk touches, with their parents' versions (to tell old keys from new ones). */
function scanBlobsOfWalk(root: string, logArgs: string[], pump: Pump, handler: BlobHandler): Promise<void> {
  const seen = new Set<string>()
  async function* blobs(): AsyncGenerator<string> {
    for await (const item of rawLog(root, logArgs)) {
      if (item.kind !== 'change') continue
      const { change } = item
      const sides: Array<[string, string]> = [[change.oid, change.mode]]
      change.parentOids.forEach((oid, index) => sides.push([oid, change.parentModes[index]]))
      for (const [oid, mode] of sides) {
        if (isZeroOid(oid) || !isScannableMode(mode) || seen.has(oid)) continue
        seen.add(oid)
        yield oid
      }
    }
  }
  return pumpBlobs(root, pump, handler, blobs())
}

/**
 * Walks the raw log and keeps, per (file, key), the oldest commit whose parents lacked the key. git itself
 * picks out the commits that add or drop a blob holding a key (`--find-object`, one per blob), so only those
 * few reach us; it still diffs every commit's trees, which is the cheap part.
 */
async function attribute(
  context: SourceContext,
  revisions: string[],
  filters: string[],
  keysByBlob: Map<string, Match[]>,
  findObjectLimit: number,
): Promise<Map<string, Leak>> {
  const leaks = new Map<string, Leak>()
  const findObjects =
    keysByBlob.size <= findObjectLimit ? [...keysByBlob.keys()].map((oid) => `--find-object=${oid}`) : []
  let commit: RawCommit | null = null
  for await (const item of rawLog(context.root, rawLogArgs(revisions, [...filters, ...findObjects]))) {
    if (item.kind === 'commit') {
      commit = item.commit
      continue
    }
    const { change } = item
    const found = keysByBlob.get(change.oid)
    if (!found || !commit || !isScannableMode(change.mode)) continue
    const inParents = new Set<string>()
    for (const oid of change.parentOids) for (const match of keysByBlob.get(oid) ?? []) inParents.add(match.secret)
    for (const match of found) {
      if (inParents.has(match.secret)) continue
      const id = `${change.path}\0${match.secret}`
      const known = leaks.get(id)
      // git lists newer commits first, so on a tie the later one listed is the older.
      if (!known || commit.time <= known.commit.time) leaks.set(id, { file: change.path, match, commit })
    }
  }
  return leaks
}

/** Commits the walk covers (every ref, or the range), within the date filters. */
async function countCommits(root: string, revisions: string[], filters: string[]): Promise<number> {
  const walk = revisions.length === 0 ? ['--all'] : ['--end-of-options', ...revisions]
  return Number((await gitText(['rev-list', '--count', ...filters, ...walk, '--'], { cwd: root })).trim()) || 0
}

/** Whether each leak's key is still in its file at HEAD (null when there is no HEAD). */
async function keysAtHead(root: string, leaks: Map<string, Leak>): Promise<(leak: Leak) => boolean | null> {
  const head = leaks.size > 0 ? await headCommit(root) : null
  if (!head) return () => null
  const files = new Set([...leaks.values()].map((leak) => leak.file))
  const blobAt = new Map<string, string>()
  // `<mode> <type> <oid>\t<path>` per entry.
  for await (const entry of nulTokens(streamGit(['ls-tree', '-r', '-z', '--full-tree', head], { cwd: root }))) {
    const tab = entry.indexOf('\t')
    const file = entry.slice(tab + 1)
    if (!files.has(file)) continue
    const [mode, type, oid] = entry.slice(0, tab).split(' ')
    if (type === 'blob' && isScannableMode(mode)) blobAt.set(file, oid)
  }
  const leaksByFile = new Map<string, Leak[]>()
  for (const leak of leaks.values()) {
    const list = leaksByFile.get(leak.file)
    if (list) list.push(leak)
    else leaksByFile.set(leak.file, [leak])
  }
  const stillThere = new Set<Leak>()
  const reader = new BlobReader(root)
  try {
    for (const [file, oid] of blobAt) {
      const bytes = await reader.read(oid)
      const decoded = bytes ? decodeBytes(bytes) : null
      if (!decoded || decoded.binary) continue
      const fileLeaks = leaksByFile.get(file) ?? []
      const present = findStrings(decoded.text, fileLeaks.map((leak) => leak.match.secret))
      for (const leak of fileLeaks) if (present.has(leak.match.secret)) stillThere.add(leak)
    }
  } finally {
    await reader.close()
  }
  return (leak) => stillThere.has(leak)
}
