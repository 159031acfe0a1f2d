// `history`: every commit reachable from every ref (or a range, or --since/--until), merges included.
// We never parse `git log -p`. One walk of `git log --raw -c` (blob ids only, no patches) feeds, as it
// streams, one buffered `git cat-file --batch` with each blob id the first time it shows up:
//   - each unique blob is scanned once (a keyword test first, on bytes, so most blobs cost one search) and
//     only the keys it holds are kept, per blob: no texts;
//   - a change is kept only when its blob holds a key (or, for a deleted file, held one): the rest are
//     dropped as soon as their blob is answered, so memory holds the blob ids seen, a bounded window of
//     changes waiting for their blob, and the few changes that matter;
//   - a blob git cannot produce is an error that names it, never a silent gap in the scan.
// Then, oldest commit first: a key in the blob a commit wrote at path P is introduced by that commit when
// none of its parents' blobs at P holds it. Merges appear as combined entries exactly when their result
// differs from every parent, so a key that only a conflict resolution adds is attributed to the merge. A
// key that a commit moves (it deletes the file that held it and adds it at another path: a rename) is not a
// new leak, as a diff with rename detection shows no added line; the leak keeps its first file and commit,
// and counts as in HEAD when any of its paths still holds it there.
import type { Match } from '../detect/match.js'
import { BlobReader, BlobStream, type BodySink } from '../git/cat-file.js'
import { missingObjectError, unfetchedObject } from '../git/missing-object.js'
import { ObjectIdSet } from '../git/object-id-set.js'
import { isZeroOid, RawLogParser, rawLogArgs, type RawChange, type RawCommit } from '../git/raw-log.js'
import { headCommit, splitRevisions } from '../git/revisions.js'
import { gitText, nulTokens, streamGit } from '../git/runner.js'
import { isScannableMode } from './changes.js'
import { decodeBytes, decodePlain, isPlainBytes } from './decode.js'
import { findStrings } from './find-strings.js'
import type { Fragment } from './fragment.js'
import type { Detector, SourceContext } from './source.js'
import { BIG_TEXT_BYTES, StreamedDetection, StreamedSearch } from './text-windows.js'

export interface HistoryOptions {
  /** Only commits more recent / older than these dates (git's --since / --until). */
  since?: string
  until?: string
  /** A revision range such as `A..B`, instead of every ref. */
  range?: string
  /** Blob ids sent to cat-file and not yet answered, at most (default 4096): bounds the changes held. */
  maxInFlight?: number
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
}

/** The oldest commit known to introduce one key into one file. */
interface Leak {
  file: string
  match: Match
  commit: RawCommit
  /** Paths the key was moved to since (renames), for the HEAD check. */
  movedTo: Set<string>
}

/** A change whose blob holds a key (or, for a deletion, whose parent's blob did). */
interface KeptChange {
  commit: RawCommit
  change: RawChange
  /** Position in the walk (git lists newer commits first). */
  order: number
}

export function historySource(options: HistoryOptions = {}): (context: SourceContext) => AsyncIterable<Fragment> {
  return (context) => scanHistory(context, options)
}

async function* scanHistory(context: SourceContext, options: HistoryOptions): AsyncGenerator<Fragment> {
  const { root, log } = context
  // `A..B ^C D`: each revision is its own argument to git.
  const revisions = options.range ? splitRevisions(options.range, '--range') : []
  const filters = [
    ...(options.since ? [`--since=${options.since}`] : []),
    ...(options.until ? [`--until=${options.until}`] : []),
  ]
  if ((await gitText(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim() === 'true') {
    log.warn(
      'This is a shallow clone: history is incomplete, and keys from before its oldest commit are attributed to that ' +
        'commit. Fetch the full history (fetch-depth: 0) for a complete scan.',
    )
  }
  const started = Date.now()
  const walk = new HistoryWalk(context, options)
  await walk.run(rawLogArgs(revisions, filters))
  context.stats.commits += walk.commits
  log.debug(
    `History: walked ${walk.commits} commit(s) and scanned ${context.stats.files} blob(s) in ` +
      `${Date.now() - started} ms; ${walk.keysByBlob.size} hold a key.`,
  )
  const leaks = attribute(walk.kept, walk.keysByBlob)
  const headStarted = Date.now()
  const atHead = await keysAtHead(root, leaks, options.bigBlobBytes ?? BIG_TEXT_BYTES)
  log.debug(`History: ${leaks.size} leak(s); checked HEAD in ${Date.now() - headStarted} ms.`)
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

/** Where a blob was first needed, for the error when git cannot produce it. */
interface Where {
  path: string
  commit: string
  parent: boolean
}

/** Thrown inside the blob callback; turned into a MissingObjectError with the repository's details. */
class Missing extends Error {
  constructor(
    readonly oid: string,
    readonly where: Where | undefined,
  ) {
    super(`object ${oid} is missing`)
  }
}

/** One walk of the raw log, feeding one cat-file, scanning each blob once (see the top of this file). */
class HistoryWalk {
  /** The distinct keys (first occurrence each) of every blob that holds one. */
  readonly keysByBlob = new Map<string, Match[]>()
  readonly kept: KeptChange[] = []
  commits = 0

  /** Every blob id requested, as bytes. */
  private readonly seen = new ObjectIdSet()
  /** The ids cat-file has not answered yet, and where each was first needed. */
  private readonly inFlight = new Map<string, Where>()
  /** Changes waiting for their blob's answer, in request order, from `pendingHead` on. */
  private pending: Array<{ kept: KeptChange; blob: string }> = []
  private pendingHead = 0
  private outbox: string[] = []
  private commit: RawCommit | null = null
  private order = 0
  private readonly maxInFlight: number
  private readonly bigBlobBytes: number
  private readonly detector: Detector
  /** Resolves the walk's wait for answers when enough have come. */
  private wake: (() => void) | null = null

  constructor(
    private readonly context: SourceContext,
    options: HistoryOptions,
  ) {
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 4096)
    this.bigBlobBytes = options.bigBlobBytes ?? BIG_TEXT_BYTES
    this.detector = context.detector
  }

  async run(logArgs: string[]): Promise<void> {
    const { root } = this.context
    const blobs = new BlobStream(root, (oid, type, data) => this.answered(oid, type, data), {
      streamAbove: this.bigBlobBytes,
      sinkFor: (oid, type) => (type === 'blob' ? this.bigBlob(oid) : null),
    })
    const parser = new RawLogParser({
      commit: (commit) => {
        this.commit = commit
        this.commits++
      },
      change: (change) => this.change(change),
    })
    let failed = false
    blobs.done.catch(() => (failed = true))
    try {
      // A partial clone must not fetch what the walk needs one object at a time either.
      for await (const chunk of streamGit(logArgs, { cwd: root, env: { GIT_NO_LAZY_FETCH: '1' } })) {
        parser.feed(chunk)
        await this.send(blobs)
        if (failed) break
        while (this.inFlight.size > this.maxInFlight && !failed) {
          await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), blobs.done])
        }
        if (failed) break
      }
      parser.end()
      await this.send(blobs)
      await blobs.end()
    } catch (error) {
      blobs.kill()
      await blobs.done.catch(() => undefined)
      throw await this.explain(error as Error)
    }
    this.settle()
  }

  private async explain(error: Error): Promise<Error> {
    let oid: string
    let where: Where | undefined
    if (error instanceof Missing) {
      oid = error.oid
      where = error.where
    } else {
      const unfetched = unfetchedObject(error)
      if (unfetched === null) return error
      oid = unfetched
      where = this.inFlight.get(oid)
    }
    const place = where
      ? `'${where.path}' in ${where.parent ? 'a parent of ' : ''}commit ${where.commit.slice(0, 12)}`
      : 'a blob of the history'
    return missingObjectError(this.context.root, oid, place)
  }

  private async send(blobs: BlobStream): Promise<void> {
    if (this.outbox.length === 0) return
    const lines = this.outbox.join('\n') + '\n'
    this.outbox = []
    const wait = blobs.write(lines)
    if (wait) await wait
  }

  private change(change: RawChange): void {
    const commit = this.commit
    if (!commit) return
    const order = this.order++
    const added = !isZeroOid(change.oid) && isScannableMode(change.mode)
    if (added) this.request(change.oid, change.path, commit.sha, false)
    change.parentOids.forEach((oid, index) => {
      if (isZeroOid(oid) || !isScannableMode(change.parentModes[index]!)) return
      this.request(oid, change.path, commit.sha, true)
    })
    // What decides whether the change matters: its own blob, or for a plain deletion its parent's (a key
    // moving out of the file, maybe into another one of the same commit).
    let blob: string | null = null
    if (added) blob = change.oid
    else if (isZeroOid(change.oid) && change.parentOids.length === 1 && !isZeroOid(change.parentOids[0]!)) {
      if (isScannableMode(change.parentModes[0]!)) blob = change.parentOids[0]!
    }
    if (blob === null) return
    if (this.inFlight.has(blob)) this.pending.push({ kept: { commit, change, order }, blob })
    else if (this.keysByBlob.has(blob)) this.kept.push({ commit, change, order })
  }

  private request(oid: string, path: string, commit: string, parent: boolean): void {
    if (!this.seen.add(oid)) return
    this.inFlight.set(oid, { path, commit, parent })
    this.outbox.push(oid)
  }

  /** cat-file's answer for one blob, in request order. */
  private answered(oid: string, type: string, data: Buffer | null): void {
    const where = this.inFlight.get(oid)
    if (data === null) throw new Missing(oid, where)
    if (type === 'blob') this.scanBlob(oid, data)
    this.done(oid)
  }

  /** Marks a blob answered and settles the changes that waited for it. */
  private done(oid: string): void {
    this.inFlight.delete(oid)
    this.settle()
    if (this.wake && this.inFlight.size <= this.maxInFlight / 2) {
      this.wake()
      this.wake = null
    }
  }

  private settle(): void {
    const pending = this.pending
    while (this.pendingHead < pending.length && !this.inFlight.has(pending[this.pendingHead]!.blob)) {
      const { kept, blob } = pending[this.pendingHead++]!
      if (this.keysByBlob.has(blob)) this.kept.push(kept)
    }
    if (this.pendingHead === pending.length) {
      this.pending = []
      this.pendingHead = 0
    } else if (this.pendingHead > 1024) {
      this.pending = pending.slice(this.pendingHead)
      this.pendingHead = 0
    }
  }

  private scanBlob(oid: string, data: Buffer): void {
    const { stats, log } = this.context
    stats.bytes += data.length
    // Most blobs never mention Mistral. The keywords are ASCII and UTF-8 never hides an ASCII byte, so the
    // keyword test can read a latin1 copy and skip the UTF-8 decoding of every blob without one.
    let text: string
    if (isPlainBytes(data)) {
      stats.files++
      // Bytes first, when the detector can: no string at all for most blobs.
      if (this.detector.mentionsBytes && !this.detector.mentionsBytes(data)) return
      const latin1 = data.toString('latin1')
      if (!this.detector.mentions(latin1)) return
      text = decodePlain(data, latin1)
    } else {
      const decoded = decodeBytes(data)
      if (decoded.binary) {
        stats.skipped++
        return
      }
      stats.files++
      text = decoded.text
      if (!this.detector.mentions(text)) return
    }
    let matches: Match[]
    try {
      matches = this.detector.detect(text)
    } catch (error) {
      stats.skipped++
      log.warn(`Could not scan blob ${oid}: ${(error as Error).message}`)
      return
    }
    this.remember(oid, matches)
  }

  /** A blob too big to hold: scanned window by window as cat-file streams it. */
  private bigBlob(oid: string): BodySink {
    const { stats, log } = this.context
    const detection = new StreamedDetection((text) => this.detector.detect(text))
    let failure: Error | null = null
    return {
      write: (chunk) => {
        if (failure) return
        try {
          detection.write(chunk)
        } catch (error) {
          failure = error as Error
        }
      },
      end: () => {
        let result = null
        try {
          if (!failure) result = detection.end()
        } catch (error) {
          failure = error as Error
        }
        if (!result) {
          stats.skipped++
          log.warn(`Could not scan blob ${oid}: ${failure?.message}`)
        } else {
          stats.bytes += result.bytes
          if (result.binary) stats.skipped++
          else {
            stats.files++
            this.remember(oid, result.matches)
          }
        }
        this.done(oid)
      },
    }
  }

  private remember(oid: string, matches: Match[]): void {
    if (matches.length === 0) return
    const distinct = new Map<string, Match>()
    for (const match of matches) {
      // A copy of the key: a slice of the blob's text would keep the whole text alive.
      const secret = Buffer.from(match.secret, 'utf8').toString('utf8')
      if (!distinct.has(secret)) distinct.set(secret, { ...match, secret })
    }
    this.keysByBlob.set(oid, [...distinct.values()])
  }
}

/**
 * Keeps, per (file, key), the oldest commit whose parents lacked the key, oldest commits first. A key that a
 * commit moves from a file it deletes is not new: the leak it came from gains the new path.
 */
function attribute(kept: KeptChange[], keysByBlob: Map<string, Match[]>): Map<string, Leak> {
  const leaks = new Map<string, Leak>()
  /** path\0key -> the leak that key at that path descends from (itself, or the origin of a move). */
  const origin = new Map<string, Leak>()
  // Oldest first; on a tie git listed the older one later.
  const ordered = [...kept].sort((a, b) => a.commit.time - b.commit.time || b.order - a.order)
  // Keys each (non-merge) commit removes with a deleted file: key -> that file.
  const removed = new Map<RawCommit, Map<string, string>>()
  for (const { commit, change } of ordered) {
    if (!isZeroOid(change.oid)) continue
    const byKey = removed.get(commit) ?? new Map<string, string>()
    for (const match of keysByBlob.get(change.parentOids[0]!) ?? []) byKey.set(match.secret, change.path)
    removed.set(commit, byKey)
  }
  for (const { commit, change } of ordered) {
    const found = isZeroOid(change.oid) ? undefined : keysByBlob.get(change.oid)
    if (!found) continue
    const inParents = new Set<string>()
    for (const oid of change.parentOids) for (const match of keysByBlob.get(oid) ?? []) inParents.add(match.secret)
    for (const match of found) {
      if (inParents.has(match.secret)) continue
      const id = `${change.path}\0${match.secret}`
      if (origin.has(id)) continue
      const movedFrom = change.parentOids.length <= 1 ? removed.get(commit)?.get(match.secret) : undefined
      if (movedFrom !== undefined) {
        // A rename (or a move of the key into another file of the same commit): not a new leak. A move whose
        // source was never reported (it came from before a narrowed range) stays unreported too.
        const source = origin.get(`${movedFrom}\0${match.secret}`)
        if (source) {
          source.movedTo.add(change.path)
          origin.set(id, source)
        }
        continue
      }
      const leak: Leak = { file: change.path, match, commit, movedTo: new Set() }
      leaks.set(id, leak)
      origin.set(id, leak)
    }
  }
  return leaks
}

/** Whether each leak's key is still in its file (or a file it moved to) at HEAD; null when there is no HEAD. */
async function keysAtHead(
  root: string,
  leaks: Map<string, Leak>,
  bigBlobBytes: number,
): Promise<(leak: Leak) => boolean | null> {
  const head = leaks.size > 0 ? await headCommit(root) : null
  if (!head) return () => null
  const keysByFile = new Map<string, Set<string>>()
  for (const leak of leaks.values()) {
    for (const file of [leak.file, ...leak.movedTo]) {
      const keys = keysByFile.get(file) ?? new Set<string>()
      keys.add(leak.match.secret)
      keysByFile.set(file, keys)
    }
  }
  const blobAt = new Map<string, string>()
  // `<mode> <type> <oid>\t<path>` per entry.
  for await (const entry of nulTokens(streamGit(['ls-tree', '-r', '-z', '--full-tree', head], { cwd: root }))) {
    const tab = entry.indexOf('\t')
    const file = entry.slice(tab + 1)
    if (!keysByFile.has(file)) continue
    const [mode, type, oid] = entry.slice(0, tab).split(' ')
    if (type === 'blob' && isScannableMode(mode!)) blobAt.set(file, oid!)
  }
  const present = new Set<string>()
  const reader = new BlobReader(root, bigBlobBytes)
  try {
    for (const [file, oid] of blobAt) {
      const keys = [...keysByFile.get(file)!]
      let found = new Set<string>()
      const bytes = await reader.read(oid, () => {
        const search = new StreamedSearch(keys)
        return { write: (chunk) => search.write(chunk), end: () => void (found = search.end()) }
      })
      if (bytes !== 'streamed') {
        const decoded = bytes ? decodeBytes(bytes) : null
        if (decoded && !decoded.binary) found = findStrings(decoded.text, keys)
      }
      for (const key of found) present.add(`${file}\0${key}`)
    }
  } finally {
    await reader.close()
  }
  return (leak) => [leak.file, ...leak.movedTo].some((file) => present.has(`${file}\0${leak.match.secret}`))
}
