// `scan --mode staged` runs on every commit (a pre-commit hook), and past node's own start most of its time was
// four gits run one after another once the engine had loaded. The CLI calls prefetchStaged as it starts, before
// the engine loads (about 35 ms of compiling, while node's event loop does not run): it starts
// `git diff --cached` (the index against HEAD, or against nothing before the first commit, as git itself
// decides), spooled to a file so that git never waits for node, and finds the repository beside it. The staged
// source takes that diff when it scans the same repository; anything else leaves it unused, and the usual path
// runs, with its own errors.
import { existsSync } from 'node:fs'
import { DIFF_OPTIONS } from '../git/diff-changes.js'
import { primeRepository } from '../git/revisions.js'
import { SpooledGit } from '../git/spooled-git.js'

interface Pending {
  dropped: boolean
  /** The repository's root (as openRepository gives it) and the running diff; null: not usable. */
  result: Promise<{ root: string; output: SpooledGit } | null>
}

let pending: Pending | null = null

/** Starts the staged diff of the repository `dir` (absolute) lies in; the staged source takes it. */
export function prefetchStaged(dir: string): void {
  dropPrefetchedStaged()
  if (!existsSync(dir)) return
  let output: SpooledGit | null
  try {
    output = SpooledGit.start(['diff', ...DIFF_OPTIONS, '--cached', '--'], dir)
  } catch {
    // git is missing: the scan says so itself.
    return
  }
  if (!output) return
  const started = output
  const entry: Pending = { dropped: false, result: Promise.resolve(null) }
  entry.result = primeRepository(dir).then(
    ({ root }) => {
      if (!entry.dropped) return { root, output: started }
      started.dispose()
      return null
    },
    () => {
      started.dispose()
      return null
    },
  )
  pending = entry
}

/** The prefetched `git diff --cached` output, if one was started in this repository; taken once. */
export async function takePrefetchedStaged(root: string): Promise<SpooledGit | null> {
  const entry = pending
  if (!entry) return null
  pending = null
  const prefetched = await entry.result
  if (!prefetched) return null
  if (prefetched.root !== root) {
    prefetched.output.dispose()
    return null
  }
  return prefetched.output
}

/** Stops a prefetched diff nobody took (the scan failed early, or scanned another repository). */
export function dropPrefetchedStaged(): void {
  const entry = pending
  if (!entry) return
  pending = null
  entry.dropped = true
  void entry.result.then((prefetched) => prefetched?.output.dispose())
}
