// History follows one walk of the log, for every ref as for a range or dates. Every ref and the same refs
// named as a range must find the same leaks, and the paths a history scan hands the checklist must be what
// `git log --diff-filter=A` says.
import { rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { filesEverAdded } from '../../src/checks/committed-files.js'
import { RawLogSkimmer, changeOf, commitOf, rawLogArgs } from '../../src/git/raw-log.js'
import { historySource } from '../../src/sources/history.js'
import { HeldUntilMentioned } from '../../src/sources/history-blobs.js'
import { mentionsMistralBytes } from '../../src/detect/keywords.js'
import { fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { silentLogger } from '../../src/log.js'
import { emptyStats } from '../../src/sources/fragment.js'
import { envLine, hits, namer, pyLine, testDetector } from './collect.js'

/** Every ref of the repository as a range: the same commits as every ref, asked for by name. */
function allRefs(repo: TestRepo): string {
  return repo.git('for-each-ref', '--format=%(refname)').trim().split('\n').join(' ')
}

describe('history: every ref vs the same refs as a range', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('finds the same leaks at the same commits, merges, renames, deletions and streamed blobs included', async () => {
    const keys: Record<string, string> = {}
    for (let i = 0; i < 8; i++) keys[`k${i}`] = fakeKey(300 + i)
    repo.write('app/.env', `${envLine(keys.k0!)}\n`)
    repo.write('app/client.py', `${pyLine(keys.k1!)}\n`)
    repo.write('big/fixture.txt', `${'filler line without the family word\n'.repeat(3000)}${envLine(keys.k2!)}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('conflict.env', `${envLine(keys.k3!)}\n`)
    repo.write('side/.env', `${envLine(keys.k4!)}\n`)
    repo.commit('side')
    repo.git('checkout', '-q', 'main')
    repo.write('conflict.env', `OTHER=1\n`)
    repo.git('mv', 'app/client.py', 'app/mistral_client.py')
    repo.git('rm', '-q', 'app/.env')
    repo.commit('main: move, delete')
    expect(() => repo.git('merge', '-q', 'side')).toThrow()
    repo.write('conflict.env', `${envLine(keys.k5!)}\n`)
    repo.commit('merge side, resolving with a new key')
    repo.git('checkout', '-q', '-b', 'unmerged')
    repo.write('unmerged/.env', `${envLine(keys.k6!)}\n`)
    repo.commit('unmerged work')
    repo.git('checkout', '-q', 'main')
    // A blob nothing uses (never committed): never read, never reported.
    repo.write('loose.env', `${envLine(keys.k7!)}\n`)
    repo.git('hash-object', '-w', 'loose.env')
    repo.git('clean', '-q', '-f')

    const name = namer(keys)
    const run = async (options: Parameters<typeof historySource>[0]) =>
      (await hits(historySource(options), repo.dir)).hits
        .map((hit) => `${hit.file}:${hit.line} ${name(hit.secret)} @${hit.commit} head=${hit.inHead}`)
        .sort()
    const whole = await run({})
    expect(whole).toHaveLength(7)
    expect(whole.join('\n')).not.toMatch(/k7/)
    expect(await run({ range: allRefs(repo) })).toEqual(whole)
    expect(await run({ bigBlobBytes: 1024 })).toEqual(whole)
    expect(await run({ range: allRefs(repo), bigBlobBytes: 1024 })).toEqual(whole)
  })

  it('reads a clone that borrows its objects (clone --shared)', async () => {
    const keys = { a: fakeKey(330) }
    repo.write('.env', `${envLine(keys.a)}\n`)
    repo.commit('one')
    const clone = `${repo.dir}-shared`
    repo.git('clone', '-q', '--shared', repo.dir, clone)
    try {
      const debug: string[] = []
      const context = {
        root: clone,
        stats: emptyStats(),
        log: { ...silentLogger, debug: (message: string) => void debug.push(message) },
        detector: testDetector,
      }
      const found: string[] = []
      for await (const fragment of historySource()(context)) found.push(`${fragment.file} ${fragment.commit?.sha}`)
      expect(found).toEqual([`.env ${repo.git('rev-parse', 'HEAD').trim()}`])
      expect(debug.join('\n')).toMatch(/History: walked/)
      expect(debug.join('\n')).not.toMatch(/read every blob/)
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })

  it('reads a SHA-256 repository, every ref and a range alike', async () => {
    rmSync(path.join(repo.dir, '.git'), { recursive: true, force: true })
    repo.git('init', '-q', '--object-format=sha256', '-b', 'main')
    const keys = { a: fakeKey(320), b: fakeKey(321) }
    repo.write('.env', `${envLine(keys.a)}\n`)
    repo.commit('one')
    repo.write('svc/client.py', `${pyLine(keys.b)}\n`)
    repo.commit('two')
    const name = namer(keys)
    const run = async (options: Parameters<typeof historySource>[0]) =>
      (await hits(historySource(options), repo.dir)).hits.map((hit) => `${hit.file} ${name(hit.secret)} ${hit.commit?.length}`)
    const whole = await run({})
    expect(whole).toEqual(['.env a 64', 'svc/client.py b 64'])
    expect(await run({ range: 'main' })).toEqual(whole)
  })

  it('hands over the paths commits added exactly as git log --diff-filter=A lists them, symlinks included', async () => {
    repo.write('.env', 'A=1\n')
    repo.write('keep.txt', 'x\n')
    repo.commit('one')
    repo.git('rm', '-q', '.env')
    repo.write('certs/server.pem', 'not a real pem\n')
    repo.commit('two')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('side/.env.local', 'B=2\n')
    repo.commit('side')
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side')
    repo.git('rm', '-q', 'certs/server.pem')
    repo.write('certs/server.pem', 'again\n')
    repo.commit('re-add')
    symlinkSync('keep.txt', path.join(repo.dir, '.env.production'))
    repo.commit('a symlink named like a secret file')
    const expected = await filesEverAdded(repo.dir)
    expect(expected.size).toBeGreaterThanOrEqual(4)
    // Here, and in a clone that borrows this repository's objects (--shared).
    const clone = `${repo.dir}-shared`
    repo.git('clone', '-q', '--shared', '--mirror', repo.dir, clone)
    try {
      for (const dir of [repo.dir, clone]) {
        const added = new Map<string, string>()
        // The walk tells once that git's log is written (the checklist starts then).
        const whenLogRead: number[] = []
        await hits(
          historySource({
            onAddedPath: (file, commit) => added.set(file, commit.slice(0, 12)),
            onLogRead: () => void whenLogRead.push(added.size),
          }),
          dir,
        )
        expect(added).toEqual(expected)
        expect(whenLogRead).toHaveLength(1)
      }
      // A range sees only some commits: nothing is told, and the check asks git itself.
      const told: string[] = []
      await hits(historySource({ range: allRefs(repo), onAddedPath: (file) => void told.push(file) }), repo.dir)
      expect(told).toEqual([])
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
  })
})

describe('history: git helpers', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('skims a raw log in place as it reads it parsed, whatever the chunking, merges and odd paths included', async () => {
    repo.write('a.txt', 'a\n')
    repo.write('gone.txt', 'g\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('a.txt', 'side\n')
    repo.write('tab\there.txt', 'odd\n')
    repo.commit('side')
    repo.git('checkout', '-q', 'main')
    repo.write('a.txt', 'main\n')
    repo.git('rm', '-q', 'gone.txt')
    repo.commit('main')
    expect(() => repo.git('merge', '-q', 'side')).toThrow()
    repo.write('a.txt', 'resolved\n')
    repo.commit('merge')
    const output = Buffer.from(repo.git(...rawLogArgs([])), 'utf8')
    const skim = (size: number) => {
      const records: string[] = []
      const added: string[] = []
      const skimmer = new RawLogSkimmer({
        commit: (header) => {
          const commit = commitOf(header)
          records.push(`commit ${commit.sha} ${commit.parents.length}`)
        },
        change: (record, path) => {
          // What the walk reads in place agrees with the parsed change.
          const change = changeOf(record, path)
          records.push(JSON.stringify(change))
          expect(record.isZero(record.parents)).toBe(/^0+$/.test(change.oid))
          expect(record.modeOf(record.parents)).toBe(change.mode)
          const at = record.oidAt(record.parents)
          expect(record.token.toString('latin1', at, at + record.oidLength)).toBe(change.oid)
          for (let index = 0; index < record.parents; index++) {
            const parentAt = record.oidAt(index)
            expect(record.token.toString('latin1', parentAt, parentAt + record.oidLength)).toBe(change.parentOids[index])
          }
          if (record.added) added.push(change.path)
        },
      })
      for (let at = 0; at < output.length; at += size) skimmer.feed(Buffer.from(output.subarray(at, at + size)))
      skimmer.end()
      return { records, added }
    }
    const whole = skim(output.length)
    expect(whole.records.filter((record) => record.startsWith('commit '))).toHaveLength(4)
    expect(whole.records.some((record) => record.includes('"parentOids":["') && /"parentOids":\["\w+","\w+"\]/.test(record))).toBe(true)
    expect([...whole.added].sort()).toEqual(['a.txt', 'gone.txt', 'tab\there.txt'])
    for (const size of [1, 7, 64]) expect(skim(size)).toEqual(whole)
  })
})

describe('a big blob held back until it mentions Mistral', () => {
  const detector = { mentions: () => true, mentionsBytes: mentionsMistralBytes, detect: () => [] }
  const pass = (chunks: Buffer[]) => {
    const passed: Buffer[] = []
    const held = new HeldUntilMentioned(detector, (chunk) => passed.push(chunk))
    for (const chunk of chunks) held.write(chunk)
    return { held, passed: Buffer.concat(passed) }
  }

  it('passes nothing on when no chunk holds a keyword', () => {
    const text = Buffer.from('plain words, nothing to see\n'.repeat(200))
    const { held, passed } = pass([text.subarray(0, 1000), text.subarray(1000)])
    expect(held.unmentioned).toBe(true)
    expect(held.bytes).toBe(text.length)
    expect(passed.length).toBe(0)
  })

  it('passes every byte on, in order, when a keyword is cut anywhere by a chunk boundary', () => {
    const text = Buffer.from(`${'x'.repeat(500)}\nclient = Mistral(api_key=key)\n${'y'.repeat(500)}`)
    const at = text.indexOf('Mistral')
    for (let cut = at - 2; cut <= at + 9; cut++) {
      const { held, passed } = pass([text.subarray(0, cut), text.subarray(cut, cut + 3), text.subarray(cut + 3)])
      expect(held.unmentioned).toBe(false)
      expect(passed.equals(text)).toBe(true)
    }
  })

  it('passes at once what the byte test cannot read (a byte-order mark, NUL bytes)', () => {
    for (const start of [Buffer.from([0xef, 0xbb, 0xbf, 0x61]), Buffer.from('a\u0000b')]) {
      const { held, passed } = pass([start, Buffer.from(' more')])
      expect(held.unmentioned).toBe(false)
      expect(passed.length).toBe(start.length + 5)
    }
  })
})
