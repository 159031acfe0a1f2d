// `staged`: what the next commit would add, for a pre-commit hook. The index is compared with HEAD (or with
// nothing before the first commit); each changed file is read whole from the index, and only keys on the
// lines it adds count, so an old key elsewhere in the repository does not block every commit.
import { changedFragments } from './changes.js'
import type { Fragment } from './fragment.js'
import type { SourceContext } from './source.js'
import { takePrefetchedStaged } from './staged-prefetch.js'

export async function* stagedSource(context: SourceContext): AsyncGenerator<Fragment> {
  // `git diff --cached` compares the index with HEAD, or with nothing before the first commit, itself. The CLI may
  // have started it before the engine loaded (staged-prefetch.ts).
  const prefetched = await takePrefetchedStaged(context.root)
  try {
    yield* changedFragments(context, {
      revisionArgs: ['--cached'],
      diffOutput: prefetched?.chunks(),
      commit: null,
      inHead: true,
      where: 'in the index (staged)',
    })
  } finally {
    // Stops git if the scan ended before reading the whole diff.
    prefetched?.dispose()
  }
}
