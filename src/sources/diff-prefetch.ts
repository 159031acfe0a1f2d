// `scan --mode diff` spends most of its time waiting for `git diff`. The CLI calls prefetchDiff as it starts,
// before the engine loads (about 0.1 s of compiling): it starts the diff, spooled to a file so that git never
// waits for node, and beside it finds the repository and resolves --base, --head and their merge base. The
// diff source takes that diff when it asks for the same repository and revisions; anything else (another
// mode, a bad flag, a failed lookup, several merge bases) leaves it unused and the usual path runs, with its
// own errors.
import { existsSync } from 'node:fs'
import { DIFF_OPTIONS } from '../git/diff-changes.js'
import { checkRevision, mergeBases, primeRepository, resolveCommit } from '../git/revisions.js'
import { SpooledGit } from '../git/spooled-git.js'
import { PrefetchSlot } from './prefetch-slot.js'

export interface DiffRequest {
  /** The --repo directory (absolute). */
  dir: string
  base: string
  head?: string
}

export interface PrefetchedDiff {
  /** The repository's root, as openRepository gives it. */
  root: string
  base: string
  head: string
  /** merge-base(base, head), the only one. */
  mergeBase: string
  /** `git diff DIFF_OPTIONS mergeBase head --` (as `base...head`), running or done. */
  output: SpooledGit
}

/** The diff for --base and --head as given on the command line. */
const slot = new PrefetchSlot<PrefetchedDiff, { base: string; head: string | undefined }>()

/**
 * Starts the git work of a diff scan now; the diff source takes it (takePrefetchedDiff). Every git is started
 * before this returns (spawning is synchronous), so that the engine's loading holds none of them up.
 */
export function prefetchDiff(request: DiffRequest): void {
  slot.fill({ base: request.base, head: request.head }, (dropped) => start(request, dropped))
}

async function start(request: DiffRequest, dropped: () => boolean): Promise<PrefetchedDiff | null> {
  const { dir, base: baseName } = request
  const headName = request.head ?? 'HEAD'
  let output: SpooledGit | null = null
  try {
    // Never a revision git could read as an option, nor a directory that is not there.
    checkRevision(baseName, '--base')
    checkRevision(headName, '--head')
    if (!existsSync(dir) || `${baseName}${headName}`.includes('..')) return null
    // The diff goes first, from merge-base(base, head) as `base...head` names it, in the directory given (the
    // same repository as its root; --no-relative paths). The lookups beside it decide whether it is the diff
    // the scan runs: it is when there is exactly one merge base, which both then use.
    output = SpooledGit.start(['diff', ...DIFF_OPTIONS, `${baseName}...${headName}`, '--'], dir)
    if (!output) return null
    const [{ root }, base, head, from] = await Promise.all([
      primeRepository(dir),
      resolveCommit(dir, baseName, '--base'),
      resolveCommit(dir, headName, '--head'),
      mergeBases(dir, `${baseName}^{commit}`, `${headName}^{commit}`),
    ])
    if (dropped() || from.length !== 1) {
      output.dispose()
      return null
    }
    return { root, base, head, mergeBase: from[0]!, output }
  } catch {
    // The scan asks again and reports the error itself.
    output?.dispose()
    return null
  }
}

/**
 * The prefetched diff, if one was started for these revisions (as given on the command line) in this
 * repository; taken once. Null: run the diff as usual.
 */
export async function takePrefetchedDiff(root: string, base: string, head?: string): Promise<PrefetchedDiff | null> {
  return slot.take(root, (key) => key.base === base && key.head === head)
}

/** Stops a prefetched diff nobody took (the scan failed early, or scanned something else). */
export function dropPrefetchedDiff(): void {
  slot.drop()
}
