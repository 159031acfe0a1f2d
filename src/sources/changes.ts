// What diff and staged share: the files a `git diff` adds lines to, each read whole from its blob (the
// Mistral context above an added key matters) with the added lines marked. The base version of the file is
// read only when a key turns up, to tell a new key from one that was already there. Big blobs are scanned
// in windows as they stream, and a blob git cannot produce is an error, never a skipped file.
import { BlobReader, type BodySink, type ReadResult } from '../git/cat-file.js'
import { diffChanges, type FileChange } from '../git/diff-changes.js'
import { missingObjectError, unfetchedObject } from '../git/missing-object.js'
import { isZeroOid } from '../git/raw-log.js'
import { GitError, streamGit } from '../git/runner.js'
import type { Match } from '../detect/match.js'
import { decodeBytes, isPlainBytes } from './decode.js'
import type { CommitInfo, Fragment } from './fragment.js'
import type { SourceContext } from './source.js'
import { StreamedDetection, StreamedSearch, type StreamedResult } from './text-windows.js'

/** Blobs requested ahead of the detector. */
const READ_AHEAD = 16
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
  bytes: Promise<ReadResult>
  streamed: () => StreamedResult | null
}

export async function* changedFragments(context: SourceContext, options: ChangeOptions): AsyncGenerator<Fragment> {
  const { root, stats } = context
  const reader = new BlobReader(root, STREAM_BLOB_BYTES)
  const queue: Queued[] = []

  // Asked only when a key turns up, possibly after this generator is done: a one-off git each time.
  const keysInBase = (change: FileChange): Fragment['keysInBase'] => {
    if (change.status === 'A' || isZeroOid(change.oldOid) || !isScannableMode(change.oldMode)) return undefined
    return (secrets) => searchBlob(root, change.oldOid, secrets)
  }

  const request = (change: FileChange): Queued => {
    let result: StreamedResult | null = null
    const sink = (): BodySink => {
      const detection = new StreamedDetection((text) => context.detector.detect(text))
      return { write: (chunk) => detection.write(chunk), end: () => void (result = detection.end()) }
    }
    return { change, bytes: reader.read(change.newOid, sink), streamed: () => result }
  }

  async function* settle(next: Queued): AsyncGenerator<Fragment> {
    const { change } = next
    const bytes = await next.bytes.catch(async (error: unknown) => {
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
      // A file git calls binary but we can read (UTF-16) has no line diff: every key not in the base is new.
      addedLines: change.binary ? null : change.addedLines,
      commit: options.commit,
      inHead: options.inHead,
      keysInBase: keysInBase(change),
      commitOfLine: commitOfLine ? (line) => commitOfLine(change.path, line) : undefined,
    }
  }

  try {
    for await (const change of diffChanges(root, options.revisionArgs)) {
      if (!isScannableMode(change.newMode)) continue
      // Pure renames, mode changes and deletion-only edits add no line.
      if (change.addedLines.size === 0 && !change.binary) continue
      queue.push(request(change))
      if (queue.length >= READ_AHEAD) yield* settle(queue.shift()!)
    }
    while (queue.length > 0) yield* settle(queue.shift()!)
  } finally {
    // Requests still queued (an error above) fail with the reader; nobody waits for them.
    for (const queued of queue) queued.bytes.catch(() => undefined)
    await reader.close()
  }
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
