// Splits a repository's history into N commit ranges of similar size, so that N matrix jobs running
// `scan --mode history` on one range each cover every commit exactly once.
//
// Two ways to name a range, both exact:
// - dates: a committer-time window (`--since=@T1 --until=@T2`, both inclusive). Exact when every commit is
//   younger than or as old as its parents (no clock skew), because then git's date walk reaches every commit
//   of the window and windows do not overlap. Checked here, never assumed.
// - revisions: commits are cut in topological order (parents first), and each slice is named as git rev-list
//   names a set: its local tips, and `^p` for every parent outside the slice. In that order a path from a
//   slice's commit back to an older slice never returns, so "reachable from the tips, not from those
//   parents" is exactly the slice, whatever the branches and merges.
import { UsageError } from '../config/config-error.js'
import { lineTokens, streamGit } from '../git/runner.js'

export type RangeStyle = 'dates' | 'revisions'

export interface CommitRange {
  /** 0-based. */
  index: number
  commits: number
  /** dates: inclusive lower bound as `@<unix seconds>`; absent on the first range (open-ended). */
  since?: string
  /** dates: inclusive upper bound; absent on the last range (open-ended, so commits pushed meanwhile count). */
  until?: string
  /** revisions: git rev-list arguments: the slice's tips, then `^<sha>` for each boundary parent. */
  revisions?: string[]
}

export interface RangePlan {
  /** Every commit reachable from every ref. */
  commits: number
  style: RangeStyle
  /** Why the style was chosen (auto picks dates unless some commit is older than a parent). */
  reason: string
  ranges: CommitRange[]
}

interface CommitNode {
  sha: string
  time: number
  parents: string[]
}

/** Every commit (`git rev-list --all`), parents before children. */
async function listCommits(root: string): Promise<CommitNode[]> {
  const nodes: CommitNode[] = []
  const lines = lineTokens(
    streamGit(['rev-list', '--all', '--topo-order', '--reverse', '--parents', '--timestamp'], { cwd: root }),
  )
  for await (const line of lines) {
    if (line === '') continue
    const [time, sha, ...parents] = line.split(' ')
    nodes.push({ sha, time: Number(time), parents })
  }
  return nodes
}

/** Sizes of `count` near-equal slices of `total` items (the first ones one larger). */
export function sliceSizes(total: number, count: number): number[] {
  const slices = Math.max(0, Math.min(count, total))
  return Array.from({ length: slices }, (_, i) => Math.floor(total / slices) + (i < total % slices ? 1 : 0))
}

/** The first commit found that is older than one of its parents, or null when dates only grow. */
function findSkew(nodes: CommitNode[]): CommitNode | null {
  const timeOf = new Map<string, number>()
  for (const node of nodes) {
    for (const parent of node.parents) {
      const parentTime = timeOf.get(parent)
      if (parentTime !== undefined && parentTime > node.time) return node
    }
    timeOf.set(node.sha, node.time)
  }
  return null
}

function byRevisions(nodes: CommitNode[], jobs: number): CommitRange[] {
  const slice = new Map<string, number>()
  const sizes = sliceSizes(nodes.length, jobs)
  let at = 0
  sizes.forEach((size, index) => {
    for (let i = at; i < at + size; i++) slice.set(nodes[i].sha, index)
    at += size
  })
  const ranges: CommitRange[] = []
  at = 0
  sizes.forEach((size, index) => {
    const members = nodes.slice(at, at + size)
    at += size
    const hasChildInSlice = new Set<string>()
    const boundary = new Set<string>()
    for (const node of members) {
      for (const parent of node.parents) {
        if (slice.get(parent) === index) hasChildInSlice.add(parent)
        else boundary.add(parent)
      }
    }
    const tips = members.filter((node) => !hasChildInSlice.has(node.sha)).map((node) => node.sha)
    ranges.push({ index, commits: size, revisions: [...tips, ...[...boundary].sort().map((sha) => `^${sha}`)] })
  })
  return ranges
}

function byDates(nodes: CommitNode[], jobs: number): CommitRange[] {
  const times = nodes.map((node) => node.time).sort((a, b) => a - b)
  // Cut between distinct timestamps only: commits of the same second stay in one window.
  const cuts: number[] = []
  let start = 0
  for (const size of sliceSizes(times.length, jobs).slice(0, -1)) {
    let cut = Math.max(start + size, (cuts.at(-1) ?? 0) + 1)
    while (cut < times.length && times[cut] === times[cut - 1]) cut++
    if (cut >= times.length) break
    cuts.push(cut)
    start = cut
  }
  const bounds = [0, ...cuts, times.length]
  return bounds.slice(0, -1).map((from, index) => {
    const to = bounds[index + 1]
    const range: CommitRange = { index, commits: to - from }
    if (index > 0) range.since = `@${times[from]}`
    if (index < bounds.length - 2) range.until = `@${times[to] - 1}`
    return range
  })
}

export interface PlanRangesOptions {
  jobs: number
  /** auto: dates when no commit is older than a parent, else revisions. */
  style?: RangeStyle | 'auto'
}

export async function planRanges(root: string, options: PlanRangesOptions): Promise<RangePlan> {
  if (!Number.isInteger(options.jobs) || options.jobs < 1) {
    throw new UsageError(`Invalid --jobs '${options.jobs}'. Expected a whole number of at least 1.`)
  }
  const nodes = await listCommits(root)
  const wanted = options.style ?? 'auto'
  let style: RangeStyle = wanted === 'auto' ? 'dates' : wanted
  let reason = wanted === 'auto' ? 'committer dates never go back from parent to child' : `asked for ${wanted}`
  if (style === 'dates') {
    const skewed = findSkew(nodes)
    if (skewed && wanted === 'dates') {
      throw new UsageError(
        `--by dates: commit ${skewed.sha} is older than one of its parents, so date windows would miss commits. ` +
          'Use --by revisions.',
      )
    }
    if (skewed) {
      style = 'revisions'
      reason = `commit ${skewed.sha.slice(0, 12)} is older than a parent (clock skew), so date windows are not exact`
    }
  }
  const ranges = style === 'dates' ? byDates(nodes, options.jobs) : byRevisions(nodes, options.jobs)
  return { commits: nodes.length, style, reason, ranges }
}
