// Which commits an event asks us to scan, read from its payload only (no API call, no git yet).
import type { ActionMode, GitHubContext } from '../settings/from-inputs.js'

/** What to do when the base commit cannot be fetched (a force-push rewrote it away). */
export type BaseFallback = { branch: string } | { parentOfHead: true }

/** A base given by sha (with a fallback if it is gone), or as "the tip of this remote branch". */
export type BaseSpec = { sha: string; fallback?: BaseFallback } | { branch: string }

export interface DiffTarget {
  kind: 'diff'
  base: BaseSpec
  head: string
  /** Commits to fetch at first; deepening covers a wrong guess. */
  depth: number
  /** Says in the log what is scanned, e.g. "pull request #7: merge-base(abc1234, def5678)..def5678". */
  label: string
}

export type ScanTarget =
  | DiffTarget
  | { kind: 'tree'; label: string }
  | { kind: 'history'; label: string }
  | { kind: 'nothing'; reason: string }

export interface EventPlan {
  target: ScanTarget
  /** The PR the comment goes on; null outside pull_request events. */
  pullRequest: { number: number } | null
  /** The commit links to lines point at (the PR head, the pushed head). */
  linkSha: string
  /** The commit a check run is attached to. */
  checkSha: string
  /** Judge the change by the base's config and baseline (PRs and merge groups: the change is not trusted yet). */
  policyFromBase: boolean
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/
const ZERO = /^0+$/

/** Default number of commits fetched when the payload does not say how many there are. */
export const DEFAULT_DEPTH = 50

export class EventError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EventError'
  }
}

type Json = Record<string, unknown>

function object(value: unknown): Json {
  return value !== null && typeof value === 'object' ? (value as Json) : {}
}

function sha(value: unknown, field: string, eventName: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value
  throw new EventError(`The ${eventName} event payload has no valid '${field}' (got ${JSON.stringify(value ?? null)}); expected a commit sha.`)
}

function short(commit: string): string {
  return commit.slice(0, 7)
}

function diffOrNothing(base: string, head: string, depth: number, label: string, fallback?: BaseFallback): ScanTarget {
  if (base === head) return { kind: 'nothing', reason: `the base and head are the same commit (${short(head)}): nothing to scan` }
  return { kind: 'diff', base: { sha: base, ...(fallback ? { fallback } : {}) }, head, depth, label }
}

function pullRequest(github: GitHubContext): EventPlan {
  const pr = object(github.payload.pull_request)
  const base = sha(object(pr.base).sha, 'pull_request.base.sha', github.eventName)
  const head = sha(object(pr.head).sha, 'pull_request.head.sha', github.eventName)
  const number = Number(pr.number)
  const commits = Number(pr.commits)
  const depth = Number.isInteger(commits) && commits > 0 ? commits + 1 : DEFAULT_DEPTH
  const label = `pull request #${number}: lines added in merge-base(${short(base)}, ${short(head)})..${short(head)}`
  return {
    target: diffOrNothing(base, head, depth, label),
    pullRequest: Number.isInteger(number) && number > 0 ? { number } : null,
    linkSha: head,
    checkSha: head,
    policyFromBase: true,
  }
}

function push(github: GitHubContext): EventPlan {
  const payload = github.payload
  const ref = typeof payload.ref === 'string' ? payload.ref : ''
  const defaultBranch = String(object(payload.repository).default_branch ?? '')
  const afterValue = payload.after
  if (payload.deleted === true || (typeof afterValue === 'string' && ZERO.test(afterValue))) {
    return {
      target: { kind: 'nothing', reason: `${ref || 'the branch'} was deleted: nothing to scan` },
      pullRequest: null,
      linkSha: github.sha,
      checkSha: github.sha,
      policyFromBase: false,
    }
  }
  const after = sha(afterValue, 'after', 'push')
  const before = typeof payload.before === 'string' ? payload.before : ''
  const commits = Array.isArray(payload.commits) ? payload.commits.length : 0
  const depth = Math.max(commits + 1, 2)
  const onDefault = ref === `refs/heads/${defaultBranch}`
  const plan = (target: ScanTarget): EventPlan => ({ target, pullRequest: null, linkSha: after, checkSha: after, policyFromBase: false })
  if (before === '' || ZERO.test(before)) {
    // A new branch: the commits not on the default branch, not its whole history.
    if (!defaultBranch) throw new EventError("The push event payload has no 'repository.default_branch'.")
    if (onDefault) return plan({ kind: 'tree', label: `the first push of ${defaultBranch}: every file at ${short(after)}` })
    return plan({
      kind: 'diff',
      base: { branch: defaultBranch },
      head: after,
      depth: Math.max(depth, DEFAULT_DEPTH),
      label: `new branch ${ref.replace(/^refs\/heads\//, '')}: lines added since it left ${defaultBranch}, up to ${short(after)}`,
    })
  }
  const fallback: BaseFallback | undefined = defaultBranch && !onDefault ? { branch: defaultBranch } : { parentOfHead: true }
  const label = `push to ${ref.replace(/^refs\/heads\//, '') || 'a ref'}: lines added in ${short(sha(before, 'before', 'push'))}..${short(after)}`
  return plan(diffOrNothing(before, after, depth, label, fallback))
}

function mergeGroup(github: GitHubContext): EventPlan {
  const group = object(github.payload.merge_group)
  const base = sha(group.base_sha, 'merge_group.base_sha', 'merge_group')
  const head = sha(group.head_sha, 'merge_group.head_sha', 'merge_group')
  const label = `merge queue group: lines added in ${short(base)}..${short(head)}`
  return { target: diffOrNothing(base, head, DEFAULT_DEPTH, label), pullRequest: null, linkSha: head, checkSha: head, policyFromBase: true }
}

/** Maps the event (and the `mode` input) to what is scanned. */
export function resolveEvent(github: GitHubContext, mode: ActionMode): EventPlan {
  const whole = (kind: 'tree' | 'history'): EventPlan => ({
    target:
      kind === 'tree'
        ? { kind, label: `every file in the checkout (mode: tree)` }
        : { kind, label: `every commit on every branch (mode: history)` },
    pullRequest: prNumber(github),
    linkSha: github.sha,
    checkSha: github.sha,
    policyFromBase: false,
  })
  if (mode === 'tree' || mode === 'history') {
    const plan = whole(mode)
    const pr = object(github.payload.pull_request)
    const head = object(pr.head).sha
    return typeof head === 'string' && SHA.test(head) ? { ...plan, linkSha: head, checkSha: head } : plan
  }
  switch (github.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return pullRequest(github)
    case 'push':
      return push(github)
    case 'merge_group':
      return mergeGroup(github)
    case 'schedule':
    case 'workflow_dispatch':
      return whole('history')
    default:
      return whole('tree')
  }
}

function prNumber(github: GitHubContext): { number: number } | null {
  const number = Number(object(github.payload.pull_request).number)
  return github.eventName.startsWith('pull_request') && Number.isInteger(number) && number > 0 ? { number } : null
}
