// What diff and staged share: the files a `git diff` adds lines to, each read whole from its blob (the
// Mistral context above an added key matters) with the added lines marked, and judged on those lines only.
// A file whose added lines hold no run of 32 ASCII letters and digits (every key is one) adds no key and is
// not read at all; the others are read through one buffered `cat-file` once the diff is parsed. The base
// version of the file is read only when a key turns up, to tell a new key from one that was already there.
// Big blobs are scanned in windows as they stream, and a blob git cannot produce is an error, never a skipped
// file.
import { BlobBatch, type BodySink } from '../git/cat-file.js'
import { diffChanges, type FileChange } from '../git/diff-changes.js'
import { missingObjectError, unfetchedObject } from '../git/missing-object.js'
import { isZeroOid } from '../git/raw-log.js'
import { GitError, runGit, streamGit } from '../git/runner.js'
import type { Match } from '../detect/match.js'
import { decodeBytes, isPlainBytes } from './decode.js'
import type { CommitInfo, Fragment } from './fragment.js'
import type { SourceContext } from './source.js'
import { StreamedDetection, StreamedSearch, type StreamedResult } from './text-windows.js'

/** Blobs this big or bigger are scanned as they stream (in one window up to WINDOW_CHARS), not held. */
const STREAM_BLOB_BYTES = 1024 * 1024

export interface ChangeOptions {
  /** Arguments naming the two sides to `git diff`, e.g. [base, head] or ['--cached', base]. */
  revisionArgs: string[]
  commit: CommitInfo | null
  inHead: boolean | null
  commitOfLine?: (file: string, line: number) => Promise<CommitInfo | null>
  /** How to name where a blob came from in an error: `in commit 1a2b3c4`, `in the index`. */
  where: string
}

/** Gitlinks (submodules) and symlinks hold no file content to scan. */
export function isScannableMode(mode: string): boolean {
  return mode !== '160000' && mode !== '120000'
}

interface Queued {
  change: FileChange
  streamed: () => StreamedResult | null
}

export async function* changedFragments(context: SourceContext, options: ChangeOptions): AsyncGenerator<Fragment> {
  const { root, stats } = context
  const batch = new BlobBatch(root, STREAM_BLOB_BYTES)
  const queue: Array<Queued | undefined> = []

  // Asked only when a key turns up, possibly after this generator is done: a one-off git each time.
  const keysInBase = (change: FileChange): Fragment['keysInBase'] => {
    if (change.status === 'A' || isZeroOid(change.oldOid) || !isScannableMode(change.oldMode)) return undefined
    return (secrets) => searchBlob(root, change.oldOid, secrets)
  }

  const request = (change: FileChange): Queued => {
    let result: StreamedResult | null = null
    const sink = (): BodySink => {
      const detection = new StreamedDetection((text, options) => context.detector.detect(text, options), {
        lines: addedLinesOf(change),
      })
      return { write: (chunk) => detection.write(chunk), end: () => void (result = detection.end()) }
    }
    batch.add(change.newOid, sink)
    return { change, streamed: () => result }
  }

  async function* settle(next: Queued): AsyncGenerator<Fragment> {
    const { change } = next
    const bytes = await batch.take().catch(async (error: unknown) => {
      // A partial clone that could not fetch the blob: say so, as for a blob missing outright.
      const unfetched = unfetchedObject(error)
      if (unfetched === change.newOid) {
        throw await missingObjectError(root, unfetched, `'${change.path}' ${options.where}`)
      }
      throw error
    })
    if (bytes === null) {
      throw await missingObjectError(root, change.newOid, `'${change.path}' ${options.where}`)
    }
    let text = ''
    let matches: readonly Match[] | undefined
    if (bytes === 'streamed') {
      const result = next.streamed()!
      stats.bytes += result.bytes
      if (result.binary) {
        stats.skipped++
        return
      }
      matches = result.matches
    } else {
      stats.bytes += bytes.length
      // A blob whose bytes name no Mistral keyword cannot hold a finding: counted, never decoded.
      const { mentionsBytes } = context.detector
      if (mentionsBytes && isPlainBytes(bytes) && !mentionsBytes(bytes)) {
        stats.files++
        return
      }
      const decoded = decodeBytes(bytes)
      if (decoded.binary) {
        stats.skipped++
        return
      }
      text = decoded.text
    }
    stats.files++
    const commitOfLine = options.commitOfLine
    yield {
      file: change.path,
      text,
      matches,
      addedLines: addedLinesOf(change),
      commit: options.commit,
      inHead: options.inHead,
      keysInBase: keysInBase(change),
      commitOfLine: commitOfLine ? (line) => commitOfLine(change.path, line) : undefined,
    }
  }

  let settled = 0
  /** Blobs not read (no key-shaped added line), still checked to exist. */
  const unread: Array<{ oid: string; path: string }> = []
  function settleNext(): AsyncGenerator<Fragment> {
    const next = queue[settled]!
    // Settled entries are dropped: a long change keeps only what is still to come.
    queue[settled++] = undefined
    return settle(next)
  }

  try {
    for await (const change of diffChanges(root, options.revisionArgs)) {
      if (!isScannableMode(change.newMode)) continue
      // Pure renames, mode changes and deletion-only edits add no line.
      if (change.addedLines.size === 0 && !change.binary) continue
      // Added lines with no key-shaped run add no key: the file counts as scanned, its blob is never read.
      // (Binary and UTF-16 changes show no lines to look at: those are read.)
      if (!change.binary && !change.keyShaped) {
        stats.files++
        unread.push({ oid: change.newOid, path: change.path })
        continue
      }
      queue.push(request(change))
      // Blobs git has already sent are judged while the diff goes on (never waiting: git holds its last
      // answers until the list is closed).
      while (settled < queue.length && batch.ready) yield* settleNext()
    }
    batch.end()
    // A blob git diff read from the work tree may be gone from the object store: that stays an error.
    const present = unread.length > 0 ? firstMissing(root, unread) : Promise.resolve(null)
    present.catch(() => undefined)
    while (settled < queue.length) yield* settleNext()
    const missing = await present
    if (missing) throw await missingObjectError(root, missing.oid, `'${missing.path}' ${options.where}`)
  } finally {
    await batch.close()
  }
}

/** The lines a finding must sit on; null for a file git calls binary but we can read (UTF-16): no line diff,
 * so every key not in the base is new. */
function addedLinesOf(change: FileChange): ReadonlySet<number> | null {
  return change.binary ? null : change.addedLines
}

/** The first of `blobs` the object store lacks (one `cat-file --batch-check`: no blob is inflated), or null. */
async function firstMissing(
  root: string,
  blobs: ReadonlyArray<{ oid: string; path: string }>,
): Promise<{ oid: string; path: string } | null> {
  const input = blobs.map((blob) => `${blob.oid}\n`).join('')
  const result = await runGit(['cat-file', '--batch-check=%(objectname)'], { cwd: root, input })
  const lines = result.stdout.toString('utf8').split('\n')
  const index = lines.findIndex((line) => line.endsWith(' missing'))
  return index >= 0 ? blobs[index]! : null
}

/** Which of `secrets` the blob holds, read as a stream (a base version can be as big as any file). */
async function searchBlob(root: string, oid: string, secrets: readonly string[]): Promise<Set<string>> {
  const search = new StreamedSearch(secrets)
  try {
    for await (const chunk of streamGit(['cat-file', 'blob', oid], { cwd: root })) search.write(chunk)
  } catch (error) {
    // The base version is gone: nothing is known to be old, so every key counts as new.
    if (error instanceof GitError) return new Set()
    throw error
  }
  return search.end()
}
