// A history walk that reads only the blobs its commits touch: every ref, a range (`A..B`) or dates (--since,
// --until). One walk of `git log --raw -c` (blob ids only, no patches) feeds, as it streams, one buffered
// `git cat-file --batch` with each blob id the first time it shows up. Walk order (newest first) is about the
// order a pack stores deltas in, so cat-file reads the blobs as cheaply as in pack order; and, unlike reading
// the whole store, nothing is listed first, and dangling blobs and ones borrowed from another store (`clone
// --shared`) or not fetched (a partial clone) are never read:
//   - each unique blob is scanned once (BlobScanner: a keyword test first, on bytes);
//   - a change is kept only when its blob holds a key (or, for a deleted file, held one): the rest are
//     dropped as soon as their blob is answered, so memory holds the blob ids seen, a bounded window of
//     changes waiting for their blob, and the few changes that matter;
//   - a blob git cannot produce is an error that names it, never a silent gap in the scan.
import { BlobStream } from '../git/cat-file.js'
import { ObjectIdSet } from '../git/object-id-set.js'
import { isZeroOid, RawLogParser, type RawChange, type RawCommit } from '../git/raw-log.js'
import { NO_LAZY_FETCH } from '../git/runner.js'
import { SpooledGit } from '../git/spooled-git.js'
import { isScannableMode } from './changes.js'
import { decidingBlob, type KeptChange } from './history-attribution.js'
import { BlobScanner } from './history-blobs.js'
import { explainMissing, Missing, type Where } from './history-missing.js'
import type { SourceContext } from './source.js'
import { BIG_TEXT_BYTES } from './text-windows.js'

export interface WalkOptions {
  /** Blob ids sent to cat-file and not yet answered, at most (default 4096): bounds the changes held. */
  maxInFlight?: number
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
  /** Called with each path a plain (or root) commit adds, and that commit's id; oldest commits come last. */
  onAddedPath?: (file: string, commit: string) => void
  /** Called once git has written the whole log (node may still be reading it, at cat-file's pace). */
  onLogRead?: () => void
}

/** Bytes of the raw log parsed between two checks of the blobs in flight. */
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
  /** Changes waiting for their blob's answer, in request order, from `pendingHead` on. */
  private pending: Array<{ kept: KeptChange; blob: string }> = []
  private pendingHead = 0
  private outbox: string[] = []
  private commit: RawCommit | null = null
  private order = 0
  private readonly maxInFlight: number
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
    this.bigBlobBytes = options.bigBlobBytes ?? BIG_TEXT_BYTES
    this.onAddedPath = options.onAddedPath
    this.onLogRead = options.onLogRead
    this.blobs = new BlobScanner(context)
  }

  async run(logArgs: string[]): Promise<void> {
    const { root } = this.context
    const blobs = new BlobStream(root, (oid, type, data) => this.answered(oid, type, data), {
      streamAbove: this.bigBlobBytes,
      sinkFor: (oid, type) => (type === 'blob' ? this.blobs.sink(oid, () => this.done(oid)) : null),
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
      // Spooled: git writes the log at its own pace while node is busy judging blobs.
      const log = SpooledGit.required(logArgs, root, 'the history log', { env: NO_LAZY_FETCH })
      // Its core is free from then on, though node reads on at cat-file's pace.
      const onLogRead = this.onLogRead
      if (onLogRead) void log.exited().then(onLogRead)
      read: for await (const chunk of log.chunks()) {
        // The log is read 4 MB at a time; parsed in small pieces, so that no more changes wait for their blob
        // than maxInFlight allows.
        for (let at = 0; at < chunk.length; at += LOG_PIECE_BYTES) {
          parser.feed(chunk.subarray(at, Math.min(at + LOG_PIECE_BYTES, chunk.length)))
          await this.send(blobs)
          if (failed) break read
          while (this.inFlight.size > this.maxInFlight && !failed) {
            await Promise.race([new Promise<void>((resolve) => (this.wake = resolve)), blobs.done])
          }
          if (failed) break read
        }
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

  private explain(error: Error): Promise<Error> {
    return explainMissing(this.context.root, error, (oid) => this.inFlight.get(oid))
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
    if (this.onAddedPath && change.status === 'A' && change.parentOids.length === 1) this.onAddedPath(change.path, commit.sha)
    const added = !isZeroOid(change.oid) && isScannableMode(change.mode)
    if (added) this.request(change.oid, change.path, commit.sha, false)
    change.parentOids.forEach((oid, index) => {
      if (isZeroOid(oid) || !isScannableMode(change.parentModes[index]!)) return
      this.request(oid, change.path, commit.sha, true)
    })
    const blob = decidingBlob(change)
    if (blob === null) return
    if (this.inFlight.has(blob)) this.pending.push({ kept: { commit, change, order }, blob })
    else if (this.blobs.keysByBlob.has(blob)) this.kept.push({ commit, change, order })
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
    if (type === 'blob') this.blobs.scan(oid, data)
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
      if (this.blobs.keysByBlob.has(blob)) this.kept.push(kept)
    }
    if (this.pendingHead === pending.length) {
      this.pending = []
      this.pendingHead = 0
    } else if (this.pendingHead > 1024) {
      this.pending = pending.slice(this.pendingHead)
      this.pendingHead = 0
    }
  }
}
