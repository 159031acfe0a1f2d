// `staged`: what the next commit would add, for a pre-commit hook. The index is compared with HEAD (or with
// nothing before the first commit); each changed file is read whole from the index, and only keys on the
// lines it adds count, so an old key elsewhere in the repository does not block every commit.
import { emptyTree, headCommit } from '../git/revisions.js'
import { changedFragments } from './changes.js'
import type { Fragment } from './fragment.js'
import type { SourceContext } from './source.js'

export async function* stagedSource(context: SourceContext): AsyncGenerator<Fragment> {
  const base = (await headCommit(context.root)) ?? (await emptyTree(context.root))
  yield* changedFragments(context, {
    revisionArgs: ['--cached', base],
    commit: null,
    inHead: true,
    where: 'in the index (staged)',
  })
}
