// Attribution of added lines in a diff: one `git blame` per file for all the lines asked together, each line
// answered with the commit of the range that added it, and nothing for a line from before the range.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BatchedBlame, blameLines } from '../../src/git/blame.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'

describe('blame of added lines', () => {
  let repo: TestRepo
  let base: string
  const added: string[] = []
  beforeAll(() => {
    repo = makeRepo()
    repo.write('conf/app.env', 'A=1\nB=2\n')
    repo.write('other.txt', 'x\n')
    base = repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // Line 3 by the first commit, line 1 rewritten by the second, line 5 by the third; line 2 is from the base.
    repo.write('conf/app.env', 'A=1\nB=2\nC=3\n')
    added.push(repo.commit('add C'))
    repo.write('conf/app.env', 'A=one\nB=2\nC=3\n')
    added.push(repo.commit('rewrite A'))
    repo.write('conf/app.env', 'A=one\nB=2\nC=3\nD=4\nE=5\n')
    repo.write('other.txt', 'x\ny\n')
    added.push(repo.commit('add D and E, and y'))
  })
  afterAll(() => repo.remove())

  it('answers every line asked in one git, and leaves out the lines from before the range', async () => {
    const found = await blameLines(repo.dir, base, 'pr', 'conf/app.env', [5, 1, 3, 2, 3])
    expect(Object.fromEntries(found)).toEqual({ 1: added[1], 3: added[0], 5: added[2] })
  })

  it('answers nothing (not an error) for a path git cannot blame', async () => {
    expect((await blameLines(repo.dir, base, 'pr', 'no/such/file', [1])).size).toBe(0)
    expect((await blameLines(repo.dir, base, 'pr', 'conf/app.env', [])).size).toBe(0)
  })

  it('puts the lines of a file asked in the same turn into one blame', async () => {
    const trace = path.join(tmpdir(), `mg-blame-trace-${process.pid}`)
    rmSync(trace, { force: true })
    const saved = process.env.GIT_TRACE
    process.env.GIT_TRACE = trace
    try {
      const blame = new BatchedBlame(repo.dir, base, 'pr')
      const asked = await Promise.all([
        blame.commitOf('conf/app.env', 4),
        blame.commitOf('conf/app.env', 2),
        blame.commitOf('other.txt', 2),
        blame.commitOf('conf/app.env', 1),
      ])
      expect(asked).toEqual([added[2], null, added[2], added[1]])
      // Asked again later: a new git.
      expect(await blame.commitOf('conf/app.env', 3)).toBe(added[0])
    } finally {
      if (saved === undefined) delete process.env.GIT_TRACE
      else process.env.GIT_TRACE = saved
    }
    const blames = existsSync(trace)
      ? readFileSync(trace, 'utf8').split('\n').filter((line) => /built-in: git .*\bblame\b/.test(line))
      : []
    rmSync(trace, { force: true })
    // conf/app.env and other.txt in the first turn, conf/app.env again in the second.
    expect(blames).toHaveLength(3)
  })
})
