// The stream parsers must not care where git's output is cut: feed real git output in tiny pieces.
import { execFileSync } from 'node:child_process'
import { BatchParser, BlobBatch } from '../../src/git/cat-file.js'
import { DIFF_OPTIONS, parseDiffChanges, type FileChange } from '../../src/git/diff-changes.js'
import { changeOf, commitOf, RawLogSkimmer, rawLogArgs } from '../../src/git/raw-log.js'
import { lineTokens, nulTokens } from '../../src/git/runner.js'
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/repo.js'

async function* pieces(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size)
}

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('git output parsers', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('splits NUL and LF tokens across any chunking', async () => {
    const data = Buffer.from('a\0bb\0\0ccc é\0tail')
    for (const size of [1, 2, 3, 100]) {
      expect(await all(nulTokens(pieces(data, size)))).toEqual(['a', 'bb', '', 'ccc é', 'tail'])
    }
    expect(await all(lineTokens(pieces(Buffer.from('x\ny\n'), 1)))).toEqual(['x', 'y'])
  })

  it('parses cat-file answers cut anywhere, empty and missing objects included', async () => {
    repo.write('a.txt', 'hello\n')
    repo.write('empty', '')
    repo.write('big.txt', 'z'.repeat(100_000))
    repo.commit('blobs')
    const oids = ['HEAD:a.txt', 'HEAD:empty', 'HEAD:big.txt'].map((name) => repo.git('rev-parse', name).trim())
    const missing = 'f'.repeat(40)
    const input = [...oids, missing, oids[0]].join('\n') + '\n'
    const env = { ...process.env, ...GIT_TEST_ENV }
    const output = execFileSync('git', ['cat-file', '--batch'], { cwd: repo.dir, input, env })
    for (const [size, reuse] of [[1, false], [7, true], [65536, true], [output.length, false]] as const) {
      const seen: string[] = []
      const record = (oid: string, type: string, data: Buffer | null) =>
        seen.push(`${oid.slice(0, 4)} ${type} ${data ? data.length : 'null'}`)
      const parser = new BatchParser(record, reuse)
      for await (const chunk of pieces(output, size)) parser.feed(chunk)
      expect(seen).toEqual([
        `${oids[0].slice(0, 4)} blob 6`,
        `${oids[1].slice(0, 4)} blob 0`,
        `${oids[2].slice(0, 4)} blob 100000`,
        'ffff missing null',
        `${oids[0].slice(0, 4)} blob 6`,
      ])
    }
  })

  it('parses a raw log with a merge, odd paths and a deletion, cut anywhere', async () => {
    repo.write('a.txt', '1\n')
    repo.write('gone.txt', 'x\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'side')
    repo.write('a.txt', '2\n')
    repo.commit('side')
    repo.git('checkout', '-q', 'main')
    repo.write('a.txt', '3\n')
    repo.write('new\nline :x é.txt', 'odd\n')
    repo.git('rm', '-q', 'gone.txt')
    repo.commit('main')
    expect(() => repo.git('merge', '-q', 'side')).toThrow()
    repo.write('a.txt', '4\n')
    repo.commit('merge')
    const output = execFileSync('git', ['-c', 'core.quotePath=false', ...rawLogArgs([])], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
    })
    const parse = (size: number): string[] => {
      const items: string[] = []
      const parser = new RawLogSkimmer({
        commit: (header) => {
          const commit = commitOf(header)
          items.push(`commit ${commit.parents.length} ${commit.author}`)
        },
        change: (record, path) => {
          const change = changeOf(record, path)
          items.push(`${change.status} ${change.path} ${change.parentOids.length} ${change.oid.length}`)
        },
      })
      for (let i = 0; i < output.length; i += size) parser.feed(output.subarray(i, i + size))
      parser.end()
      return items
    }
    const expected = [
      'commit 2 Ada Tester',
      'MM a.txt 2 40',
      'commit 1 Ada Tester',
      'M a.txt 1 40',
      'D gone.txt 1 40',
      'A new\nline :x é.txt 1 40',
      'commit 1 Ada Tester',
      'M a.txt 1 40',
      'commit 0 Ada Tester',
      'A a.txt 1 40',
      'A gone.txt 1 40',
    ]
    for (const size of [1, 3, 64, output.length]) expect(parse(size)).toEqual(expected)
  })

  it('parses a patch-with-raw diff cut anywhere, lines that look like headers included', async () => {
    repo.write('tricky.txt', 'keep\n')
    repo.write('old name.txt', 'one\ntwo\nthree\nfour\nfive\n')
    repo.commit('base')
    repo.write('tricky.txt', 'keep\ndiff --git a/x b/x\n@@ -1 +1,9 @@\n+++ b/y\n\\ No newline\nend')
    repo.git('mv', 'old name.txt', 'new\nname.txt')
    repo.write('new\nname.txt', 'one\ntwo\nthree\nfour\nfive\nsix\n')
    repo.write('added.txt', 'a\nb\n')
    repo.commit('change')
    const args = ['-c', 'core.quotePath=false', 'diff', ...DIFF_OPTIONS, 'HEAD~1', 'HEAD', '--']
    const output = execFileSync('git', args, {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
    })
    const describe = (changes: FileChange[]) =>
      changes.map((c) => `${c.status} ${c.oldPath} -> ${c.path}: ${[...c.addedLines].join(',')}`)
    const expected = [
      'A added.txt -> added.txt: 1,2',
      'R old name.txt -> new\nname.txt: 6',
      'M tricky.txt -> tricky.txt: 2,3,4,5,6',
    ]
    for (const size of [1, 5, 64, output.length]) {
      expect(describe(await all(parseDiffChanges(pieces(output, size))))).toEqual(expected)
    }
  })

  it('marks a change key-shaped only when an added line holds 32 letters and digits in a row, cut anywhere', async () => {
    const run = (length: number) => 'Xy7'.repeat(11).slice(0, length)
    repo.write('short.txt', 'x\n')
    repo.write('long.txt', 'x\n')
    repo.write('removed.txt', `x\n${run(32)}\n`)
    repo.write('split.txt', 'x\n')
    repo.write('hex.txt', 'x\n')
    repo.commit('base')
    // 31 in a row on an added line; 32 only on a removed line; 32 split by `-`; exactly 32 at a line's end.
    repo.write('short.txt', `x\nkey = ${run(31)}\n`)
    repo.write('removed.txt', 'x\ny\n')
    repo.write('split.txt', `x\n${run(16)}-${run(16)}\n`)
    repo.write('long.txt', `x\nnoise\nkey=${run(32)}`)
    // Hex digits alone (a digest) are never a key.
    repo.write('hex.txt', `x\nsha = ${'0123456789abcdef'.repeat(2)}\n`)
    repo.commit('change')
    const output = execFileSync('git', ['diff', ...DIFF_OPTIONS, 'HEAD~1', 'HEAD', '--'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
    })
    for (const size of [1, 2, 7, output.length]) {
      const changes = await all(parseDiffChanges(pieces(output, size)))
      // Lines cut across chunks are kept until they end, so their runs are known whatever the cut.
      expect(changes.map((c) => `${c.path} ${c.keyShaped}`)).toEqual([
        'hex.txt false',
        'long.txt true',
        'removed.txt false',
        'short.txt false',
        'split.txt false',
      ])
      // The run itself and its whole line (no `\ No newline` marker), for the scan to judge before reading the blob.
      const long = changes.find((c) => c.path === 'long.txt')!
      expect(long.runs).toEqual([{ run: run(32), places: [{ line: `key=${run(32)}`, at: 4 }] }])
    }
  })

  it('keeps each run once, with the lines it stands on while there are few and all plain ASCII', async () => {
    const run = (n: number) => `Xy7Xy7Xy7Xy7Xy7Xy7Xy7Xy7Xy7Xy7X${n}`
    for (const file of ['twice.txt', 'often.txt', 'accented.txt']) repo.write(file, 'x\n')
    repo.commit('base')
    repo.write('twice.txt', `x\na = "${run(1)}"\nb = "${run(1)}"\na = "${run(1)}"\n`)
    repo.write('often.txt', `x\n${Array.from({ length: 17 }, (_, i) => `v${i} = "${run(2)}"`).join('\n')}\n`)
    repo.write('accented.txt', `x\nplain = "${run(3)}"\ncafé = "${run(3)}"\n`)
    repo.commit('change')
    const output = execFileSync('git', ['diff', ...DIFF_OPTIONS, 'HEAD~1', 'HEAD', '--'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
    })
    const changes = await all(parseDiffChanges(pieces(output, 64)))
    const runsOf = (file: string) => changes.find((c) => c.path === file)!.runs
    // One entry per run; an identical line is kept once.
    expect(runsOf('twice.txt')).toEqual([
      { run: run(1), places: [{ line: `a = "${run(1)}"`, at: 5 }, { line: `b = "${run(1)}"`, at: 5 }] },
    ])
    // Seventeen lines, or one line past ASCII: the lines are not judged, the run still is.
    expect(runsOf('often.txt')).toEqual([{ run: run(2), places: null }])
    expect(runsOf('accented.txt')).toEqual([{ run: run(3), places: null }])
  })

  it('reads an added line too long to keep (a minified file) byte by byte: a run there is known, not which', async () => {
    const run = 'Xy7'.repeat(11).slice(0, 32)
    repo.write('min.js', 'x\n')
    repo.commit('base')
    repo.write('min.js', `x\n${'a=1;'.repeat(20_000)}k="${run}";${'b=2;'.repeat(20_000)}\n`)
    repo.commit('minified')
    const output = execFileSync('git', ['diff', ...DIFF_OPTIONS, 'HEAD~1', 'HEAD', '--'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
      maxBuffer: 64 * 1024 * 1024,
    })
    const whole = await all(parseDiffChanges(pieces(output, output.length)))
    expect(whole.map((c) => [c.keyShaped, c.runs?.map((found) => found.run)])).toEqual([[true, [run]]])
    // Past 64 KB the line is not kept: the file is read and judged whole.
    expect(whole[0]!.runs![0]!.places).toBeNull()
    for (const size of [4096, 50_000]) {
      const cut = await all(parseDiffChanges(pieces(output, size)))
      expect(cut.map((c) => [c.keyShaped, c.runs])).toEqual([[true, null]])
    }
  })

  it('reads a list of blobs through one buffered cat-file, in order, pausing while answers wait', async () => {
    repo.write('a.txt', 'hello\n')
    repo.write('b.txt', 'b'.repeat(300_000))
    repo.write('c.txt', 'c'.repeat(200_000))
    repo.commit('blobs')
    const oids = ['a.txt', 'b.txt', 'c.txt'].map((name) => repo.git('rev-parse', `HEAD:${name}`).trim())
    // holdBytes 1: reading pauses after every answer and resumes when it is taken.
    const batch = new BlobBatch(repo.dir, 250_000, 1)
    let streamed = 0
    const sink = () => ({ write: (chunk: Buffer) => void (streamed += chunk.length), end: () => undefined })
    for (let round = 0; round < 20; round++) for (const oid of oids) batch.add(oid, sink)
    batch.add('f'.repeat(40))
    batch.end()
    for (let round = 0; round < 20; round++) {
      const answers = [await batch.take(), await batch.take(), await batch.take()]
      expect(answers.map((a) => (Buffer.isBuffer(a) ? a.length : a))).toEqual([6, 'streamed', 200_000])
    }
    expect(await batch.take()).toBeNull()
    expect(streamed).toBe(20 * 300_000)
    await batch.close()
  })

  it('stops git when a batch is closed with answers still owed', async () => {
    repo.write('a.txt', 'a'.repeat(100_000))
    repo.commit('blob')
    const oid = repo.git('rev-parse', 'HEAD:a.txt').trim()
    const batch = new BlobBatch(repo.dir, Infinity, 1)
    for (let i = 0; i < 2000; i++) batch.add(oid)
    expect(((await batch.take()) as Buffer).length).toBe(100_000)
    await batch.close()
  })
})
