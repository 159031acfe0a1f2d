// `diff --base A [--head B]`: the lines added between merge-base(A, B) and B, reported at their line in B,
// each attributed (git blame over the range) to the commit that added it.
import { BatchedBlame } from '../git/blame.js'
import { CommitInfoCache, countCommits, headCommit, mergeBase, resolveCommit } from '../git/revisions.js'
import { UsageError } from '../config/config-error.js'
import { changedFragments } from './changes.js'
import { takePrefetchedDiff } from './diff-prefetch.js'
import type { Fragment } from './fragment.js'
import type { Source, SourceContext } from './source.js'

export interface DiffOptions {
  base: string
  /** Default HEAD. */
  head?: string
}

export function diffSource(options: DiffOptions): Source {
  return (context) => scanDiff(context, options)
}

async function* scanDiff(context: SourceContext, options: DiffOptions): AsyncGenerator<Fragment> {
  const { root, log } = context
  if (!options.base) throw new UsageError('--mode diff needs --base <revision>.')
  // The CLI may have started all of this before the engine loaded (diff-prefetch.ts).
  const prefetched = await takePrefetchedDiff(root, options.base, options.head)
  let base: string, head: string, from: string | null
  if (prefetched) {
    ;({ base, head, mergeBase: from } = prefetched)
  } else {
    // Both looked up at once; a bad --base is reported before a bad --head.
    const [baseSha, headSha] = await Promise.allSettled([
      resolveCommit(root, options.base, '--base'),
      resolveCommit(root, options.head ?? 'HEAD', '--head'),
    ])
    if (baseSha.status === 'rejected') throw baseSha.reason
    if (headSha.status === 'rejected') throw headSha.reason
    base = baseSha.value
    head = headSha.value
    from = await mergeBase(root, base, head)
  }
  if (!from) {
    const named = options.head ?? 'HEAD'
    log.warn(`'${options.base}' and '${named}' share no history; diffing against '${options.base}' itself.`)
    from = base
  }
  const since: string = from
  log.debug(`Diff: lines added between ${since} (merge base) and ${head}.`)
  const commits = new CommitInfoCache(root)
  // Small lookups, side by side (and beside the diff when it is already running).
  const [count, headInfo, current] = await Promise.all([
    countCommits(root, `${since}..${head}`),
    commits.get(head),
    headCommit(root),
  ]).catch((error: unknown) => {
    prefetched?.output.dispose()
    throw error
  })
  context.stats.commits += count
  const blame = new BatchedBlame(root, since, head)
  const commitOfLine = async (file: string, line: number) => {
    const sha = await blame.commitOf(file, line)
    return sha ? commits.get(sha) : headInfo
  }
  try {
    yield* changedFragments(context, {
      revisionArgs: [since, head],
      diffOutput: prefetched?.output.chunks(),
      commit: headInfo,
      // The keys are in the head version; whether that is what is checked out is another matter.
      inHead: current === head ? true : null,
      commitOfLine,
      where: `in commit ${head.slice(0, 12)}`,
    })
  } finally {
    // Stops git if the scan ended before reading the whole diff.
    prefetched?.output.dispose()
  }
}
