// When git cannot do its part the scan stops with exit 2 and says why in words a user can act on: git not
// installed, an object missing from a corrupt repository, or blobs a partial clone never fetched.
import { mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { envLine, pyLine } from '../sources/collect.js'
import { cli } from './run-cli.js'

describe('git failures (CLI)', () => {
  const made: TestRepo[] = []
  const repo = (): TestRepo => {
    const r = makeRepo()
    made.push(r)
    return r
  }
  afterEach(() => made.splice(0).forEach((r) => r.remove()))

  it('says git is missing when it is not on PATH', async () => {
    const r = repo()
    r.write('.env', `${envLine(fakeKey(801))}\n`)
    r.commit('leak')
    const empty = mkdtempSync(path.join(tmpdir(), 'mg-no-git-'))
    const saved = process.env.PATH
    process.env.PATH = empty
    try {
      for (const mode of ['tree', 'history']) {
        const result = await cli(['scan', '--no-checks', '--mode', mode], r.dir)
        expect({ mode, code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
          mode,
          code: 2,
          stdout: '',
          stderr: 'mistral-guard: error: git was not found on PATH: mistral-guard needs git 2.x installed.\n',
        })
      }
    } finally {
      process.env.PATH = saved
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it('names a blob missing from the history, its path and commit', async () => {
    const r = repo()
    const key = fakeKey(802)
    r.write('README.md', 'hello\n')
    r.commit('readme')
    r.write('app.py', `${pyLine(key)}\n`)
    const added = r.commit('key')
    r.git('rm', '-q', 'app.py')
    r.commit('remove key')
    const blob = r.git('rev-parse', `${added}:app.py`).trim()
    unlinkSync(path.join(r.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
    const result = await cli(['scan', '--no-checks', '--mode', 'history', '--format', 'json'], r.dir)
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' })
    expect(result.stderr).toContain(`git object ${blob} ('app.py' in `)
    expect(result.stderr).toMatch(/is missing from the repository: it is corrupt or incomplete/)
    expectNoKey(result.stderr, [key])
  })

  it('names a staged blob missing from the object store', async () => {
    const r = repo()
    r.write('README.md', 'hi\n')
    r.commit('init')
    r.write('other.py', 'print("other")\n')
    r.git('add', 'other.py')
    const blob = r.git('rev-parse', ':other.py').trim()
    unlinkSync(path.join(r.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
    const result = await cli(['scan', '--no-checks', '--mode', 'staged'], r.dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`git object ${blob} ('other.py' in the index (staged)) is missing`)
  })

  it('says a partial clone lacks the blobs, and names its filter', async () => {
    const origin = repo()
    const key = fakeKey(803)
    origin.write('.env', `${envLine(key)}\n`)
    origin.commit('leak')
    origin.git('config', 'uploadpack.allowFilter', 'true')
    const clone = repo()
    clone.git('remote', 'add', 'origin', `file://${origin.dir}`)
    clone.git('fetch', '-q', '--filter=blob:none', 'origin', 'main')
    clone.git('config', 'remote.origin.promisor', 'true')
    clone.git('config', 'remote.origin.partialclonefilter', 'blob:none')
    clone.git('update-ref', 'refs/heads/main', 'FETCH_HEAD')
    // With the server gone (or lazy fetching off) the blobs cannot come: the scan must not pass without them.
    rmSync(origin.dir, { recursive: true, force: true })
    const result = await cli(['scan', '--no-checks', '--mode', 'history'], clone.dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is not in this repository: it is a partial clone with --filter=blob:none/)
    expectNoKey(result.stdout + result.stderr, [key])
  })
})
