// Makes the commits a scan needs present in the checkout. actions/checkout leaves one commit (depth 1, the
// PR's merge ref), so we fetch the base and head by sha with the depth the event suggests, and only when
// their merge-base is still out of reach deepen (doubling) and finally unshallow. fetch-depth: 0 is never
// needed. The PR's code is only ever read as git objects: nothing is checked out or run.
import { gitText, runGit, tryGit } from '../git/runner.js'
import type { BaseSpec, DiffTarget } from './event.js'
import type { ActionLog } from './log.js'

export class FetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FetchError'
  }
}

export interface FetchKnobs {
  /** Deepening rounds (each doubles the step) before falling back to --unshallow. */
  deepenRounds: number
}

export const DEFAULT_FETCH_KNOBS: FetchKnobs = { deepenRounds: 4 }

export interface DiffCommits {
  base: string
  head: string
  mergeBase: string
}

class Checkout {
  constructor(
    readonly root: string,
    private readonly log: ActionLog,
  ) {}

  async isShallow(): Promise<boolean> {
    return (await gitText(['rev-parse', '--is-shallow-repository'], { cwd: this.root })).trim() === 'true'
  }

  async hasOrigin(): Promise<boolean> {
    return tryGit(['remote', 'get-url', 'origin'], { cwd: this.root })
  }

  hasCommit(sha: string): Promise<boolean> {
    return tryGit(['cat-file', '-e', `${sha}^{commit}`], { cwd: this.root })
  }

  async resolve(rev: string): Promise<string | null> {
    const result = await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd: this.root, allowFailure: true })
    return result.code === 0 ? result.stdout.toString('utf8').trim() : null
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const result = await runGit(['merge-base', a, b], { cwd: this.root, allowFailure: true })
    return result.code === 0 ? result.stdout.toString('utf8').trim().split('\n')[0] : null
  }

  /** `git fetch --no-tags origin ...`; returns git's stderr on failure instead of throwing. */
  async fetch(args: string[]): Promise<string | null> {
    const full = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...args]
    this.log.debug(`git ${full.join(' ')}`)
    const result = await runGit(full, { cwd: this.root, allowFailure: true })
    return result.code === 0 ? null : result.stderr.trim().split('\n').slice(-2).join(' ')
  }
}

/**
 * Fetches `shas` unless they are all here already and the checkout is complete. A shallow checkout
 * fetches with `depth` so that their recent history comes along. Returns the error text or null.
 */
async function fetchShas(checkout: Checkout, shas: string[], depth: number, shallow: boolean): Promise<string | null> {
  const present = await Promise.all(shas.map((sha) => checkout.hasCommit(sha)))
  if (!shallow && present.every(Boolean)) return null
  return checkout.fetch([...(shallow ? [`--depth=${depth}`] : []), 'origin', ...shas])
}

async function fetchBranch(checkout: Checkout, branch: string, depth: number, shallow: boolean): Promise<string> {
  const remoteRef = `refs/remotes/origin/${branch}`
  const failure = await checkout.fetch([...(shallow ? [`--depth=${depth}`] : []), 'origin', `+refs/heads/${branch}:${remoteRef}`])
  const sha = await checkout.resolve(remoteRef)
  if (!sha) throw new FetchError(`Cannot fetch branch '${branch}' from origin${failure ? `: ${failure}` : ''}.`)
  return sha
}

async function resolveBase(checkout: Checkout, spec: BaseSpec, head: string, depth: number, shallow: boolean, log: ActionLog): Promise<string> {
  if ('branch' in spec) return fetchBranch(checkout, spec.branch, depth, shallow)
  const failure = await fetchShas(checkout, [spec.sha], depth, shallow)
  if (await checkout.hasCommit(spec.sha)) return spec.sha
  if (!spec.fallback) throw new FetchError(`Cannot fetch base commit ${spec.sha} from origin${failure ? `: ${failure}` : ''}.`)
  if ('branch' in spec.fallback) {
    log.warning(
      `The previous head ${spec.sha.slice(0, 7)} is gone from origin (a force-push?): scanning the lines added since the branch left '${spec.fallback.branch}'.`,
    )
    return fetchBranch(checkout, spec.fallback.branch, depth, shallow)
  }
  log.warning(`The previous head ${spec.sha.slice(0, 7)} is gone from origin (a force-push?): scanning the last commit only.`)
  const parent = await checkout.resolve(`${head}^`)
  if (!parent) throw new FetchError(`Cannot find the parent of ${head} to scan the last commit.`)
  return parent
}

/** Makes base, head and their merge-base present; throws FetchError with a clear message when it cannot. */
export async function ensureDiffCommits(
  root: string,
  target: DiffTarget,
  log: ActionLog,
  knobs: FetchKnobs = DEFAULT_FETCH_KNOBS,
): Promise<DiffCommits> {
  const checkout = new Checkout(root, log)
  const shallow = await checkout.isShallow()
  const origin = await checkout.hasOrigin()
  const head = target.head
  const headFailure = origin ? await fetchShas(checkout, [head], target.depth, shallow) : null
  if (!(await checkout.hasCommit(head))) {
    throw new FetchError(`Cannot fetch head commit ${head} from origin${headFailure ? `: ${headFailure}` : origin ? '' : ' (no remote named origin)'}.`)
  }
  const base = origin
    ? await resolveBase(checkout, target.base, head, target.depth, shallow, log)
    : await localBase(checkout, target.base)

  let mergeBase = await checkout.mergeBase(base, head)
  let step = target.depth
  for (let round = 0; !mergeBase && origin && round < knobs.deepenRounds && (await checkout.isShallow()); round++) {
    log.info(`The merge-base of ${base.slice(0, 7)} and ${head.slice(0, 7)} is not fetched yet: deepening by ${step} commits.`)
    const failure = await checkout.fetch([`--deepen=${step}`, 'origin', base, head])
    if (failure) log.debug(`git fetch --deepen failed: ${failure}`)
    mergeBase = await checkout.mergeBase(base, head)
    step *= 2
  }
  if (!mergeBase && origin && (await checkout.isShallow())) {
    log.info('Still no merge-base: fetching the whole history of base and head (--unshallow).')
    const failure = await checkout.fetch(['--unshallow', 'origin', base, head])
    if (failure) log.debug(`git fetch --unshallow failed: ${failure}`)
    mergeBase = await checkout.mergeBase(base, head)
  }
  if (!mergeBase) {
    throw new FetchError(`Base ${base.slice(0, 7)} and head ${head.slice(0, 7)} have no common history: there is no merge-base to diff from.`)
  }
  return { base, head, mergeBase }
}

async function localBase(checkout: Checkout, spec: BaseSpec): Promise<string> {
  const rev = 'branch' in spec ? `refs/remotes/origin/${spec.branch}` : spec.sha
  const sha = (await checkout.resolve(rev)) ?? ('branch' in spec ? await checkout.resolve(`refs/heads/${spec.branch}`) : null)
  if (!sha) throw new FetchError(`Base ${rev} is not in the checkout and there is no remote named origin to fetch it from.`)
  return sha
}

/**
 * History mode reads every commit on every branch: unshallow the checkout and fetch all branches.
 * A failed fetch only matters when the checkout is left shallow (the history would be cut short).
 */
export async function ensureFullHistory(root: string, log: ActionLog): Promise<void> {
  const checkout = new Checkout(root, log)
  if (!(await checkout.hasOrigin())) {
    log.info('No remote named origin: scanning the history that is in the checkout.')
    return
  }
  const shallow = await checkout.isShallow()
  const failure = await checkout.fetch([...(shallow ? ['--unshallow'] : []), 'origin', '+refs/heads/*:refs/remotes/origin/*'])
  if (!failure) return
  if (await checkout.isShallow()) throw new FetchError(`Cannot fetch the whole history from origin: ${failure}`)
  log.warning(`Could not fetch every branch from origin (${failure}); scanning the branches in the checkout.`)
}
