// An origin like GitHub's (a bare repository served over file:// that lets clients fetch any sha, with
// refs/pull/N/head and refs/pull/N/merge refs) and a workspace made the way actions/checkout makes it
// with its defaults: git init, a depth-1 fetch of one ref, a forced checkout.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/repo.js'

export interface Origin {
  /** A working repository where tests build commits before publishing them. */
  work: TestRepo
  bare: string
  url: string
  /** Pushes `sha` to `ref` on the origin (forced). */
  publish(ref: string, sha: string): void
  /** Publishes a pull request: refs/pull/N/head = head, refs/pull/N/merge = a merge of head into base. */
  publishPullRequest(number: number, base: string, head: string): { merge: string }
  remove(): void
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_TEST_ENV },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

export function makeOrigin(): Origin {
  const work = makeRepo({ prefix: 'mg-origin-work-' })
  const bareParent = mkdtempSync(path.join(tmpdir(), 'mg-origin-'))
  const bare = path.join(bareParent, 'origin.git')
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare], { env: { ...process.env, ...GIT_TEST_ENV } })
  git(bare, 'config', 'uploadpack.allowAnySHA1InWant', 'true')
  const url = `file://${bare}`
  const publish = (ref: string, sha: string): void => {
    git(work.dir, 'push', '-q', '--force', url, `${sha}:${ref}`)
  }
  return {
    work,
    bare,
    url,
    publish,
    publishPullRequest(number, base, head) {
      git(work.dir, 'checkout', '-q', '--detach', base)
      git(work.dir, 'merge', '-q', '--no-ff', '--no-edit', '-m', `Merge ${head.slice(0, 7)} into ${base.slice(0, 7)}`, head)
      const merge = git(work.dir, 'rev-parse', 'HEAD').trim()
      publish(`refs/pull/${number}/head`, head)
      publish(`refs/pull/${number}/merge`, merge)
      return { merge }
    },
    remove() {
      work.remove()
      rmSync(bareParent, { recursive: true, force: true })
    },
  }
}

/**
 * A workspace as actions/checkout leaves it with its defaults (fetch-depth: 1): `ref` is fetched at depth 1
 * into `localRef` and checked out. For a PR: ref refs/pull/N/merge, localRef refs/remotes/pull/N/merge.
 */
export function checkoutLikeActions(url: string, ref: string, localRef: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-workspace-'))
  git(dir, 'init', '-q')
  git(dir, 'remote', 'add', 'origin', url)
  git(dir, 'config', '--local', 'gc.auto', '0')
  git(dir, 'fetch', '-q', '--no-tags', '--prune', '--no-recurse-submodules', '--depth=1', 'origin', `+${ref}:${localRef}`)
  git(dir, 'checkout', '-q', '--force', localRef)
  return dir
}
