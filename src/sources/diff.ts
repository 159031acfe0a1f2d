// `diff --base A [--head B]`: the lines added between merge-base(A, B) and B, reported at their line in B,
// each attributed (git blame over the range) to the commit that added it.
import { blameLine } from '../git/blame.js'
import { CommitInfoCache, countCommits, headCommit, mergeBase, resolveCommit } from '../git/revisions.js'
import { UsageError } from '../config/config-error.js'
import { changedFragments } from './changes.js'
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
  const base = await resolveCommit(root, options.base, '--base')
  const head = await resolveCommit(root, options.head ?? 'HEAD', '--head')
  let from = await mergeBase(root, base, head)
  if (!from) {
    const named = options.head ?? 'HEAD'
    log.warn(`'${options.base}' and '${named}' share no history; diffing against '${options.base}' itself.`)
    from = base
  }
  log.debug(`Diff: lines added between ${from} (merge base) and ${head}.`)
  context.stats.commits += await countCommits(root, `${from}..${head}`)
  const commits = new CommitInfoCache(root)
  const headInfo = await commits.get(head)
  const current = await headCommit(root)
  const commitOfLine = async (file: string, line: number) => {
    const sha = await blameLine(root, from, head, file, line)
    return sha ? commits.get(sha) : headInfo
  }
  yield* changedFragments(context, {
    revisionArgs: [from, head],
    commit: headInfo,
    // The keys are in the head version; whether that is what is checked out is another matter.
    inHead: current === head ? true : null,
    commitOfLine,
    where: `in commit ${head.slice(0, 12)}`,
  })
}
