// What diff and staged share: the files a `git diff` adds lines to, each read whole from its blob (the
// Mistral context above an added key matters) with the added lines marked, and judged on those lines only.
// A file whose added lines hold no run of 32 ASCII letters and digits (every key is one) adds no key and is
// not read at all. The first few others are read at once, one by one, while the diff still streams (so their
// findings, base versions and blame overlap git's work); any more go through one buffered `cat-file`. The base
// version of the file is read only when a key turns up, to tell a new key from one that was already there.
// Big blobs are scanned in windows as they stream, and a blob git cannot produce is an error, never a skipped
// file.
import { BlobBatch, BlobReader, ObjectPresence, type BodySink, type ReadResult } from '../git/cat-file.js'
import { diffChanges, parseDiffChanges, type FileChange } from '../git/diff-changes.js'
import { missingObjectError, unfetchedObject } from '../git/missing-object.js'
import { isZeroOid } from '../git/raw-log.js'
import { GitError, streamGit } from '../git/runner.js'
import type { Match } from '../detect/match.js'
import { keyShapeVerdicts } from '../detect/verdict-cache.js'
import { decodeBytes, keywordInBytes } from './decode.js'
import type { CommitInfo, Fragment } from './fragment.js'
import type { Detector, SourceContext } from './source.js'
import { StreamedDetection, StreamedSearch, type StreamedResult } from './text-windows.js'

/** Blobs this big or bigger are scanned as they stream (in one window up to WINDOW_CHARS), not held. */
const STREAM_BLOB_BYTES = 1024 * 1024
/**
 * This many blobs are read one request at a time, each answered at once; the rest through one buffered batch
 * (whose answers git holds back until the list is closed). An ordinary diff reads a few; 2,000 round trips
 * would cost more than the batch.
 */
const DIRECT_READS = 32

export interface ChangeOptions {
  /** Arguments naming the two sides to `git diff`, e.g. [base, head] or ['--cached', base]. */
  revisionArgs: string[]
  /** The output of that `git diff` (with DIFF_OPTIONS), already started by the caller; else it is run here. */
  diffOutput?: AsyncIterable<Buffer>
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
  /** The answer can be taken without waiting for git. */
  ready: () => boolean
  take: () => Promise<ReadResult>
  streamed: () => StreamedResult | null
}

export async function* changedFragments(context: SourceContext, options: ChangeOptions): AsyncGenerator<Fragment> {
  const { root, stats } = context
  // Each git is started on first use: most diffs need no batch.
  let reader = null as BlobReader | null
  let batch = null as BlobBatch | null
  let direct = 0
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
    const streamed = () => result
    if (direct < DIRECT_READS) {
      direct++
      reader ??= new BlobReader(root, STREAM_BLOB_BYTES)
      let answered = false
      const answer = reader.read(change.newOid, sink)
      answer.then(
        () => (answered = true),
        () => (answered = true),
      )
      return { change, ready: () => answered, take: () => answer, streamed }
    }
    const blobs = (batch ??= new BlobBatch(root, STREAM_BLOB_BYTES))
    blobs.add(change.newOid, sink)
    // Batch entries are settled in the order they were added, so the batch's next answer is this one's.
    return { change, ready: () => blobs.ready, take: () => blobs.take(), streamed }
  }

  async function* settle(next: Queued): AsyncGenerator<Fragment> {
    const { change } = next
    const bytes = await next.take().catch(async (error: unknown) => {
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
    let mentioned: boolean | undefined
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
      mentioned = keywordInBytes(bytes, context.detector.mentionsBytes)
      if (mentioned === false) {
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
      mentioned: mentioned === true,
      addedLines: addedLinesOf(change),
      commit: options.commit,
      inHead: options.inHead,
      keysInBase: keysInBase(change),
      commitOfLine: commitOfLine ? (line) => commitOfLine(change.path, line) : undefined,
    }
  }

  let settled = 0
  /** Blobs not read (no key-shaped added line), still checked to exist, alongside the diff. */
  const unread: Array<{ oid: string; path: string }> = []
  const presence = new ObjectPresence(root)
  function settleNext(): AsyncGenerator<Fragment> {
    const next = queue[settled]!
    // Settled entries are dropped: a long change keeps only what is still to come.
    queue[settled++] = undefined
    return settle(next)
  }

  try {
    const changes = options.diffOutput
      ? parseDiffChanges(options.diffOutput)
      : diffChanges(root, options.revisionArgs)
    for await (const change of changes) {
      // Blobs git has already sent are judged while the diff goes on (never waiting: git holds back a batch's
      // last answers until the list is closed).
      while (settled < queue.length && queue[settled]!.ready()) yield* settleNext()
      if (!isScannableMode(change.newMode)) continue
      // Pure renames, mode changes and deletion-only edits add no line.
      if (change.addedLines.size === 0 && !change.binary) continue
      // Added lines with no key-shaped run add no key: the file counts as scanned, its blob is never read. Nor is
      // it when every run there fails the detector's first test, on the run's own characters (an identifier, a
      // word), which it applies to each candidate before anything else, or is ruled out by its own line (a
      // `trace_id = …`). (Binary and UTF-16 changes show no lines to look at: those are read.)
      if (!change.binary && !mayAddKey(change, context.detector)) {
        stats.files++
        unread.push({ oid: change.newOid, path: change.path })
        presence.add(change.newOid)
        continue
      }
      queue.push(request(change))
    }
    batch?.end()
    // A blob git diff read from the work tree may be gone from the object store: that stays an error.
    const present = presence.firstMissing()
    present.catch(() => undefined)
    while (settled < queue.length) yield* settleNext()
    const missing = unread[await present]
    if (missing) throw await missingObjectError(root, missing.oid, `'${missing.path}' ${options.where}`)
  } finally {
    presence.close()
    await Promise.all([batch?.close(), reader?.close()])
  }
}

/**
 * Whether the change's added lines may hold a key: a run there that is not known, or one shaped like a key that
 * not every line it stands on rules out (`trace_id = …`).
 */
function mayAddKey(change: FileChange, detector: Detector): boolean {
  if (!change.keyShaped) return false
  if (change.runs === null) return true
  const ruledOut = (line: string, at: number, run: string) =>
    detector.ruledOutByItsLine?.(line, at, at + run.length) === true
  return change.runs.some(({ run, places }) => {
    // A run judged before (an identifier repeated across files) is answered from memory; a new one is judged on
    // its characters (the word model: the costlier test) only if its lines leave it open.
    const known = keyShapeVerdicts.known(run)
    if (known === false) return false
    if (places?.every(({ line, at }) => ruledOut(line, at, run))) return false
    return known ?? keyShapeVerdicts.looksLikeKey(run)
  })
}

/** The lines a finding must sit on; null for a file git calls binary but we can read (UTF-16): no line diff,
 * so every key not in the base is new. */
function addedLinesOf(change: FileChange): ReadonlySet<number> | null {
  return change.binary ? null : change.addedLines
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
