// The CLI starts a staged scan's `git diff --cached` before the engine loads (commands/prefetch.ts,
// sources/staged-prefetch.ts). Whatever it starts, the scan's result must be the one it gets without it.
import { describe, expect, it, afterEach, beforeEach } from '@jest/globals'
import path from 'node:path'
import { prefetchForArgv, stagedRequestFromArgv } from '../../src/commands/prefetch.js'
import { stagedSource } from '../../src/sources/staged.js'
import { dropPrefetchedStaged, prefetchStaged, takePrefetchedStaged } from '../../src/sources/staged-prefetch.js'
import { cli } from '../cli/run-cli.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { spoolFiles } from '../helpers/spool-files.js'
import { describeHits, envLine, hits, namer, pyLine } from './collect.js'

const strip = (text: string) => ({ ...JSON.parse(text), stats: { ...JSON.parse(text).stats, durationMs: 0 } })

describe('prefetched staged diff', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => {
    dropPrefetchedStaged()
    repo.remove()
  })

  it('gives the scan exactly the report it gets without it, and is taken once', async () => {
    const keys = { staged: fakeKey(331), unstaged: fakeKey(332), committed: fakeKey(333) }
    repo.write('app/config.py', `import os\n${pyLine(keys.committed)}\n`)
    repo.write('old/name.py', Array.from({ length: 20 }, (_, i) => `value_${i} = ${i}`).join('\n') + '\n')
    repo.commit('base')
    repo.write('app/config.py', `import os\n${pyLine(keys.committed)}\nTIMEOUT = 3\n`)
    repo.git('mv', 'old/name.py', 'name.py')
    repo.write('.env.production', `${envLine(keys.staged)}\n`)
    repo.git('add', '-A')
    // In the work tree only: not what the commit adds.
    repo.write('.env.production', `${envLine(keys.staged)}\n${envLine(keys.unstaged)}\n`)
    const argv = ['scan', '--mode', 'staged', '--format', 'json', '--no-checks', '--fail-on', 'never']
    const plain = await cli(argv, repo.dir)
    prefetchForArgv(argv, repo.dir)
    const prefetched = await cli(argv, repo.dir)
    // Taken by the scan: nothing is left for another one.
    expect(await takePrefetchedStaged(repo.dir)).toBeNull()
    expect(prefetched.code).toBe(0)
    expect(strip(prefetched.stdout)).toEqual(strip(plain.stdout))
    const findings = JSON.parse(prefetched.stdout).findings as Array<{ file: string; line: number }>
    expect(findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['.env.production:1'])
    expectNoKey(prefetched.stdout + prefetched.stderr, Object.values(keys))
    expect(spoolFiles()).toEqual([])
  })

  it('before the first commit, compares the index with nothing, as the usual path does', async () => {
    const keys = { first: fakeKey(334) }
    repo.write('.env', `${envLine(keys.first)}\n`)
    repo.write('README.md', '# new\n')
    repo.git('add', '-A')
    const { hits: plain } = await hits(stagedSource, repo.dir)
    prefetchStaged(repo.dir)
    const { hits: found } = await hits(stagedSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['.env:1 first'])
    expect(found).toEqual(plain)
  })

  it('is left unused for another repository, and the scan still finds the key', async () => {
    const keys = { first: fakeKey(335) }
    repo.write('a.txt', 'one\n')
    repo.commit('one')
    repo.write('.env', `${envLine(keys.first)}\n`)
    repo.git('add', '.env')
    const other = makeRepo()
    try {
      other.write('b.txt', 'two\n')
      other.commit('two')
      prefetchStaged(other.dir)
      const { hits: found } = await hits(stagedSource, repo.dir)
      expect(describeHits(found, namer(keys))).toEqual(['.env:1 first'])
      // The other repository's diff was taken, found not to match, and stopped: none is left.
      expect(await takePrefetchedStaged(other.dir)).toBeNull()
    } finally {
      other.remove()
    }
  })

  it('works from a subfolder, with paths from the repository root', async () => {
    const keys = { first: fakeKey(336) }
    repo.write('svc/app/readme.md', '# app\n')
    repo.commit('one')
    repo.write('svc/app/.env', `${envLine(keys.first)}\n`)
    repo.git('add', '-A')
    const sub = path.join(repo.dir, 'svc', 'app')
    const argv = ['scan', '--mode', 'staged', '--format', 'json', '--no-checks', '--fail-on', 'never']
    prefetchForArgv(argv, sub)
    const result = await cli(argv, sub)
    expect(await takePrefetchedStaged(repo.dir)).toBeNull()
    const findings = JSON.parse(result.stdout).findings as Array<{ file: string }>
    expect(findings.map((finding) => finding.file)).toEqual(['svc/app/.env'])
  })

  it('starts nothing where there is no folder, and the scan reports it', async () => {
    const missing = path.join(repo.dir, 'no-such-folder')
    prefetchStaged(missing)
    expect(await takePrefetchedStaged(missing)).toBeNull()
    await expect(cli(['scan', '--mode', 'staged', '--repo', missing], repo.dir)).resolves.toMatchObject({ code: 2 })
  })
})

describe('stagedRequestFromArgv', () => {
  const cwd = '/work/repo'
  it('reads a staged scan and its --repo', () => {
    expect(stagedRequestFromArgv(['--mode', 'staged'], cwd)).toBe(cwd)
    expect(stagedRequestFromArgv(['--mode=staged', '--repo', 'sub', '--format', 'sarif'], cwd)).toBe(path.join(cwd, 'sub'))
  })

  it('says null for any other scan, help, or a stray argument', () => {
    for (const argv of [[], ['--mode', 'tree'], ['--mode', 'diff', '--base', 'main'], ['--mode', 'staged', '--help'], ['--mode', 'staged', 'x']]) {
      expect(stagedRequestFromArgv(argv, cwd)).toBeNull()
    }
  })

  it('starts nothing for other commands', async () => {
    prefetchForArgv(['baseline', '--mode', 'staged'], cwd)
    expect(await takePrefetchedStaged(cwd)).toBeNull()
  })
})
