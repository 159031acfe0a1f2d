import { unlinkSync } from 'node:fs'
import path from 'node:path'
import { historySource } from '../../src/sources/history.js'
import { fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { silentLogger } from '../../src/log.js'
import { emptyStats } from '../../src/sources/fragment.js'
import { collect, describeHits, envLine, hits, namer, pyLine, testDetector } from './collect.js'

/** `file:line name @commit-label inHead` per finding, sorted. */
type Found = Awaited<ReturnType<typeof hits>>['hits']

function describe_(found: Found, keys: Record<string, string>, commits: Record<string, string>) {
  const label = new Map(Object.entries(commits).map(([name, sha]) => [sha, name]))
  const name = namer(keys)
  return found
    .map((hit) => {
      const commit = label.get(hit.commit ?? '') ?? hit.commit
      return `${hit.file}:${hit.line} ${name(hit.secret)} @${commit} head=${hit.inHead}`
    })
    .sort()
}

describe('history source', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('reports each leak once, at the commit that added it, and whether HEAD still has it', async () => {
    const keys = { a: fakeKey(21) }
    const commits: Record<string, string> = {}
    repo.write('README.md', '# app\n')
    commits.c1 = repo.commit('start')
    repo.write('.env', `${envLine(keys.a)}\n`)
    commits.c2 = repo.commit('add key')
    repo.write('.env', `${envLine(keys.a)}\nOTHER=1\n`)
    repo.write('app/settings.py', `import os\n${pyLine(keys.a)}\n`)
    commits.c3 = repo.commit('keep key, copy it')
    repo.write('.env', 'OTHER=1\n')
    commits.c4 = repo.commit('remove from .env')
    repo.write('README.md', '# app\nmore\n')
    commits.c5 = repo.commit('unrelated')
    const { hits: found, stats } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual(['.env:1 a @c2 head=false', 'app/settings.py:2 a @c3 head=true'])
    expect(stats.commits).toBe(5)
    expect(stats.files).toBeGreaterThanOrEqual(5)
  })

  it('carries author and ISO date of the introducing commit', async () => {
    repo.write('.env', `${envLine(fakeKey(22))}\n`)
    const sha = repo.commit('add', '2023-06-15T10:20:30Z')
    const { fragments } = await collect(historySource(), repo.dir)
    expect(fragments).toHaveLength(1)
    // Strict ISO 8601 with the author's own offset, as git's %aI gives it.
    expect(fragments[0].commit).toEqual({ sha, author: 'Ada Tester', date: '2023-06-15T10:20:30+00:00' })
  })

  it('attributes a key that only a merge conflict resolution adds to the merge', async () => {
    const keys = { merged: fakeKey(23) }
    const commits: Record<string, string> = {}
    repo.write('app.py', 'x = 1\n')
    commits.base = repo.commit('base')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('app.py', 'x = 2\n')
    commits.side = repo.commit('side')
    repo.git('checkout', '-q', 'main')
    repo.write('app.py', 'x = 3\n')
    commits.main = repo.commit('main')
    expect(() => repo.git('merge', '-q', 'side')).toThrow()
    repo.write('app.py', `${pyLine(keys.merged)}\nx = 4\n`)
    commits.merge = repo.commit('merge side')
    expect(repo.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3)
    const { hits: found } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual(['app.py:1 merged @merge head=true'])
  })

  it('gives a key a clean merge brings in to the branch commit, not the merge', async () => {
    const keys = { side: fakeKey(24) }
    const commits: Record<string, string> = {}
    repo.write('a.txt', '1\n')
    commits.base = repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('.env', `${envLine(keys.side)}\n`)
    commits.feature = repo.commit('feature key')
    repo.git('checkout', '-q', 'main')
    repo.write('b.txt', '2\n')
    commits.main = repo.commit('main work')
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'feature')
    const { hits: found } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual(['.env:1 side @feature head=true'])
  })

  it('keeps the oldest of two commits that add the same key to the same file on parallel branches', async () => {
    const keys = { twice: fakeKey(25) }
    const commits: Record<string, string> = {}
    repo.write('a.txt', '1\n')
    commits.base = repo.commit('base', '2024-01-01T00:00:00Z')
    repo.git('checkout', '-q', '-b', 'late')
    repo.write('.env', `${envLine(keys.twice)}\n`)
    commits.late = repo.commit('late', '2024-03-01T00:00:00Z')
    repo.git('checkout', '-q', 'main')
    repo.write('.env', `${envLine(keys.twice)}\n`)
    commits.early = repo.commit('early', '2024-02-01T00:00:00Z')
    const { hits: found } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual(['.env:1 twice @early head=true'])
  })

  it('scans branches other than HEAD and files since deleted', async () => {
    const keys = { branch: fakeKey(26), deleted: fakeKey(27), tagged: fakeKey(28) }
    const commits: Record<string, string> = {}
    repo.write('a.txt', '1\n')
    commits.base = repo.commit('base')
    repo.write('old/secrets.env', `${envLine(keys.deleted)}\n`)
    commits.added = repo.commit('add secrets')
    repo.git('rm', '-q', '-r', 'old')
    commits.removed = repo.commit('remove secrets')
    repo.git('checkout', '-q', '-b', 'experiment')
    repo.write('exp.py', `${pyLine(keys.branch)}\n`)
    commits.branch = repo.commit('experiment')
    repo.git('checkout', '-q', '--detach', 'main')
    repo.write('tag.env', `${envLine(keys.tagged)}\n`)
    commits.tagged = repo.commit('tagged only')
    repo.git('tag', 'v1')
    repo.git('checkout', '-q', 'main')
    const { hits: found } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual([
      'exp.py:1 branch @branch head=false',
      'old/secrets.env:1 deleted @added head=false',
      'tag.env:1 tagged @tagged head=false',
    ])
  })

  it('keeps odd paths exactly as stored and skips binaries with a count', async () => {
    const keys = { space: fakeKey(29), newline: fakeKey(30), quote: fakeKey(31), utf16: fakeKey(32) }
    repo.write('dir with space/a b.env', `${envLine(keys.space)}\n`)
    repo.write('new\nline.env', `${envLine(keys.newline)}\n`)
    repo.write('"quoted" é.env', `${envLine(keys.quote)}\n`)
    const utf16 = Buffer.from(`${envLine(keys.utf16)}\r\n`, 'utf16le')
    repo.write('win.env', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))
    repo.write('image.bin', Buffer.from([0x89, 0x50, 0, 0, 1, 2, 3]))
    repo.commit('odd')
    const { hits: found, stats } = await hits(historySource(), repo.dir)
    expect(describeHits(found, namer(keys)).sort()).toEqual(
      ['"quoted" é.env:1 quote', 'dir with space/a b.env:1 space', 'new\nline.env:1 newline', 'win.env:1 utf16'],
    )
    expect(stats.skipped).toBe(1)
  })

  it('narrows to --since, --until and a range, never blaming the range for older keys', async () => {
    const keys = { jan: fakeKey(33), mar: fakeKey(34), may: fakeKey(35) }
    const commits: Record<string, string> = {}
    repo.write('a.env', `${envLine(keys.jan)}\n`)
    commits.jan = repo.commit('jan', '2024-01-10T00:00:00Z')
    repo.write('b.env', `${envLine(keys.mar)}\n`)
    commits.mar = repo.commit('mar', '2024-03-10T00:00:00Z')
    repo.write('c.env', `${envLine(keys.may)}\n`)
    repo.write('a.env', `${envLine(keys.jan)}\nMORE=1\n`)
    commits.may = repo.commit('may', '2024-05-10T00:00:00Z')
    const run = async (options: Parameters<typeof historySource>[0]) =>
      describe_((await hits(historySource(options), repo.dir)).hits, keys, commits)
    expect(await run({ since: '2024-02-01' })).toEqual(['b.env:1 mar @mar head=true', 'c.env:1 may @may head=true'])
    expect(await run({ until: '2024-04-01' })).toEqual(['a.env:1 jan @jan head=true', 'b.env:1 mar @mar head=true'])
    expect(await run({ range: `${commits.jan}..${commits.may}` })).toEqual([
      'b.env:1 mar @mar head=true',
      'c.env:1 may @may head=true',
    ])
    expect(await run({ range: commits.mar })).toEqual(['a.env:1 jan @jan head=true', 'b.env:1 mar @mar head=true'])
    const { stats } = await hits(historySource({ since: '2024-02-01' }), repo.dir)
    expect(stats.commits).toBe(2)
  })

  it('finds the same leaks whatever the window of blobs in flight, and with every blob streamed', async () => {
    const keys: Record<string, string> = {}
    for (let i = 0; i < 12; i++) {
      keys[`k${i}`] = fakeKey(40 + i)
      repo.write(`svc${i % 4}/.env`, `${envLine(keys[`k${i}`])}\n`)
      repo.commit(`c${i}`)
    }
    const run = async (options: Parameters<typeof historySource>[0]) =>
      describeHits((await hits(historySource(options), repo.dir)).hits, namer(keys))
    const plain = await run({})
    expect(plain).toHaveLength(12)
    expect(await run({ maxInFlight: 1 })).toEqual(plain)
    expect(await run({ bigBlobBytes: 1 })).toEqual(plain)
    expect(await run({ maxInFlight: 2, since: '2000-01-01' })).toEqual(plain)
  })

  it('finds the same leaks when a second cat-file takes over part of the blobs once the log is written', async () => {
    const keys: Record<string, string> = {}
    for (let i = 0; i < 40; i++) {
      keys[`k${i}`] = fakeKey(500 + i)
      repo.write(`svc${i % 5}/.env`, `${envLine(keys[`k${i}`])}\n`)
      repo.write(`notes/${i}.md`, `note ${i}\n`)
      repo.commit(`c${i}`)
    }
    const run = async (options: Parameters<typeof historySource>[0]) => {
      const debug: string[] = []
      const context = {
        root: repo.dir,
        stats: emptyStats(),
        log: { ...silentLogger, debug: (message: string) => void debug.push(message) },
        detector: testDetector,
      }
      const found: string[] = []
      for await (const fragment of historySource(options)(context)) {
        for (const match of fragment.matches ?? []) found.push(`${fragment.file} ${match.secret} ${fragment.commit?.sha}`)
      }
      return { found: found.sort(), debug: debug.join('\n'), stats: context.stats }
    }
    const plain = await run({})
    expect(plain.found).toHaveLength(40)
    // Tiny pieces of the log and one blob in flight: the walk is still reading long after git wrote the log.
    const slow = await run({ maxInFlight: 1, logPieceBytes: 64 })
    expect(slow.debug).toMatch(/a second cat-file reads/)
    expect(slow.found).toEqual(plain.found)
    expect(slow.stats.files).toBe(plain.stats.files)
    // A blob of an early commit gone: whichever cat-file meets it, the scan fails naming it, and stops both.
    const gone = repo.git('rev-parse', 'HEAD~35:notes/4.md').trim()
    unlinkSync(path.join(repo.dir, '.git', 'objects', gone.slice(0, 2), gone.slice(2)))
    await expect(run({ maxInFlight: 1, logPieceBytes: 64 })).rejects.toThrow(new RegExp(`${gone}[\\s\\S]*notes/4\\.md`))
  })

  it('keeps a renamed file\'s key at the commit that added it, in HEAD through its new path', async () => {
    const keys = { moved: fakeKey(37), edited: fakeKey(38), copied: fakeKey(39), readded: fakeKey(52) }
    const commits: Record<string, string> = {}
    repo.write('web/lib/client.py', `${pyLine(keys.moved)}\n`)
    repo.write('config/a.env', `${envLine(keys.edited)}\n`)
    repo.write('config/b.env', `${envLine(keys.copied)}\n`)
    repo.write('old/c.env', `${envLine(keys.readded)}\n`)
    commits.added = repo.commit('add keys')
    // A plain rename, a rename with an edit, and a copy (the source stays).
    repo.git('rm', '-q', 'web/lib/client.py', 'config/a.env')
    repo.write('web/clients/mistral.py', `${pyLine(keys.moved)}\n`)
    repo.write('config/prod.env', `# production\n${envLine(keys.edited)}\nDEBUG=0\n`)
    repo.write('config/copy.env', `${envLine(keys.copied)}\n`)
    commits.moved = repo.commit('move files')
    repo.git('rm', '-q', 'old/c.env')
    commits.removed = repo.commit('remove c')
    repo.write('new/c.env', `${envLine(keys.readded)}\n`)
    commits.readded = repo.commit('add c again elsewhere')
    const { hits: found } = await hits(historySource(), repo.dir)
    expect(describe_(found, keys, commits)).toEqual([
      'config/a.env:1 edited @added head=true',
      'config/b.env:1 copied @added head=true',
      'config/copy.env:1 copied @moved head=true',
      'new/c.env:1 readded @readded head=true',
      'old/c.env:1 readded @added head=false',
      'web/lib/client.py:1 moved @added head=true',
    ])
  })

  it('warns that a shallow clone attributes old keys to its oldest commit', async () => {
    const keys = { old: fakeKey(36) }
    repo.write('.env', `${envLine(keys.old)}\n`)
    repo.commit('old')
    repo.write('a.txt', '1\n')
    repo.commit('newer')
    const shallow = makeRepo()
    try {
      shallow.git('fetch', '-q', '--depth', '1', `file://${repo.dir}`, 'main:shallow')
      shallow.git('checkout', '-q', 'shallow')
      const warnings: string[] = []
      const stats = emptyStats()
      const log = { ...silentLogger, warn: (message: string) => warnings.push(message) }
      const found: string[] = []
      for await (const fragment of historySource()({ root: shallow.dir, stats, log, detector: testDetector })) {
        found.push(fragment.file)
      }
      expect(found).toEqual(['.env'])
      expect(warnings.join('\n')).toMatch(/shallow clone/)
    } finally {
      shallow.remove()
    }
  })

  it('returns nothing for an empty repository', async () => {
    const { hits: found, stats } = await hits(historySource(), repo.dir)
    expect(found).toEqual([])
    expect(stats.commits).toBe(0)
  })
})
