import { UsageError } from '../../src/config/config-error.js'
import { diffSource } from '../../src/sources/diff.js'
import { stagedSource } from '../../src/sources/staged.js'
import { fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { collect, describeHits, envLine, hits, namer, pyLine } from './collect.js'

describe('diff source', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('reports keys on lines added since the merge base, at their line in head, blamed to their commit', async () => {
    const keys = { old: fakeKey(61), fresh: fakeKey(62), later: fakeKey(63), mainOnly: fakeKey(64) }
    repo.write('.env', `${envLine(keys.old)}\n`)
    repo.write('app/config.py', ['import os', '', 'TIMEOUT = 3', ''].join('\n'))
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    repo.write('app/config.py', ['import os', '', pyLine(keys.fresh), 'TIMEOUT = 3', ''].join('\n'))
    const first = repo.commit('add key')
    const later = ['import os', '', pyLine(keys.fresh), 'TIMEOUT = 3', '', pyLine(keys.later), '']
    repo.write('app/config.py', later.join('\n'))
    const second = repo.commit('add another')
    // main moves on after the branch point: nothing there belongs to the PR.
    repo.git('checkout', '-q', 'main')
    repo.write('main.env', `${envLine(keys.mainOnly)}\n`)
    repo.commit('main only')
    repo.git('checkout', '-q', 'pr')
    const { hits: found, stats } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['app/config.py:3 fresh', 'app/config.py:6 later'])
    expect(found.map((hit) => hit.commit)).toEqual([first, second])
    expect(found.every((hit) => hit.inHead === true)).toBe(true)
    expect(stats.commits).toBe(2)
    expect(stats.files).toBe(1)
  })

  it('does not call a key new when the base version of the same file had it (moved, renamed)', async () => {
    const keys = { moved: fakeKey(65), renamed: fakeKey(66) }
    repo.write('.env', `A=1\n${envLine(keys.moved)}\nB=2\n`)
    const rest = Array.from({ length: 12 }, (_, i) => `SETTING_${i}=${i}`).join('\n')
    repo.write('conf/old.env', `${envLine(keys.renamed)}\n${rest}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // Each key's line is edited, so the key shows on an added line and its file is read.
    repo.write('.env', `${envLine(keys.moved)} # moved\nA=1\nB=2\nC=3\n`)
    repo.git('mv', 'conf/old.env', 'conf/new.env')
    repo.write('conf/new.env', `${envLine(keys.renamed)} # renamed\n${rest}\nW=4\n`)
    repo.commit('shuffle')
    const { fragments } = await collect(diffSource({ base: 'main', head: 'pr' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file).sort()).toEqual(['.env', 'conf/new.env'])
    const { hits: found } = await hits(diffSource({ base: 'main', head: 'pr' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual([])
  })

  it('never reads a file whose added lines hold no run of exactly 32 letters and digits, however much it says Mistral', async () => {
    const keys = { fresh: fakeKey(77) }
    const longName = 'chatCompletionStreamRequestHandler'
    repo.write('notes.md', '# Mistral\n')
    repo.write('long.py', 'import mistralai\n')
    repo.write('key.py', 'import mistralai\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // 31 letters and digits on a line: no key can be there.
    repo.write('notes.md', `# Mistral\nmistral model ${'a1'.repeat(15)}b and MISTRAL_API_KEY\n`)
    // 34 in a row: part of a longer token, never a candidate, so not read either.
    repo.write('long.py', `import mistralai\n${longName} = 1\n`)
    repo.write('key.py', `import mistralai\n${pyLine(keys.fresh)}\n`)
    repo.commit('edits')
    const { fragments, stats } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file).sort()).toEqual(['key.py'])
    // Every changed file counts as scanned; only the one read adds bytes.
    expect(stats.files).toBe(3)
    const read = fragments.reduce((sum, fragment) => sum + Buffer.byteLength(fragment.text), 0)
    expect(stats.bytes).toBe(read)
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['key.py:2 fresh'])
  })

  it('never reads a file whose added runs cannot be keys by their shape (words, digests), and reads one that may', async () => {
    const keys = { fresh: fakeKey(80) }
    repo.write('words.ts', '// mistral client\n')
    repo.write('digest.py', 'import mistralai\n')
    repo.write('mixed.py', 'import mistralai\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // Exactly 32 letters and digits, but an identifier made of words, and a hex digest: the detector drops both
    // on their characters alone, before it looks at anything around them.
    repo.write('words.ts', '// mistral client\nconst completionStreamRequestHandlerV2 = mistral.chat\n')
    repo.write('digest.py', `import mistralai\nMISTRAL_SHA = "${'0123456789abcdef'.repeat(2)}"\n`)
    // A word beside a key on the added lines: the file is read, and the key found.
    repo.write('mixed.py', `import mistralai\nhandler = "completionStreamRequestHandlerV2"\n${pyLine(keys.fresh)}\n`)
    repo.commit('edits')
    const { fragments, stats } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file)).toEqual(['mixed.py'])
    expect(stats.files).toBe(3)
    expect(stats.bytes).toBe(Buffer.byteLength(fragments[0]!.text))
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['mixed.py:3 fresh'])
  })

  it('never reads a file whose new runs their own lines rule out (ids, other providers), and reads the rest', async () => {
    const runs = { trace: fakeKey(81), cohere: fakeKey(82), accented: fakeKey(83), fresh: fakeKey(84) }
    for (const file of ['trace.py', 'cohere.env', 'accented.py', 'open.py']) repo.write(file, 'import mistralai\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // Random runs, key-shaped, in files that name Mistral: only their labels say they are not Mistral keys.
    repo.write('trace.py', `import mistralai\ntrace_id = "${runs.trace}"\nlog(request_id="${runs.trace}")\n`)
    repo.write('cohere.env', `# mistral and cohere\nCOHERE_API_KEY=${runs.cohere}\n`)
    // The same label on a line past ASCII: its text depends on how the whole file decodes, so the file is read.
    repo.write('accented.py', `import mistralai\ntrace_id = "${runs.accented}"  # café\n`)
    // One run ruled out, one left open on another line: read, and the open one found.
    repo.write('open.py', `import mistralai\ntrace_id = "${runs.trace}"\n${pyLine(runs.fresh)}\n`)
    repo.commit('edits')
    const { fragments, stats } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file).sort()).toEqual(['accented.py', 'open.py'])
    expect(stats.files).toBe(4)
    const read = fragments.reduce((sum, fragment) => sum + Buffer.byteLength(fragment.text), 0)
    expect(stats.bytes).toBe(read)
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(runs))).toEqual(['open.py:3 fresh'])
  })

  it('rules a run out only when every line it stands on does, and still skips an identifier used all over', async () => {
    const runs = { both: fakeKey(85) }
    repo.write('mixed.py', 'import mistralai\n')
    repo.write('handler.ts', '// mistral client\n')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    // The same random run as a trace id and as a bare value: the second line leaves it open, so the file is read.
    repo.write('mixed.py', `import mistralai\ntrace_id = "${runs.both}"\nvalues = ["${runs.both}"]\n`)
    // A word-made identifier on 80 added lines: one run, judged once by its characters; never read.
    const uses = Array.from({ length: 80 }, (_, i) => `const handler${i} = completionStreamRequestHandlerV2(${i})`)
    repo.write('handler.ts', `// mistral client\n${uses.join('\n')}\n`)
    repo.commit('edits')
    const { fragments } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file)).toEqual(['mixed.py'])
  })

  it('judges only the added lines: a key on an unchanged line of a read file is not reported', async () => {
    const keys = { old: fakeKey(78), fresh: fakeKey(79) }
    repo.write('.env', `${envLine(keys.old)}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    repo.write('.env', `${envLine(keys.old)}\n${envLine(keys.fresh)}\n`)
    repo.commit('add')
    const { fragments } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect([...fragments[0]!.addedLines!]).toEqual([2])
    const { detect } = await import('../../src/detect/detector.js')
    const judged = detect(fragments[0]!.text, { lines: fragments[0]!.addedLines! })
    expect(judged.map((match) => match.line)).toEqual([2])
  })

  it('reads context from the whole head blob, and handles odd paths, binaries, deletions and submodules', async () => {
    const keys = { odd: fakeKey(67) }
    repo.write('gone.txt', 'bye\n')
    repo.write('pic.bin', Buffer.from([1, 0, 2]))
    repo.commit('base')
    const sub = makeRepo()
    try {
      const subHead = sub.commit('sub')
      repo.git('checkout', '-q', '-b', 'pr')
      repo.git('rm', '-q', 'gone.txt')
      repo.write('pic.bin', Buffer.from([1, 0, 3, 4]))
      repo.write('dir "x"/new\nfile é.env', `# settings\n${envLine(keys.odd)}\n`)
      repo.git('update-index', '--add', '--cacheinfo', `160000,${subHead},vendor/sub`)
      repo.commit('odd change')
    } finally {
      sub.remove()
    }
    const { fragments, stats } = await collect(diffSource({ base: 'main' }), repo.dir)
    expect(fragments.map((fragment) => fragment.file)).toEqual(['dir "x"/new\nfile é.env'])
    expect(fragments[0].text).toBe(`# settings\n${envLine(keys.odd)}\n`)
    expect([...fragments[0].addedLines!]).toEqual([1, 2])
    expect(stats.skipped).toBe(1)
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['dir "x"/new\nfile é.env:2 odd'])
  })

  it('streams big blobs: a key added to a 3 MB file is found at its line, one its base had is not new', async () => {
    const keys = { old: fakeKey(70), fresh: fakeKey(71), staged: fakeKey(72) }
    const filler = Array.from({ length: 60_000 }, (_, i) => `row ${i} = "${'v'.repeat(40)}"`)
    const base = [envLine(keys.old), ...filler]
    repo.write('data.env', `${base.join('\n')}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    const head = [envLine(keys.old), ...filler, envLine(keys.fresh)]
    repo.write('data.env', `${head.join('\n')}\n`)
    repo.commit('add key at the end')
    const name = namer(keys)
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, name)).toEqual([`data.env:${head.length} fresh`])
    // The same through the index; the key the base version already had is still not new.
    repo.write('data.env', `${envLine(keys.staged)}\n${head.join('\n')}\n`)
    repo.git('add', 'data.env')
    const staged = await hits(stagedSource, repo.dir)
    expect(describeHits(staged.hits, name)).toEqual(['data.env:1 staged'])
    expect(staged.stats.bytes).toBeGreaterThan(3_000_000)
  })

  it('maps added lines through many hunks and a 10 MB line', async () => {
    const keys = { deep: fakeKey(68), minified: fakeKey(69) }
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i + 1}`)
    const filler = 'x'.repeat(10 * 1024 * 1024)
    repo.write('long.txt', `${lines.join('\n')}\n`)
    repo.write('bundle.js', `${filler}\n`)
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    const edited = [...lines]
    edited.splice(10, 1, 'changed 11')
    edited.splice(100, 0, pyLine(keys.deep))
    edited.splice(150, 2)
    repo.write('long.txt', `${edited.join('\n')}\n`)
    repo.write('bundle.js', `${filler}\nconst mistral_key="${keys.minified}";${filler}\n`)
    repo.commit('edits')
    const { fragments } = await collect(diffSource({ base: 'main' }), repo.dir)
    const long = fragments.find((fragment) => fragment.file === 'long.txt')!
    expect([...long.addedLines!].sort((a, b) => a - b)).toEqual([11, 101])
    const bundle = fragments.find((fragment) => fragment.file === 'bundle.js')!
    expect([...bundle.addedLines!]).toEqual([2])
    const { hits: found } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['bundle.js:2 minified', 'long.txt:101 deep'])
  })

  it('reads a UTF-16 file git calls binary, and reports only keys its base version lacked', async () => {
    const keys = { old: fakeKey(75), fresh: fakeKey(76) }
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    repo.write('win.env', utf16(`${envLine(keys.old)}\r\n`))
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'pr')
    repo.write('win.env', utf16(`${envLine(keys.old)}\r\n${envLine(keys.fresh)}\r\n`))
    repo.commit('add')
    const { hits: found, stats } = await hits(diffSource({ base: 'main' }), repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['win.env:2 fresh'])
    expect(stats.skipped).toBe(0)
  })

  it('fails with a usage error naming a bad revision', async () => {
    repo.write('a', '1\n')
    repo.commit('one')
    await expect(collect(diffSource({ base: 'no-such-branch' }), repo.dir)).rejects.toThrow(UsageError)
    const bad = collect(diffSource({ base: 'no-such-branch' }), repo.dir)
    await expect(bad).rejects.toThrow(/'no-such-branch' for --base/)
    await expect(collect(diffSource({ base: '--output=/tmp/x' }), repo.dir)).rejects.toThrow(/Invalid revision/)
  })
})

describe('staged source', () => {
  let repo: TestRepo
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => repo.remove())

  it('reports only keys the next commit adds, read from the index', async () => {
    const keys = { committed: fakeKey(71), staged: fakeKey(72), unstaged: fakeKey(73) }
    repo.write('.env', `${envLine(keys.committed)}\n`)
    repo.write('app.py', 'print(1)\n')
    repo.commit('base')
    repo.write('app.py', `print(1)\n${pyLine(keys.staged)}\n`)
    repo.git('add', 'app.py')
    repo.write('app.py', `print(1)\n${pyLine(keys.staged)}\n${pyLine(keys.unstaged)}\n`)
    repo.write('.env', `${envLine(keys.committed)}\nMORE=1\n`)
    repo.git('add', '.env')
    const { hits: found } = await hits(stagedSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['app.py:2 staged'])
    expect(found[0]).toMatchObject({ commit: null, inHead: true })
  })

  it('never reads a staged file whose new runs their own lines rule out', async () => {
    const runs = { trace: fakeKey(75), fresh: fakeKey(76) }
    repo.write('trace.py', 'import mistralai\n')
    repo.write('key.py', 'import mistralai\n')
    repo.commit('base')
    repo.write('trace.py', `import mistralai\nspan_id = "${runs.trace}"\n`)
    repo.write('key.py', `import mistralai\n${pyLine(runs.fresh)}\n`)
    repo.git('add', 'trace.py', 'key.py')
    const { fragments, stats } = await collect(stagedSource, repo.dir)
    expect(fragments.map((fragment) => fragment.file)).toEqual(['key.py'])
    expect(stats.files).toBe(2)
    const { hits: found } = await hits(stagedSource, repo.dir)
    expect(describeHits(found, namer(runs))).toEqual(['key.py:2 fresh'])
  })

  it('treats everything staged before the first commit as new', async () => {
    const keys = { first: fakeKey(74) }
    repo.write('.env', `${envLine(keys.first)}\n`)
    repo.git('add', '.env')
    const { hits: found } = await hits(stagedSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['.env:1 first'])
  })
})
