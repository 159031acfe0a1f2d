import { describe, expect, test } from '@jest/globals'
import { resolveEvent, EventError, DEFAULT_DEPTH } from '../../src/action/event.js'
import type { GitHubContext } from '../../src/settings/from-inputs.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const ZERO = '0'.repeat(40)

function context(eventName: string, payload: Record<string, unknown>): GitHubContext {
  return { token: '', apiUrl: '', serverUrl: '', owner: 'o', repo: 'r', eventName, payload, sha: 'c'.repeat(40) }
}

const pr = (extra: Record<string, unknown> = {}) => ({
  pull_request: { number: 7, commits: 300, base: { sha: A }, head: { sha: B }, ...extra },
})

describe('resolveEvent', () => {
  test('pull_request scans merge-base(base, head)..head, fetching every commit of the PR', () => {
    const plan = resolveEvent(context('pull_request', pr()), 'auto')
    expect(plan.target).toMatchObject({ kind: 'diff', base: { sha: A }, head: B, depth: 301 })
    expect(plan.pullRequest).toEqual({ number: 7 })
    expect(plan.linkSha).toBe(B)
    expect(plan.checkSha).toBe(B)
  })

  test('pull_request_target is handled the same way', () => {
    expect(resolveEvent(context('pull_request_target', pr()), 'auto').target).toMatchObject({ kind: 'diff', head: B })
  })

  test('a PR payload without a commit count falls back to the default depth', () => {
    const payload = { pull_request: { number: 7, base: { sha: A }, head: { sha: B } } }
    expect(resolveEvent(context('pull_request', payload), 'auto').target).toMatchObject({ depth: DEFAULT_DEPTH })
  })

  test('base equal to head is nothing to scan', () => {
    const payload = { pull_request: { number: 7, base: { sha: A }, head: { sha: A } } }
    expect(resolveEvent(context('pull_request', payload), 'auto').target.kind).toBe('nothing')
  })

  test('push scans before..after and falls back to the default branch when before is gone', () => {
    const payload = { ref: 'refs/heads/topic', before: A, after: B, commits: [{}, {}], repository: { default_branch: 'main' } }
    const plan = resolveEvent(context('push', payload), 'auto')
    expect(plan.target).toMatchObject({ kind: 'diff', base: { sha: A, fallback: { branch: 'main' } }, head: B })
    expect(plan.linkSha).toBe(B)
  })

  test('a force-push to the default branch falls back to the last commit', () => {
    const payload = { ref: 'refs/heads/main', before: A, after: B, forced: true, repository: { default_branch: 'main' } }
    expect(resolveEvent(context('push', payload), 'auto').target).toMatchObject({ base: { sha: A, fallback: { parentOfHead: true } } })
  })

  test('push with a zero before scans what is not on the default branch, not the whole history', () => {
    const payload = { ref: 'refs/heads/topic', before: ZERO, after: B, created: true, repository: { default_branch: 'main' } }
    expect(resolveEvent(context('push', payload), 'auto').target).toMatchObject({ kind: 'diff', base: { branch: 'main' }, head: B })
  })

  test('the first push of the default branch scans its files', () => {
    const payload = { ref: 'refs/heads/main', before: ZERO, after: B, created: true, repository: { default_branch: 'main' } }
    expect(resolveEvent(context('push', payload), 'auto').target.kind).toBe('tree')
  })

  test('a deleted branch is nothing to scan', () => {
    const payload = { ref: 'refs/heads/topic', before: A, after: ZERO, deleted: true, repository: { default_branch: 'main' } }
    expect(resolveEvent(context('push', payload), 'auto').target.kind).toBe('nothing')
  })

  test('merge_group scans base_sha..head_sha', () => {
    const plan = resolveEvent(context('merge_group', { merge_group: { base_sha: A, head_sha: B } }), 'auto')
    expect(plan.target).toMatchObject({ kind: 'diff', base: { sha: A }, head: B })
  })

  test('schedule and workflow_dispatch scan the history', () => {
    expect(resolveEvent(context('schedule', {}), 'auto').target.kind).toBe('history')
    expect(resolveEvent(context('workflow_dispatch', {}), 'auto').target.kind).toBe('history')
    expect(resolveEvent(context('workflow_dispatch', {}), 'tree').target.kind).toBe('tree')
  })

  test('mode tree on a PR keeps the PR for the comment and links', () => {
    const plan = resolveEvent(context('pull_request', pr()), 'tree')
    expect(plan.target.kind).toBe('tree')
    expect(plan.pullRequest).toEqual({ number: 7 })
    expect(plan.linkSha).toBe(B)
  })

  test('a payload without valid shas is a clear error', () => {
    const payload = { pull_request: { number: 7, base: { sha: '--upload-pack=x' }, head: { sha: B } } }
    expect(() => resolveEvent(context('pull_request', payload), 'auto')).toThrow(EventError)
    expect(() => resolveEvent(context('pull_request', payload), 'auto')).toThrow(/pull_request.base.sha/)
  })
})
