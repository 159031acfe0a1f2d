import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { detect, mentionsMistralBytes } from '../../src/detect/detector.js'
import { treeSource } from '../../src/sources/tree.js'
import { fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { collect, describeHits, envLine, hits, namer, pyLine, testDetector } from './collect.js'

describe('tree source', () => {
  let repo: TestRepo
  const cleanup: string[] = []
  beforeEach(() => {
    repo = makeRepo()
  })
  afterEach(() => {
    repo.remove()
    for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('reads tracked and untracked files, not ignored ones', async () => {
    const keys = { tracked: fakeKey(1), untracked: fakeKey(2), ignored: fakeKey(3) }
    repo.write('.gitignore', 'secret.env\n')
    repo.write('app/config.py', `${pyLine(keys.tracked)}\n`)
    repo.commit('tracked')
    repo.write('.env', `${envLine(keys.untracked)}\n`)
    repo.write('secret.env', `${envLine(keys.ignored)}\n`)
    const { hits: found } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['.env:1 untracked', 'app/config.py:1 tracked'])
    expect(found.every((hit) => hit.commit === null && hit.inHead === true)).toBe(true)
  })

  it('reads the working tree as it is, and counts files deleted from it', async () => {
    const keys = { edited: fakeKey(4) }
    repo.write('a.env', 'MISTRAL_API_KEY=\n')
    repo.write('gone.env', 'x\n')
    repo.commit('start')
    repo.write('a.env', `${envLine(keys.edited)}\n`)
    rmSync(path.join(repo.dir, 'gone.env'))
    const { hits: found, stats } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['a.env:1 edited'])
    expect(stats.skipped).toBe(1)
    expect(stats.files).toBe(1)
  })

  it('keeps odd paths exactly as git stores them', async () => {
    const keys = { space: fakeKey(5), quote: fakeKey(6), newline: fakeKey(7), accents: fakeKey(8) }
    repo.write('dir with space/a b.env', `${envLine(keys.space)}\n`)
    repo.write('quo"te\'s.env', `${envLine(keys.quote)}\n`)
    repo.write('new\nline.env', `${envLine(keys.newline)}\n`)
    repo.write('ünïcødé/日本.env', `${envLine(keys.accents)}\n`)
    repo.commit('odd names')
    const { hits: found } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys)).sort()).toEqual(
      [
        'dir with space/a b.env:1 space',
        'new\nline.env:1 newline',
        'quo"te\'s.env:1 quote',
        'ünïcødé/日本.env:1 accents',
      ].sort(),
    )
  })

  it('never follows a symlink out of the repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mg-outside-'))
    cleanup.push(outside)
    writeFileSync(path.join(outside, '.env'), `${envLine(fakeKey(9))}\n`)
    mkdirSync(path.join(outside, 'dir'))
    writeFileSync(path.join(outside, 'dir', 'k.env'), `${envLine(fakeKey(10))}\n`)
    symlinkSync(path.join(outside, '.env'), path.join(repo.dir, 'linked.env'))
    symlinkSync(path.join(outside, 'dir'), path.join(repo.dir, 'linkdir'))
    repo.write('plain.txt', 'nothing\n')
    repo.commit('links')
    const { hits: found } = await hits(treeSource, repo.dir)
    expect(found).toEqual([])
  })

  it('counts a tracked file replaced by a FIFO, a symlink or a folder as skipped, never waiting on a FIFO', async () => {
    const keys = { kept: fakeKey(19) }
    for (const name of ['fifo.env', 'link.env', 'folder.env']) repo.write(name, 'A=1\n')
    repo.write('kept.env', `${envLine(keys.kept)}\n`)
    repo.commit('files')
    rmSync(path.join(repo.dir, 'fifo.env'))
    execFileSync('mkfifo', [path.join(repo.dir, 'fifo.env')])
    rmSync(path.join(repo.dir, 'link.env'))
    symlinkSync(path.join(repo.dir, 'kept.env'), path.join(repo.dir, 'link.env'))
    rmSync(path.join(repo.dir, 'folder.env'))
    mkdirSync(path.join(repo.dir, 'folder.env'))
    const { hits: found, stats } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['kept.env:1 kept'])
    // The folder is taken for a submodule: not descended, not counted.
    expect(stats).toMatchObject({ files: 1, skipped: 2 })
  })

  it('skips a tracked path whose directory became a symlink out of the repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mg-outside-'))
    cleanup.push(outside)
    repo.write('conf/app.env', 'A=1\n')
    repo.commit('conf')
    writeFileSync(path.join(outside, 'app.env'), `${envLine(fakeKey(11))}\n`)
    rmSync(path.join(repo.dir, 'conf'), { recursive: true })
    symlinkSync(outside, path.join(repo.dir, 'conf'))
    const { hits: found, stats } = await hits(treeSource, repo.dir)
    expect(found).toEqual([])
    // The tracked file behind the link, and the link itself (listed as an untracked file).
    expect(stats.skipped).toBe(2)
  })

  it('does not descend into a nested repository or submodule, and does not crash on one', async () => {
    const sub = makeRepo()
    cleanup.push(sub.dir)
    sub.write('.env', `${envLine(fakeKey(12))}\n`)
    const subHead = sub.commit('sub')
    // A gitlink in the index, with the nested repository checked out at its path.
    repo.git('clone', '-q', sub.dir, 'vendor/sub')
    repo.git('update-index', '--add', '--cacheinfo', `160000,${subHead},vendor/sub`)
    repo.write('readme.md', 'hi\n')
    repo.commit('with submodule')
    const { hits: found } = await hits(treeSource, repo.dir)
    expect(found).toEqual([])
  })

  it('skips binary files with a count, decodes UTF-16, keeps CRLF lines', async () => {
    const keys = { utf16: fakeKey(13), crlf: fakeKey(14), binary: fakeKey(15) }
    const utf16 = Buffer.from(`${envLine(keys.utf16)}\r\n`, 'utf16le')
    repo.write('win.env', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))
    repo.write('crlf.env', `# config\r\nOTHER=1\r\n${envLine(keys.crlf)}\r\n`)
    repo.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(envLine(keys.binary))]))
    repo.write('video.mp4', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.alloc(3 * 1024 * 1024, 7)]))
    repo.commit('encodings')
    const { hits: found, stats } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['crlf.env:3 crlf', 'win.env:1 utf16'])
    expect(stats.skipped).toBe(2)
    expect(stats.files).toBe(2)
    // The big binary was recognised from its first bytes, not read.
    expect(stats.bytes).toBeLessThan(1024 * 1024)
  })

  it('finds a key in a 10 MB single line', async () => {
    const keys = { big: fakeKey(16) }
    const filler = 'var a=1;'.repeat((10 * 1024 * 1024) / 8)
    repo.write('dist/app.min.js', `${filler}const mistralApiKey="${keys.big}";${filler}\n`)
    repo.commit('minified')
    const { fragments, stats } = await collect(treeSource, repo.dir)
    expect(fragments).toHaveLength(1)
    expect(stats.bytes).toBeGreaterThan(20 * 1024 * 1024)
    const { hits: found } = await hits(treeSource, repo.dir)
    expect(describeHits(found, namer(keys))).toEqual(['dist/app.min.js:1 big'])
  })

  describe('a big file, with the byte test the pipeline gives the detector', () => {
    const MB = 1024 * 1024
    const filler = (bytes: number) => 'var a=1;'.repeat(Math.ceil(bytes / 8)).slice(0, bytes)
    let calls = 0
    // The real detector, counting the windows of text it is asked to look at.
    const detector = {
      ...testDetector,
      mentionsBytes: mentionsMistralBytes,
      detect: (text: string, options?: Parameters<typeof detect>[1]) => {
        calls++
        return detect(text, options)
      },
    }
    beforeEach(() => {
      calls = 0
    })

    it('is read once and never decoded when it names no keyword', async () => {
      repo.write('dist/plain.js', filler(3 * MB))
      repo.commit('bundle')
      const { fragments, stats } = await collect(treeSource, repo.dir, detector)
      expect(fragments.map((fragment) => [fragment.file, fragment.matches])).toEqual([['dist/plain.js', []]])
      expect(stats).toMatchObject({ files: 1, bytes: 3 * MB, skipped: 0 })
      expect(calls).toBe(0)
    })

    it('is scanned whole when a keyword shows up, even cut by a chunk boundary or past the first MB', async () => {
      const keys = { split: fakeKey(17), late: fakeKey(18) }
      // `mistral` starts 3 bytes before the end of the first chunk the byte test reads (1 MB and 16 bytes).
      repo.write('dist/split.js', `${filler(MB + 16 - 3)}mistralApiKey="${keys.split}";\n${filler(2 * MB)}\n`)
      repo.write('dist/late.js', `${filler(5 * MB)}\nconst mistralApiKey = "${keys.late}"\n`)
      repo.commit('bundles')
      const { hits: found, stats } = await hits(treeSource, repo.dir, detector)
      expect(describeHits(found, namer(keys))).toEqual(['dist/late.js:2 late', 'dist/split.js:1 split'])
      expect(stats.files).toBe(2)
      expect(calls).toBeGreaterThan(0)
    })
  })
})
