import { afterEach, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { ensureDiffCommits, ensureFullHistory, FetchError } from '../../src/action/ensure-commits.js'
import { checkoutLikeActions, git, makeOrigin, type Origin } from './checkout.js'
import { recordingLog } from './recording-log.js'

const cleanup: Array<() => void> = []
afterEach(() => {
  while (cleanup.length) cleanup.pop()!()
})

function origin(): Origin {
  const made = makeOrigin()
  cleanup.push(() => made.remove())
  return made
}

function workspace(url: string, ref: string, localRef: string): string {
  const dir = checkoutLikeActions(url, ref, localRef)
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** main: `mainBefore` commits, then a topic branch of `topic` commits, then `mainAfter` more on main. */
function forkedHistory(o: Origin, mainBefore: number, topic: number, mainAfter: number) {
  const { work } = o
  for (let i = 0; i < mainBefore; i++) {
    work.write('main.txt', `main ${i}\n`)
    work.commit(`main ${i}`)
  }
  const forkPoint = work.git('rev-parse', 'HEAD').trim()
  work.git('checkout', '-q', '-b', 'topic')
  for (let i = 0; i < topic; i++) {
    work.write('topic.txt', `topic ${i}\n`)
    work.commit(`topic ${i}`)
  }
  const head = work.git('rev-parse', 'HEAD').trim()
  work.git('checkout', '-q', 'main')
  for (let i = 0; i < mainAfter; i++) {
    work.write('main.txt', `main after ${i}\n`)
    work.commit(`main after ${i}`)
  }
  const base = work.git('rev-parse', 'HEAD').trim()
  o.publish('refs/heads/main', base)
  o.publish('refs/heads/topic', head)
  return { forkPoint, head, base }
}

describe('ensureDiffCommits', () => {
  test('a PR checkout at depth 1 gets base, head and their merge-base by sha, staying shallow', async () => {
    const o = origin()
    const { forkPoint, head, base } = forkedHistory(o, 3, 4, 2)
    o.publishPullRequest(1, base, head)
    const dir = workspace(o.url, 'refs/pull/1/merge', 'refs/remotes/pull/1/merge')
    const log = recordingLog()
    const result = await ensureDiffCommits(dir, { kind: 'diff', base: { sha: base }, head, depth: 5, label: 'pr' }, log)
    expect(result).toEqual({ base, head, mergeBase: forkPoint })
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('true')
    expect(log.text()).not.toMatch(/deepening/)
  })

  test('deepens when the depth guess is too small, and finds the true merge-base', async () => {
    const o = origin()
    const { forkPoint, head, base } = forkedHistory(o, 2, 3, 30)
    o.publishPullRequest(1, base, head)
    const dir = workspace(o.url, 'refs/pull/1/merge', 'refs/remotes/pull/1/merge')
    const log = recordingLog()
    const result = await ensureDiffCommits(dir, { kind: 'diff', base: { sha: base }, head, depth: 2, label: 'pr' }, log)
    expect(result.mergeBase).toBe(forkPoint)
    expect(log.text()).toMatch(/deepening by 2 commits/)
  })

  test('unshallows after the deepening rounds', async () => {
    const o = origin()
    const { forkPoint, head, base } = forkedHistory(o, 2, 3, 40)
    o.publishPullRequest(1, base, head)
    const dir = workspace(o.url, 'refs/pull/1/merge', 'refs/remotes/pull/1/merge')
    const log = recordingLog()
    const target = { kind: 'diff' as const, base: { sha: base }, head, depth: 1, label: 'pr' }
    const result = await ensureDiffCommits(dir, target, log, { deepenRounds: 1 })
    expect(result.mergeBase).toBe(forkPoint)
    expect(log.text()).toMatch(/--unshallow/)
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false')
  })

  test('a new branch (zero before) is diffed against the remote default branch', async () => {
    const o = origin()
    const { forkPoint, head } = forkedHistory(o, 3, 2, 5)
    const dir = workspace(o.url, 'refs/heads/topic', 'refs/remotes/origin/topic')
    const result = await ensureDiffCommits(dir, { kind: 'diff', base: { branch: 'main' }, head, depth: 3, label: 'push' }, recordingLog())
    expect(result.mergeBase).toBe(forkPoint)
    expect(git(dir, 'rev-parse', 'refs/remotes/origin/main').trim()).toBe(result.base)
  })

  test('a force-push whose before is gone falls back to the merge-base with the default branch', async () => {
    const o = origin()
    const { forkPoint, head } = forkedHistory(o, 3, 2, 1)
    const gone = 'f'.repeat(40)
    const dir = workspace(o.url, 'refs/heads/topic', 'refs/remotes/origin/topic')
    const log = recordingLog()
    const target = { kind: 'diff' as const, base: { sha: gone, fallback: { branch: 'main' } }, head, depth: 3, label: 'push' }
    const result = await ensureDiffCommits(dir, target, log)
    expect(result.mergeBase).toBe(forkPoint)
    expect(log.at('warning')[0].message).toMatch(/gone from origin .*'main'/)
  })

  test('a force-push to the default branch whose before is gone scans the last commit', async () => {
    const o = origin()
    const { base } = forkedHistory(o, 3, 1, 2)
    const dir = workspace(o.url, 'refs/heads/main', 'refs/remotes/origin/main')
    const target = { kind: 'diff' as const, base: { sha: 'e'.repeat(40), fallback: { parentOfHead: true as const } }, head: base, depth: 2, label: 'push' }
    const result = await ensureDiffCommits(dir, target, recordingLog())
    expect(result.base).toBe(git(o.work.dir, 'rev-parse', `${base}^`).trim())
  })

  test('a base that cannot be fetched, without fallback, is a clear error', async () => {
    const o = origin()
    const { head } = forkedHistory(o, 1, 1, 0)
    const dir = workspace(o.url, 'refs/heads/topic', 'refs/remotes/origin/topic')
    const target = { kind: 'diff' as const, base: { sha: 'd'.repeat(40) }, head, depth: 2, label: 'x' }
    await expect(ensureDiffCommits(dir, target, recordingLog())).rejects.toThrow(/Cannot fetch base commit d{40}/)
  })

  test('unrelated histories are a clear error', async () => {
    const o = origin()
    const { head } = forkedHistory(o, 1, 1, 0)
    o.work.git('checkout', '-q', '--orphan', 'other')
    o.work.write('other.txt', 'x\n')
    const other = o.work.commit('unrelated')
    o.publish('refs/heads/other', other)
    const dir = workspace(o.url, 'refs/heads/topic', 'refs/remotes/origin/topic')
    const target = { kind: 'diff' as const, base: { sha: other }, head, depth: 2, label: 'x' }
    await expect(ensureDiffCommits(dir, target, recordingLog(), { deepenRounds: 1 })).rejects.toThrow(FetchError)
  })

  test('a complete checkout that has both commits fetches nothing', async () => {
    const o = origin()
    const { forkPoint, head, base } = forkedHistory(o, 2, 2, 2)
    git(o.work.dir, 'remote', 'add', 'origin', 'file:///nonexistent/origin.git')
    const result = await ensureDiffCommits(o.work.dir, { kind: 'diff', base: { sha: base }, head, depth: 3, label: 'x' }, recordingLog())
    expect(result.mergeBase).toBe(forkPoint)
  })
})

describe('ensureFullHistory', () => {
  test('unshallows a depth-1 checkout and fetches every branch', async () => {
    const o = origin()
    forkedHistory(o, 3, 2, 2)
    const dir = workspace(o.url, 'refs/heads/main', 'refs/remotes/origin/main')
    await ensureFullHistory(dir, recordingLog())
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false')
    expect(git(dir, 'rev-list', '--count', '--all').trim()).toBe('7')
  })
})
