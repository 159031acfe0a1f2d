// A history walk that reads only the blobs its commits touch: every ref, a range (`A..B`) or dates (--since,
// --until). One walk of `git log --raw -c` (blob ids only, no patches) feeds, as it streams, one buffered
// `git cat-file --batch` with each blob id the first time it shows up. Walk order (newest first) is about the
// order a pack stores deltas in, so cat-file reads the blobs as cheaply as in pack order; and, unlike reading
// the whole store, nothing is listed first, and neither dangling blobs nor the rest of a store this clone
// borrows from (`clone --shared`) are ever read:
//   - each unique blob is scanned once (BlobScanner: a keyword test first, on bytes);
//   - the log is skimmed in place: no change is parsed into strings unless its blob is new (then only the id
//     and where it was first needed, for the error if git cannot produce it) or the commit adds a path;
//   - only when some blob holds a key is the log (kept in its temp file) read again, keeping just the changes
//     whose deciding blob holds one: memory holds the blob ids seen and those in flight, not the log;
//   - once git has written the log its core is free, and a second cat-file takes every other batch of ids;
//   - a blob git cannot produce is an error that names it, never a silent gap in the scan.
import { BlobStream } from '../git/cat-file.js'
import { ObjectIdSet } from '../git/object-id-set.js'
import { changeOf, commitOf, RawLogSkimmer, shaOfHeader, type RawCommit, type RawRecord } from '../git/raw-log.js'
import { NO_LAZY_FETCH } from '../git/runner.js'
import { SpooledGit } from '../git/spooled-git.js'
import { isScannableMode } from './changes.js'
import { decidingBlob, type KeptChange } from './history-attribution.js'
import { BlobScanner } from './history-blobs.js'
import { explainMissing, Missing, type Where } from './history-missing.js'
import type { SourceContext } from './source.js'
import { BIG_TEXT_BYTES } from './text-windows.js'

export interface WalkOptions {
  /** Blob ids sent to cat-file and not yet answered, at most (default 4096): bounds what waits in memory. */
  maxInFlight?: number
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
  /** Called with each path a plain (or root) commit adds, and that commit's id; oldest commits come last. */
  onAddedPath?: (file: string, commit: string) => void
  /** Called once git has written the whole log (node may still be reading it, at cat-file's pace). */
  onLogRead?: () => void
  /** Bytes of the log skimmed between two checks of the blobs in flight (default 64 KB). */
  logPieceBytes?: number
}

const LOG_PIECE_BYTES = 64 * 1024

/** One walk of the raw log, feeding one cat-file, scanning each blob once (see the top of this file). */
export class HistoryWalk {
  readonly blobs: BlobScanner
  readonly kept: KeptChange[] = []
  commits = 0

  /** Every blob id requested, as bytes. */
  private readonly seen = new ObjectIdSet()
  /** The ids cat-file has not answered yet, and where each was first needed. */
  private readonly inFlight = new Map<string, Where>()
  private outbox: string[] = []
  /** Counts batches of ids sent, to take the cat-files in turn. */
  private turn = 0
  /** The header token of the commit being skimmed, and its id once some change needed it. */
  private header: Buffer | null = null
  private sha: string | null = null
  private readonly maxInFlight: number
  private readonly logPieceBytes: number
  private readonly bigBlobBytes: number
  private readonly onAddedPath: WalkOptions['onAddedPath']
  private readonly onLogRead: WalkOptions['onLogRead']
  /** Resolves the walk's wait for answers when enough have come. */
  private wake: (() => void) | null = null

  constructor(
    private readonly context: SourceContext,
    options: WalkOptions,
  ) {
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 4096)
    this.logPieceBytes = Math.max(1, options.logPieceBytes ?? LOG_PIECE_BYTES)
    this.bigBlobBytes = options.bigBlobBytes ?? BIG_TEXT_BYTES
    this.onAddedPath = options.onAddedPath
    this.onLogRead = options.onLogRead
    this.blobs = new BlobScanner(context)
  }

  async run(logArgs: string[]): Promise<void> {
    const { root } = this.context
    let failed = false
    const open = (): BlobStream => {
      const stream = new BlobStream(root, (oid, type, data) => this.answered(oid, type, data), {
        streamAbove: this.bigBlobBytes,
        sinkFor: (oid, type) => (type === 'blob' ? this.blobs.sink(oid, () => this.done(oid)) : null),
      })
      stream.done.catch(() => (failed = true))
      return stream
    }
    // One cat-file while git writes the log; once the log is written its core is free, and a second cat-file
    // takes the ids that come after (the blobs themselves may then be answered out of order).
    const readers = [open()]
    let widen = false
    const skimmer = new RawLogSkimmer({
      commit: (header) => {
        this.header = header
        this.sha = null
        this.commits++
      },
      change: (record, file) => this.change(record, file),
    })
    // Spooled, and kept: git writes the log at its own pace while node is busy judging blobs, and the few
    // changes that matter are read from it again at the end.
    const log = SpooledGit.required(logArgs, root, 'the history log', { env: NO_LAZY_FETCH, keep: true })
    try {
      // Once git has written the log, the second cat-file and whoever waits for it (the checklist) may start.
      const onLogRead = this.onLogRead
      void log.exited().then(() => {
        widen = true
        onLogRead?.()
      })
      const anyFailed = (): Promise<unknown> => Promise.race(readers.map((reader) => reader.done))
      read: for await (const chunk of log.chunks()) {
        // The log is read 4 MB at a time; skimmed in small pieces, so that no more blobs are in flight than
        // maxInFlight allows.
        for (let at = 0; at < chunk.length; at += this.logPieceBytes) {
          skimmer.feed(chunk.subarray(at, Math.min(at + this.logPieceBytes, chunk.length)))
          if (widen && readers.length === 1) {
            this.context.log.debug(`History: the log is written; a second cat-file reads on after ${this.commits} commit(s).`)
            readers.push(open())
          }
          await this.send(readers)
          if (failed) break read
          while (this.inFlight.size > this.maxInFlight && !failed) {
            await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), anyFailed()])
          }
          if (failed) break read
        }
      }
      skimmer.end()
      await this.send(readers)
      await Promise.all(readers.map((reader) => reader.end()))
      if (this.blobs.keysByBlob.size > 0) this.keepChanges(log)
    } catch (error) {
      for (const reader of readers) reader.kill()
      await Promise.all(readers.map((reader) => reader.done.catch(() => undefined)))
      throw await this.explain(error as Error)
    } finally {
      log.dispose()
    }
  }

  private explain(error: Error): Promise<Error> {
    return explainMissing(this.context.root, error, (oid) => this.inFlight.get(oid))
  }

  /** Hands the ids waiting in the outbox to the cat-file whose turn it is. */
  private async send(readers: BlobStream[]): Promise<void> {
    if (this.outbox.length === 0) return
    const lines = this.outbox.join('\n') + '\n'
    this.outbox = []
    const wait = readers[this.turn++ % readers.length]!.write(lines)
    if (wait) await wait
  }

  /** The current commit's id, read from its header on first need. */
  private commitSha(): string {
    return (this.sha ??= this.header ? shaOfHeader(this.header) : '')
  }

  /** One change, in place: its new blob, then each parent's, is requested the first time it shows up. */
  private change(record: RawRecord, file: Buffer): void {
    if (this.header === null) return
    if (this.onAddedPath && record.added) this.onAddedPath(file.toString('utf8'), this.commitSha())
    this.request(record, record.parents, file, false)
    for (let index = 0; index < record.parents; index++) this.request(record, index, file, true)
  }

  private request(record: RawRecord, index: number, file: Buffer, parent: boolean): void {
    if (record.isZero(index) || !isScannableMode(record.modeOf(index))) return
    const at = record.oidAt(index)
    if (!this.seen.addBytes(record.token, at, record.oidLength)) return
    const oid = record.token.toString('latin1', at, at + record.oidLength)
    this.inFlight.set(oid, { path: file.toString('utf8'), commit: this.commitSha(), parent })
    this.outbox.push(oid)
  }

  /** A cat-file's answer for one blob, in the order that cat-file was asked (two may answer in turn). */
  private answered(oid: string, type: string, data: Buffer | null): void {
    if (data === null) throw new Missing(oid, this.inFlight.get(oid))
    if (type === 'blob') this.blobs.scan(oid, data)
    this.done(oid)
  }

  private done(oid: string): void {
    this.inFlight.delete(oid)
    if (this.wake && this.inFlight.size <= this.maxInFlight / 2) {
      this.wake()
      this.wake = null
    }
  }

  /** Reads the log again, keeping the changes whose deciding blob holds a key, numbered in log order. */
  private keepChanges(log: SpooledGit): void {
    const keysByBlob = this.blobs.keysByBlob
    const keyed = new ObjectIdSet()
    for (const oid of keysByBlob.keys()) keyed.add(oid)
    let header: Buffer | null = null
    let commit: RawCommit | null = null
    let order = 0
    const skimmer = new RawLogSkimmer({
      commit: (token) => {
        header = token
        commit = null
      },
      change: (record, file) => {
        if (header === null) return
        order++
        let named = false
        for (let index = 0; index <= record.parents && !named; index++) {
          named = keyed.hasBytes(record.token, record.oidAt(index), record.oidLength)
        }
        if (!named) return
        const change = changeOf(record, file)
        const blob = decidingBlob(change)
        if (blob === null || !keysByBlob.has(blob)) return
        // Headers are parsed only for the few commits that matter.
        commit ??= commitOf(header)
        this.kept.push({ commit, change, order })
      },
    })
    for (const chunk of log.readAgain()) skimmer.feed(chunk)
    skimmer.end()
  }
}
