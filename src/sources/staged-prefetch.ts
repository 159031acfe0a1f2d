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
import { PrefetchSlot, type Prefetched } from './prefetch-slot.js'

/** The running `git diff --cached` and the root of its repository; one staged scan per run, so no key. */
const slot = new PrefetchSlot<Prefetched, null>()

/** Starts the staged diff of the repository `dir` (absolute) lies in; the staged source takes it. */
export function prefetchStaged(dir: string): void {
  slot.drop()
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
  slot.fill(null, (dropped) =>
    primeRepository(dir).then(
      ({ root }) => {
        if (!dropped()) return { root, output: started }
        started.dispose()
        return null
      },
      () => {
        started.dispose()
        return null
      },
    ),
  )
}

/** The prefetched `git diff --cached` output, if one was started in this repository; taken once. */
export async function takePrefetchedStaged(root: string): Promise<SpooledGit | null> {
  return (await slot.take(root, () => true))?.output ?? null
}

/** Stops a prefetched diff nobody took (the scan failed early, or scanned another repository). */
export function dropPrefetchedStaged(): void {
  slot.drop()
}
