// The CLI starts a diff scan's git work before the engine loads (commands/prefetch.ts, sources/diff-prefetch.ts,
// git/spooled-git.ts). Whatever it starts, the scan's result must be the one it gets without it.
import { describe, expect, it, afterEach, beforeEach } from '@jest/globals'
import path from 'node:path'
import { diffRequestFromArgv, prefetchForArgv } from '../../src/commands/prefetch.js'
import { ObjectPresence } from '../../src/git/cat-file.js'
import { DIFF_OPTIONS } from '../../src/git/diff-changes.js'
import { GitError, streamGit } from '../../src/git/runner.js'
import { SpooledGit } from '../../src/git/spooled-git.js'
import { diffSource } from '../../src/sources/diff.js'
import { dropPrefetchedDiff, prefetchDiff, takePrefetchedDiff } from '../../src/sources/diff-prefetch.js'
import { cli } from '../cli/run-cli.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { spoolFiles } from '../helpers/spool-files.js'
import { describeHits, hits, namer, pyLine } from './collect.js'

async function readAll(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const chunk of chunks) parts.push(chunk)
  return Buffer.concat(parts)
}

/** A PR branch `pr` off `main` adding two keys (one per file) and a rename; main moves on after. */
function prRepo(repo: TestRepo, keys: Record<string, string>): void {
  repo.write('app/config.py', ['import os', '', 'TIMEOUT = 3', ''].join('\n'))
  repo.write('old/name.py', Array.from({ length: 20 }, (_, i) => `value_${i} = ${i}`).join('\n') + '\n')
  repo.commit('base')
  repo.git('checkout', '-q', '-b', 'pr')
  repo.write('app/config.py', ['import os', '', pyLine(keys.first), 'TIMEOUT = 3', ''].join('\n'))
  repo.commit('first key')
  repo.git('mv', 'old/name.py', 'name.py')
  repo.write('lib/client.py', `# Mistral client\n${pyLine(keys.second)}\n`)
  repo.commit('second key and a rename')
  repo.git('checkout', '-q', 'main')
  repo.write('main.txt', 'main moves on\n')
  repo.commit('main only')
  repo.git('checkout', '-q', 'pr')
}

describe('prefetched diff', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => {
    dropPrefetchedDiff()
    repo.remove()
  })

  it('gives the scan exactly the report it gets without it, and is taken once', async () => {
    const keys = { first: fakeKey(301), second: fakeKey(302) }
    prRepo(repo, keys)
    const argv = ['scan', '--mode', 'diff', '--base', 'main', '--format', 'json', '--no-checks', '--fail-on', 'never']
    const plain = await cli(argv, repo.dir)
    prefetchForArgv(argv, repo.dir)
    const prefetched = await cli(argv, repo.dir)
    // Taken by the scan: nothing is left for another one.
    expect(await takePrefetchedDiff(repo.dir, 'main')).toBeNull()
    expect(prefetched.code).toBe(0)
    const strip = (text: string) => ({ ...JSON.parse(text), stats: { ...JSON.parse(text).stats, durationMs: 0 } })
    expect(strip(prefetched.stdout)).toEqual(strip(plain.stdout))
    expect(JSON.parse(prefetched.stdout).findings).toHaveLength(2)
    expectNoKey(prefetched.stdout + prefetched.stderr, Object.values(keys))
    // The spooled output had no name at any point after it was made.
    expect(spoolFiles()).toEqual([])
  })

  it('hands the source the same changes as a plain git diff from the merge base', async () => {
    const keys = { first: fakeKey(303), second: fakeKey(304) }
    prRepo(repo, keys)
    prefetchDiff({ dir: repo.dir, base: 'main', head: 'pr' })
    const taken = await takePrefetchedDiff(repo.dir, 'main', 'pr')
    expect(taken).not.toBeNull()
    const mergeBase = repo.git('merge-base', 'main', 'pr').trim()
    expect(taken!.mergeBase).toBe(mergeBase)
    expect(taken!.head).toBe(repo.git('rev-parse', 'pr').trim())
    const args = ['diff', ...DIFF_OPTIONS, mergeBase, taken!.head, '--']
    const expected = await readAll(streamGit(args, { cwd: repo.dir }))
    expect((await readAll(taken!.output.chunks())).equals(expected)).toBe(true)
  })

  it('is left unused for other revisions or another repository, and the scan still finds every key', async () => {
    const keys = { first: fakeKey(305), second: fakeKey(306) }
    prRepo(repo, keys)
    const other = makeRepo()
    try {
      other.write('a.txt', 'one\n')
      other.commit('one')
      prefetchDiff({ dir: other.dir, base: 'HEAD' })
      const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
      expect(describeHits(found, namer(keys))).toEqual(['app/config.py:3 first', 'lib/client.py:2 second'])
      prefetchDiff({ dir: repo.dir, base: 'main', head: 'pr' })
      // Asked for `main` and HEAD (not `pr` as named): not the prefetched diff, though the commits are the same.
      expect(await takePrefetchedDiff(repo.dir, 'main')).toBeNull()
      const again = await hits(diffSource({ base: 'main', head: 'pr' }), repo.dir)
      expect(describeHits(again.hits, namer(keys))).toEqual(describeHits(found, namer(keys)))
    } finally {
      other.remove()
    }
  })

  it('gives up on a bad revision, unrelated histories or several merge bases (the scan answers itself)', async () => {
    repo.write('a.txt', 'one\n')
    repo.commit('one')
    prefetchDiff({ dir: repo.dir, base: 'no-such-branch' })
    expect(await takePrefetchedDiff(repo.dir, 'no-such-branch')).toBeNull()
    await expect(cli(['scan', '--base', 'no-such-branch', '--no-checks'], repo.dir)).resolves.toMatchObject({ code: 2 })
    prefetchDiff({ dir: repo.dir, base: '--output=/tmp/x' })
    expect(await takePrefetchedDiff(repo.dir, '--output=/tmp/x')).toBeNull()

    // Unrelated: an orphan branch.
    repo.git('checkout', '-q', '--orphan', 'island')
    repo.git('rm', '-q', '-rf', '.')
    repo.write('b.txt', 'two\n')
    repo.commit('island')
    prefetchDiff({ dir: repo.dir, base: 'main' })
    expect(await takePrefetchedDiff(repo.dir, 'main')).toBeNull()

    // Criss-cross merges: two best common ancestors.
    repo.git('checkout', '-q', 'main')
    repo.git('checkout', '-q', '-b', 'x')
    repo.write('x.txt', 'x\n')
    repo.commit('x')
    repo.git('checkout', '-q', 'main')
    repo.write('m.txt', 'm\n')
    repo.commit('m')
    const m = repo.git('rev-parse', 'HEAD').trim()
    repo.git('merge', '-q', '--no-edit', 'x')
    repo.git('checkout', '-q', 'x')
    repo.git('merge', '-q', '--no-edit', m)
    expect(repo.git('merge-base', '--all', 'main', 'x').trim().split('\n')).toHaveLength(2)
    prefetchDiff({ dir: repo.dir, base: 'main', head: 'x' })
    expect(await takePrefetchedDiff(repo.dir, 'main', 'x')).toBeNull()
  })
})

describe('diffRequestFromArgv', () => {
  const cwd = '/work/repo'
  it('reads a diff scan, explicit or implied by --base', () => {
    expect(diffRequestFromArgv(['--mode', 'diff', '--base', 'main', '--format', 'json'], cwd)).toEqual({
      dir: cwd,
      base: 'main',
      head: undefined,
    })
    const argv = ['--base=origin/main', '--head', 'HEAD~1', '--repo', 'sub', '--no-checks']
    expect(diffRequestFromArgv(argv, cwd)).toEqual({
      dir: path.join(cwd, 'sub'),
      base: 'origin/main',
      head: 'HEAD~1',
    })
  })

  it('says null for any other scan, help, or flags the scan would reject', () => {
    for (const argv of [
      [],
      ['--mode', 'tree'],
      ['--mode', 'history', '--base', 'main'],
      ['--base', 'main', '--range', 'a..b'],
      ['--base', 'main', 'extra'],
      ['--base', ''],
      ['--base', 'main', '--help'],
    ]) {
      expect(diffRequestFromArgv(argv, cwd)).toBeNull()
    }
  })

  it('starts nothing for other commands', async () => {
    prefetchForArgv(['baseline', '--base', 'main'], cwd)
    expect(await takePrefetchedDiff(cwd, 'main')).toBeNull()
  })
})

describe('SpooledGit', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('gives the output streamGit gives, and a GitError after it when git fails', async () => {
    for (let i = 0; i < 30; i++) repo.write(`f${i}.txt`, `${'line\n'.repeat(2000)}${i}\n`)
    repo.commit('files')
    const args = ['log', '-p', '--format=%H']
    const spooled = SpooledGit.start(args, repo.dir)!
    const expected = await readAll(streamGit(args, { cwd: repo.dir }))
    expect(expected.length).toBeGreaterThan(256 * 1024)
    expect((await readAll(spooled.chunks())).equals(expected)).toBe(true)

    const failing = SpooledGit.start(['cat-file', 'blob', 'no-such-object'], repo.dir)!
    await expect(readAll(failing.chunks())).rejects.toThrow(GitError)
  })

  it('stops git when nobody reads it, or the reader leaves early', async () => {
    repo.write('a.txt', 'x\n'.repeat(100_000))
    repo.commit('big')
    const unread = SpooledGit.start(['log', '-p'], repo.dir)!
    unread.dispose()
    unread.dispose()
    const early = SpooledGit.start(['log', '-p'], repo.dir)!
    for await (const chunk of early.chunks()) {
      expect(chunk.length).toBeGreaterThan(0)
      break
    }
    expect(spoolFiles()).toEqual([])
  })
})

describe('ObjectPresence', () => {
  it('names the first object the repository lacks, checking as names come', async () => {
    const repo = makeRepo()
    try {
      repo.write('a.txt', 'a\n')
      repo.commit('one')
      const blob = repo.git('rev-parse', 'HEAD:a.txt').trim()
      const absent = '0123456789abcdef0123456789abcdef01234567'
      const none = new ObjectPresence(repo.dir)
      expect(await none.firstMissing()).toBe(-1)
      const all = new ObjectPresence(repo.dir)
      for (let i = 0; i < 500; i++) all.add(blob)
      expect(await all.firstMissing()).toBe(-1)
      const some = new ObjectPresence(repo.dir)
      for (let i = 0; i < 300; i++) some.add(blob)
      some.add(absent)
      some.add(blob)
      expect(await some.firstMissing()).toBe(300)
    } finally {
      repo.remove()
    }
  })
})

describe('diff source reading many key-shaped files', () => {
  it('finds every key whether its blob was read on its own or through the batch', async () => {
    const repo = makeRepo()
    try {
      repo.write('README.md', '# app\n')
      repo.commit('base')
      repo.git('checkout', '-q', '-b', 'pr')
      const keys: Record<string, string> = {}
      // More files than are read one by one (32), so the rest go through the buffered batch.
      for (let i = 0; i < 45; i++) {
        keys[`k${i}`] = fakeKey(400 + i)
        repo.write(`svc/s${String(i).padStart(2, '0')}.py`, `# Mistral\n${pyLine(keys[`k${i}`]!)}\n`)
      }
      repo.commit('keys')
      const { hits: found, stats } = await hits(diffSource({ base: 'main' }), repo.dir)
      expect(describeHits(found, namer(keys))).toEqual(
        Array.from({ length: 45 }, (_, i) => `svc/s${String(i).padStart(2, '0')}.py:2 k${i}`),
      )
      expect(stats.files).toBe(45)
    } finally {
      repo.remove()
    }
  })
})
