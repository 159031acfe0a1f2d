// `plan ranges` on real repositories with branches, merges and an unmerged branch: the ranges together cover
// every commit exactly once, whichever way they are named (date windows or revisions).
import { execFileSync } from 'node:child_process'
import { run } from '../../src/commands/dispatch.js'
import { planRanges, sliceSizes, type CommitRange } from '../../src/plan/ranges.js'
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/repo.js'
import { captureIO } from './cli-io.js'

/** A history with two merged feature branches, a long-lived unmerged branch and a tag. */
function branchyRepo(): TestRepo {
  const repo = makeRepo({ prefix: 'mg-ranges-' })
  let n = 0
  const work = (count: number, file: string) => {
    for (let i = 0; i < count; i++) {
      repo.write(file, `line ${n++}\n`)
      repo.commit(`work ${n}`)
    }
  }
  work(6, 'main.txt')
  repo.git('checkout', '-q', '-b', 'feature-a')
  work(5, 'a.txt')
  repo.git('checkout', '-q', 'main')
  work(3, 'main.txt')
  repo.git('checkout', '-q', '-b', 'feature-b')
  work(4, 'b.txt')
  repo.git('checkout', '-q', 'main')
  mergeNoFf(repo, 'feature-a', n++)
  work(2, 'main.txt')
  mergeNoFf(repo, 'feature-b', n++)
  repo.git('checkout', '-q', '-b', 'experiment', 'HEAD~3')
  work(4, 'x.txt')
  repo.git('checkout', '-q', 'main')
  work(3, 'main.txt')
  repo.git('tag', 'v1')
  return repo
}

function mergeNoFf(repo: TestRepo, branch: string, tick: number) {
  const when = new Date(Date.UTC(2024, 0, 1, 0, 0, 0) + (tick + 1) * 1000).toISOString()
  execFileSync('git', ['merge', '-q', '--no-ff', '-m', `merge ${branch}`, branch], {
    cwd: repo.dir,
    env: { ...process.env, ...GIT_TEST_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  })
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '')

function commitsOf(repo: TestRepo, range: CommitRange, style: 'dates' | 'revisions'): string[] {
  if (style === 'revisions') return lines(repo.git('rev-list', ...(range.revisions ?? [])))
  const bounds = [...(range.since ? [`--since=${range.since}`] : []), ...(range.until ? [`--until=${range.until}`] : [])]
  return lines(repo.git('rev-list', '--all', ...bounds))
}

function expectExactCover(repo: TestRepo, ranges: CommitRange[], style: 'dates' | 'revisions') {
  const all = lines(repo.git('rev-list', '--all')).sort()
  const seen: string[] = []
  for (const range of ranges) {
    const commits = commitsOf(repo, range, style)
    expect(commits).toHaveLength(range.commits)
    seen.push(...commits)
  }
  expect(seen.sort()).toEqual(all)
}

describe('plan ranges', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = branchyRepo()
  })
  afterAll(() => repo.remove())

  it('cuts near-equal slices', () => {
    expect(sliceSizes(10, 3)).toEqual([4, 3, 3])
    expect(sliceSizes(2, 5)).toEqual([1, 1])
    expect(sliceSizes(0, 3)).toEqual([])
  })

  it.each([1, 2, 3, 4, 7, 40])('covers every commit exactly once with %i job(s), by revisions', async (jobs) => {
    const plan = await planRanges(repo.dir, { jobs, style: 'revisions' })
    expect(plan.style).toBe('revisions')
    expect(plan.ranges).toHaveLength(Math.min(jobs, plan.commits))
    expectExactCover(repo, plan.ranges, 'revisions')
  })

  it.each([1, 2, 3, 5, 40])('covers every commit exactly once with %i job(s), by dates', async (jobs) => {
    const plan = await planRanges(repo.dir, { jobs, style: 'auto' })
    expect(plan.style).toBe('dates')
    expect(plan.ranges[0].since).toBeUndefined()
    expect(plan.ranges.at(-1)?.until).toBeUndefined()
    expectExactCover(repo, plan.ranges, 'dates')
  })

  it('keeps commits of the same second in one window', async () => {
    const same = makeRepo({ prefix: 'mg-ranges-same-' })
    try {
      for (let i = 0; i < 6; i++) {
        same.write('f.txt', `${i}\n`)
        same.commit(`c${i}`, i < 4 ? '2024-01-01T00:00:00Z' : '2024-01-01T00:00:09Z')
      }
      const plan = await planRanges(same.dir, { jobs: 3, style: 'dates' })
      expect(plan.ranges.map((r) => r.commits)).toEqual([4, 2])
      expectExactCover(same, plan.ranges, 'dates')
    } finally {
      same.remove()
    }
  })

  it('falls back to revisions when a commit is older than its parent, and refuses dates when asked', async () => {
    const skewed = makeRepo({ prefix: 'mg-ranges-skew-' })
    try {
      const dates = ['2024-01-01T00:00:10Z', '2024-01-01T00:00:20Z', '2024-01-01T00:00:05Z', '2024-01-01T00:00:30Z']
      dates.forEach((date, i) => {
        skewed.write('f.txt', `${i}\n`)
        skewed.commit(`c${i}`, date)
      })
      const plan = await planRanges(skewed.dir, { jobs: 2 })
      expect(plan.style).toBe('revisions')
      expect(plan.reason).toContain('older than a parent')
      expectExactCover(skewed, plan.ranges, 'revisions')
      await expect(planRanges(skewed.dir, { jobs: 2, style: 'dates' })).rejects.toThrow('Use --by revisions')
    } finally {
      skewed.remove()
    }
  })

  it('prints a matrix through the CLI and rejects bad --jobs', async () => {
    const io = captureIO(repo.dir)
    expect(await run(['plan', 'ranges', '--jobs', '3', '--by', 'revisions'], io)).toBe(0)
    const out = JSON.parse(io.out())
    expect(out.count).toBe(3)
    expect(out.include.map((e: { index: number }) => e.index)).toEqual([0, 1, 2])
    expect(out.include.reduce((n: number, e: { commits: number }) => n + e.commits, 0)).toBe(out.commits)
    expect(typeof out.include[1].revisions).toBe('string')

    const bad = captureIO(repo.dir)
    expect(await run(['plan', 'ranges', '--jobs', 'many'], bad)).toBe(2)
    expect(bad.err()).toContain("Invalid --jobs 'many'. Expected a whole number.")
    const none = captureIO('/')
    expect(await run(['plan', 'ranges', '--jobs', '2', '--repo', '/nonexistent-mg'], none)).toBe(2)
    expect(none.err()).toContain("Repository directory '/nonexistent-mg' does not exist.")
  })
})
