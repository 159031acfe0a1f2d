// Every path ever added in any commit reachable from any ref, with the first commit (oldest) that added it.
import { runGit } from '../git/runner.js'
import type { CheckRun } from './check.js'

/** The key of filesEverAdded's result in a check run's memo (CheckRun.once). */
export const FILES_EVER_ADDED = 'files-ever-added'

/**
 * filesEverAdded, once per check run: a walk of every commit (1.5 s at 30k commits), so it is started early,
 * beside a history scan of a range or dates (run-checks.ts), and taken by the check that needs it.
 */
export function filesEverAddedOnce(run: Pick<CheckRun, 'root' | 'once'>): Promise<Map<string, string>> {
  return run.once(FILES_EVER_ADDED, () => filesEverAdded(run.root))
}

/** Maps each path ever added to the abbreviated sha of the oldest commit that added it. */
export async function filesEverAdded(root: string): Promise<Map<string, string>> {
  // Records: `\x01<sha>\0\n<path>\0<path>\0…`, newest commit first. An empty repository lists nothing.
  const out = await runGit(['log', '--all', '--diff-filter=A', '--name-only', '-z', '--format=%x01%H'], {
    cwd: root,
    allowFailure: true,
  })
  const added = new Map<string, string>()
  if (out.code !== 0) return added
  let commit = ''
  let afterHeader = false
  for (const token of out.stdout.toString('utf8').split('\0')) {
    const header = /^\n?\x01([0-9a-f]{40,64})$/.exec(token)
    if (header) {
      commit = header[1].slice(0, 12)
      afterHeader = true
      continue
    }
    const file = afterHeader && token.startsWith('\n') ? token.slice(1) : token
    afterHeader = false
    if (file.length > 0 && commit) added.set(file, commit)
  }
  return added
}
