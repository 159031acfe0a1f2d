// What diff and staged share: the files a `git diff` adds lines to, each read whole from its blob (the
// Mistral context above an added key matters) with the added lines marked. The base version of the file is
// read only when a key turns up, to tell a new key from one that was already there.
import { BlobReader } from '../git/cat-file.js'
import { diffChanges, type FileChange } from '../git/diff-changes.js'
import { isZeroOid } from '../git/raw-log.js'
import { runGit } from '../git/runner.js'
import { decodeBytes } from './decode.js'
import type { CommitInfo, Fragment } from './fragment.js'
import type { SourceContext } from './source.js'

/** Blobs requested ahead of the detector. */
const READ_AHEAD = 16

export interface ChangeOptions {
  /** Arguments naming the two sides to `git diff`, e.g. [base, head] or ['--cached', base]. */
  revisionArgs: string[]
  commit: CommitInfo | null
  inHead: boolean | null
  commitOfLine?: (file: string, line: number) => Promise<CommitInfo | null>
}

/** Gitlinks (submodules) and symlinks hold no file content to scan. */
export function isScannableMode(mode: string): boolean {
  return mode !== '160000' && mode !== '120000'
}

export async function* changedFragments(context: SourceContext, options: ChangeOptions): AsyncGenerator<Fragment> {
  const { root, stats } = context
  const reader = new BlobReader(root)
  const queue: Array<{ change: FileChange; bytes: Promise<Buffer | null> }> = []

  // Asked only when a key turns up, possibly after this generator is done: a one-off git each time.
  const baseText = (change: FileChange): (() => Promise<string | null>) | undefined => {
    if (change.status === 'A' || isZeroOid(change.oldOid) || !isScannableMode(change.oldMode)) return undefined
    return async () => {
      const result = await runGit(['cat-file', 'blob', change.oldOid], { cwd: root, allowFailure: true })
      if (result.code !== 0) return null
      const decoded = decodeBytes(result.stdout)
      return decoded.binary ? null : decoded.text
    }
  }

  function* settle(change: FileChange, bytes: Buffer | null): Generator<Fragment> {
    if (!bytes) {
      stats.skipped++
      context.log.debug(`Skipped '${change.path}': blob ${change.newOid} is not in the repository.`)
      return
    }
    stats.bytes += bytes.length
    const decoded = decodeBytes(bytes)
    if (decoded.binary) {
      stats.skipped++
      return
    }
    stats.files++
    const commitOfLine = options.commitOfLine
    yield {
      file: change.path,
      text: decoded.text,
      // A file git calls binary but we can read (UTF-16) has no line diff: every key not in the base is new.
      addedLines: change.binary ? null : change.addedLines,
      commit: options.commit,
      inHead: options.inHead,
      baseText: baseText(change),
      commitOfLine: commitOfLine ? (line) => commitOfLine(change.path, line) : undefined,
    }
  }

  try {
    for await (const change of diffChanges(root, options.revisionArgs)) {
      if (!isScannableMode(change.newMode)) continue
      // Pure renames, mode changes and deletion-only edits add no line.
      if (change.addedLines.size === 0 && !change.binary) continue
      queue.push({ change, bytes: reader.read(change.newOid) })
      if (queue.length >= READ_AHEAD) {
        const next = queue.shift()!
        yield* settle(next.change, await next.bytes)
      }
    }
    while (queue.length > 0) {
      const next = queue.shift()!
      yield* settle(next.change, await next.bytes)
    }
  } finally {
    await reader.close()
  }
}
