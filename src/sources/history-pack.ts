// The whole history (every ref, no date filter) without waiting for a walk to name its blobs: every blob of
// the store is read once, in pack order, while `git log --raw -c` runs beside it on the other core. The log
// is skimmed as it streams (every blob it names must be in the store: a missing one is an error, never a
// gap) and spooled to a temporary file; only when some blob holds a key is the spool read again, keeping
// just the records that name such a blob. On a repository without leaks no change is ever parsed into an
// object, and memory holds the blob ids, not the log.
import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listBlobs } from '../git/all-blobs.js'
import { BlobStream } from '../git/cat-file.js'
import { ObjectIdSet } from '../git/object-id-set.js'
import { changeOf, commitOf, RawLogSkimmer, shaOfHeader, type RawCommit } from '../git/raw-log.js'
import { streamGit } from '../git/runner.js'
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
}

const SPOOL_READ_BYTES = 1 << 20
const SPOOL_WRITE_BYTES = 1 << 20

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
    let dir: string
    try {
      dir = await mkdtemp(path.join(tmpdir(), 'mistral-guard-log-'))
    } catch (error) {
      throw new Error(
        `Could not create a temporary folder in ${tmpdir()} for the history log (${(error as Error).message}); ` +
          'point TMPDIR at a writable folder.',
      )
    }
    const spool = path.join(dir, 'raw-log')
    const started = Date.now()
    try {
      const reader = new BlobStream(root, (oid, type, data) => this.answered(oid, type, data), {
        streamAbove: this.options.bigBlobBytes ?? BIG_TEXT_BYTES,
        sinkFor: (oid, type) => (type === 'blob' ? this.blobs.sink(oid, () => undefined) : null),
      })
      // Not waiting for cat-file to drain its input: the listing completes in a fraction of a second (the ids
      // queue in memory, 41 bytes each) and the log's records, which wait for it, do not pile up.
      const listed = listBlobs(root, (lines) => reader.queue(lines))
      const logged = this.spoolLog(logArgs, spool, listed)
      try {
        await Promise.all([listed, logged])
        await reader.end()
        await this.blobs.settled()
      } catch (error) {
        reader.kill()
        await reader.done.catch(() => undefined)
        throw error
      }
      log.debug(`History: read every blob and the log in ${Date.now() - started} ms.`)
      if (this.blobs.keysByBlob.size > 0) await this.keepChanges(spool)
    } catch (error) {
      throw await explainMissing(root, error as Error, () => undefined)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  private answered(oid: string, type: string, data: Buffer | null): void {
    if (data === null) throw new Missing(oid, undefined)
    if (type === 'blob') this.blobs.scanSoon(oid, data)
  }

  /**
   * Streams the raw log into the spool, skimming each record: commits are counted, each blob a change writes
   * must be in the store, and added paths go to `onAddedPath`. Records that come before the store's listing
   * is complete wait for it.
   */
  private async spoolLog(logArgs: string[], spool: string, listed: Promise<ObjectIdSet>): Promise<void> {
    const { root } = this.context
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
    const file = openSync(spool, 'w', 0o600)
    // git writes its log a few KB at a time: one write per MB, not one per chunk.
    let unwritten: Buffer[] = []
    let unwrittenBytes = 0
    const flush = (): void => {
      if (unwrittenBytes > 0) writeSync(file, unwritten.length === 1 ? unwritten[0]! : Buffer.concat(unwritten))
      unwritten = []
      unwrittenBytes = 0
    }
    try {
      // A partial clone must not fetch what the walk needs one object at a time either.
      for await (const chunk of streamGit(logArgs, { cwd: root, env: { GIT_NO_LAZY_FETCH: '1' } })) {
        unwritten.push(chunk)
        unwrittenBytes += chunk.length
        if (unwrittenBytes >= SPOOL_WRITE_BYTES) flush()
        if (present === null) waiting.push(chunk)
        else {
          for (const early of waiting.splice(0)) skimmer.feed(early)
          skimmer.feed(chunk)
        }
      }
      flush()
    } finally {
      closeSync(file)
    }
    // The log may end first: its records wait for the listing.
    present = await listed
    for (const early of waiting.splice(0)) skimmer.feed(early)
    skimmer.end()
  }

  /** Reads the spool again, keeping the changes whose deciding blob holds a key. */
  private async keepChanges(spool: string): Promise<void> {
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
    const handle = await open(spool, 'r')
    try {
      for (;;) {
        // A fresh buffer each time: the skimmer keeps views of a chunk across reads.
        const chunk = Buffer.allocUnsafe(SPOOL_READ_BYTES)
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
        if (bytesRead === 0) break
        skimmer.feed(chunk.subarray(0, bytesRead))
      }
      skimmer.end()
    } finally {
      await handle.close()
    }
  }
}
