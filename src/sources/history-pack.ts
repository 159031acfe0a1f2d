// The whole history (every ref, no date filter) without waiting for a walk to name its blobs: every blob of
// the store is read once, in pack order (blob-slices.ts), while `git log --raw -c` runs beside it on the other
// core; once the log is read, a second cat-file takes that core. All write to unnamed temp files, read back
// 4 MB at a time, so no git ever waits for node. The log is skimmed as it is read (every blob it names must be
// in the store: a missing one is an error, never a gap); only when some blob holds a key is it read again,
// keeping just the records that name such a blob. On a repository without leaks no change is ever parsed into
// an object, and memory holds the blob ids, not the log.
import { listBlobs } from '../git/all-blobs.js'
import { BlobSlices } from '../git/blob-slices.js'
import { ObjectIdSet } from '../git/object-id-set.js'
import { changeOf, commitOf, RawLogSkimmer, shaOfHeader, type RawCommit } from '../git/raw-log.js'
import { NO_LAZY_FETCH } from '../git/runner.js'
import { SpooledGit } from '../git/spooled-git.js'
import { isScannableMode } from './changes.js'
import { decidingBlob, type KeptChange } from './history-attribution.js'
import { BlobScanner } from './history-blobs.js'
import { explainMissing, Missing } from './history-missing.js'
import type { SourceContext } from './source.js'
import { BIG_TEXT_BYTES } from './text-windows.js'

export interface PackScanOptions {
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
  /** Called with each path a plain (or root) commit adds, and that commit's id; oldest commits come last. */
  onAddedPath?: (file: string, commit: string) => void
  /** Called once the log is read and skimmed (cat-file may still be at work). */
  onLogRead?: () => void
}

export class PackScan {
  readonly blobs: BlobScanner
  readonly kept: KeptChange[] = []
  commits = 0

  constructor(
    private readonly context: SourceContext,
    private readonly options: PackScanOptions = {},
  ) {
    this.blobs = new BlobScanner(context)
  }

  async run(logArgs: string[]): Promise<void> {
    const { root, log } = this.context
    const started = Date.now()
    let spool: SpooledGit | null = null
    try {
      const reader = new BlobSlices(root, (oid, type, data) => this.answered(oid, type, data), {
        streamAbove: this.options.bigBlobBytes ?? BIG_TEXT_BYTES,
        sinkFor: (oid, type) => (type === 'blob' ? this.blobs.sink(oid, () => undefined) : null),
      })
      spool = SpooledGit.required(logArgs, root, 'the history log', { env: NO_LAZY_FETCH, keep: true })
      const listed = listBlobs(root, (lines, bytes) => reader.add(lines, bytes))
      // Once the log is read, its core is free: for a second cat-file, and for whoever waits (the checklist).
      const logged = this.skimLog(spool, listed).then(() => {
        reader.widen()
        this.options.onLogRead?.()
      })
      try {
        await Promise.all([listed.then(() => reader.end()), logged])
      } catch (error) {
        reader.kill()
        await reader.done.catch(() => undefined)
        throw error
      }
      log.debug(`History: read every blob and the log in ${Date.now() - started} ms.`)
      if (this.blobs.keysByBlob.size > 0) this.keepChanges(spool)
    } catch (error) {
      throw await explainMissing(root, error as Error, () => undefined)
    } finally {
      spool?.dispose()
    }
  }

  private answered(oid: string, type: string, data: Buffer | null): void {
    if (data === null) throw new Missing(oid, undefined)
    // At once: git writes to a file and never waits for node, so nothing is gained by putting detection off.
    if (type === 'blob') this.blobs.scan(oid, data)
  }

  /**
   * Reads the raw log as git writes it, skimming each record: commits are counted, each blob a change writes
   * must be in the store, and added paths go to `onAddedPath`. Records that come before the store's listing
   * is complete wait for it.
   */
  private async skimLog(spool: SpooledGit, listed: Promise<ObjectIdSet>): Promise<void> {
    let present: ObjectIdSet | null = null
    void listed.then((set) => (present = set), () => undefined)
    const onAddedPath = this.options.onAddedPath
    let header: Buffer | null = null
    const skimmer = new RawLogSkimmer({
      commit: (token) => {
        header = token
        this.commits++
      },
      change: (record, file) => {
        if (onAddedPath && record.added) onAddedPath(file.toString('utf8'), (header ? shaOfHeader(header) : ''))
        const index = record.parents
        if (record.isZero(index) || !isScannableMode(record.modeOf(index))) return
        const at = record.oidAt(index)
        if (!present!.hasBytes(record.token, at, record.oidLength)) {
          const oid = record.token.toString('latin1', at, at + record.oidLength)
          throw new Missing(oid, { path: file.toString('utf8'), commit: header ? shaOfHeader(header) : '', parent: false })
        }
      },
    })
    const waiting: Buffer[] = []
    for await (const chunk of spool.chunks()) {
      if (present === null) waiting.push(chunk)
      else {
        for (const early of waiting.splice(0)) skimmer.feed(early)
        skimmer.feed(chunk)
      }
    }
    // The log may end first: its records wait for the listing.
    present = await listed
    for (const early of waiting.splice(0)) skimmer.feed(early)
    skimmer.end()
  }

  /** Reads the log again, keeping the changes whose deciding blob holds a key. */
  private keepChanges(spool: SpooledGit): void {
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
        order++
        let named = false
        for (let index = 0; index <= record.parents && !named; index++) {
          named = keyed.hasBytes(record.token, record.oidAt(index), record.oidLength)
        }
        if (!named || header === null) return
        const change = changeOf(record, file)
        const blob = decidingBlob(change)
        if (blob === null || !keysByBlob.has(blob)) return
        // Headers are parsed only for the few commits that matter.
        commit ??= commitOf(header)
        this.kept.push({ commit, change, order })
      },
    })
    for (const chunk of spool.readAgain()) skimmer.feed(chunk)
    skimmer.end()
  }
}
