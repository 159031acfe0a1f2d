// Repository and revision lookups with user-facing errors: a bad --repo, --base or --range is a usage error
// (exit 2) naming the flag and the value, never a raw git failure.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../config/config-error.js'
import type { CommitInfo } from '../sources/fragment.js'
import { gitText, runGit, tryGit } from './runner.js'

export interface Repository {
  /** The working tree's top level, or the git dir of a bare repository. */
  root: string
  bare: boolean
}

/** Lookups started ahead of need (primeRepository), each taken once by the openRepository call it was made for. */
const primed = new Map<string, Promise<Repository>>()

/**
 * Starts openRepository(dir) now, for a caller that will ask for it soon (the CLI, before the engine has loaded).
 * The next openRepository(dir) takes this answer (or error) instead of asking git again; later calls ask afresh.
 */
export function primeRepository(dir: string): Promise<Repository> {
  const absolute = path.resolve(dir)
  const lookup = findRepository(absolute, dir)
  // Taken or not, a failure here is reported by the call that takes it, never as an unhandled rejection.
  lookup.catch(() => undefined)
  primed.set(absolute, lookup)
  return lookup
}

/** Finds the repository `dir` lies in; throws a UsageError when there is none. */
export function openRepository(dir: string): Promise<Repository> {
  const absolute = path.resolve(dir)
  const lookup = primed.get(absolute)
  if (lookup) {
    primed.delete(absolute)
    return lookup
  }
  return findRepository(absolute, dir)
}

async function findRepository(absolute: string, dir: string): Promise<Repository> {
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new UsageError(`Repository directory '${dir}' does not exist.`)
  }
  // One git for all three answers: git prints each before failing on --show-toplevel where there is no work
  // tree (a bare repository, or inside a .git directory).
  const probe = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'], {
    cwd: absolute,
    allowFailure: true,
  })
  const [bare, gitDir, top] = probe.stdout.toString('utf8').split('\n')
  if (bare === 'true' && gitDir) return { root: gitDir, bare: true }
  if (bare !== 'false' || !gitDir) {
    throw new UsageError(`'${absolute}' is not a git repository (or any of its parents).`)
  }
  if (probe.code !== 0 || !top) {
    throw new UsageError(`'${absolute}' is inside a git directory but not in a working tree.`)
  }
  return { root: top, bare: false }
}

/** Rejects revision arguments git would read as options. */
export function checkRevision(rev: string, flag: string): string {
  if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) {
    throw new UsageError(`Invalid revision '${rev}' for ${flag}: expected a commit, branch or tag name.`)
  }
  return rev
}

/**
 * The revisions of a `--range` such as `A..B` or `A..B ^C D` (whitespace-separated, as the range planner writes
 * them), each checked as checkRevision does; git gets them as separate arguments.
 */
export function splitRevisions(range: string, flag: string): string[] {
  const revisions = range.split(/[ \t]+/).filter((rev) => rev !== '')
  if (revisions.length === 0) throw new UsageError(`${flag} needs a value.`)
  return revisions.map((rev) => checkRevision(rev, flag))
}

/** The commit id `rev` names, or a UsageError naming the flag. */
export async function resolveCommit(root: string, rev: string, flag: string): Promise<string> {
  checkRevision(rev, flag)
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
    cwd: root,
    allowFailure: true,
  })
  const sha = result.stdout.toString('utf8').trim()
  if (result.code !== 0 || sha === '') {
    throw new UsageError(
      `Unknown revision '${rev}' for ${flag}: no such commit in this repository ` +
        '(a shallow clone may need more history).',
    )
  }
  return sha
}

/** HEAD's commit id, or null on an unborn branch. */
export async function headCommit(root: string): Promise<string | null> {
  const result = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, allowFailure: true })
  const sha = result.stdout.toString('utf8').trim()
  return result.code === 0 && sha !== '' ? sha : null
}

/** Every best common ancestor (`merge-base --all`); empty for unrelated histories. */
export async function mergeBases(root: string, a: string, b: string): Promise<string[]> {
  const result = await runGit(['merge-base', '--all', a, b], { cwd: root, allowFailure: true })
  return result.code === 0 ? result.stdout.toString('utf8').split('\n').filter((line) => line !== '') : []
}

/** The best common ancestor, or null for unrelated histories. */
export async function mergeBase(root: string, a: string, b: string): Promise<string | null> {
  const result = await runGit(['merge-base', a, b], { cwd: root, allowFailure: true })
  const sha = result.stdout.toString('utf8').trim()
  return result.code === 0 && sha !== '' ? sha : null
}

/** Commits in `range` (e.g. `base..head`). */
export async function countCommits(root: string, range: string): Promise<number> {
  const text = await gitText(['rev-list', '--count', range, '--'], { cwd: root })
  return Number(text.trim()) || 0
}

/** Whether the repository has an object (used to tell a shallow or partial clone apart). */
export function hasObject(root: string, oid: string): Promise<boolean> {
  return tryGit(['cat-file', '-e', oid], { cwd: root })
}

/** Author and date of commits, looked up once each. */
export class CommitInfoCache {
  private readonly cache = new Map<string, Promise<CommitInfo>>()

  constructor(private readonly root: string) {}

  get(sha: string): Promise<CommitInfo> {
    let info = this.cache.get(sha)
    if (!info) {
      info = gitText(['log', '-1', '--no-walk', '--format=%H%x00%an%x00%aI', sha, '--'], { cwd: this.root }).then(
        (text) => {
          const [full, author, date] = text.replace(/\n$/, '').split('\0')
          return { sha: full, author, date }
        },
      )
      this.cache.set(sha, info)
    }
    return info
  }
}
