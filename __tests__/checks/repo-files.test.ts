import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MAX_TEXT_BYTES, RepoFiles } from '../../src/checks/repo-files.js'
import { makeRepo } from '../helpers/repo.js'

async function textsOf(files: RepoFiles): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for await (const { path: file, text } of files.texts(() => true)) out[file] = text
  return out
}

describe('RepoFiles', () => {
  it('lists tracked and new files in tree mode, only the index in staged mode, never ignored files', async () => {
    const repo = makeRepo()
    try {
      repo.write('.gitignore', '.env\n')
      repo.write('a.txt', 'committed\n')
      repo.commit('one')
      repo.write('.env', 'ignored\n')
      repo.write('new.txt', 'untracked\n')
      repo.write('staged.txt', 'in the index\n')
      repo.git('add', 'staged.txt')
      repo.write('staged.txt', 'changed since\n')

      const tree = await RepoFiles.open(repo.dir, 'tree')
      expect(tree.paths).toEqual(['.gitignore', 'a.txt', 'new.txt', 'staged.txt'])
      expect(tree.trackedPaths).toEqual(['.gitignore', 'a.txt', 'staged.txt'])
      expect((await textsOf(tree))['staged.txt']).toBe('changed since\n')

      const staged = await RepoFiles.open(repo.dir, 'staged')
      expect(staged.paths).toEqual(['.gitignore', 'a.txt', 'staged.txt'])
      expect((await textsOf(staged))['staged.txt']).toBe('in the index\n')
    } finally {
      repo.remove()
    }
  })

  it('in staged mode reads the staged bytes whatever the work tree holds', async () => {
    const repo = makeRepo()
    try {
      // Checked out with CRLF (an eol attribute), stored with LF: the work tree's copy is not the blob.
      repo.write('.gitattributes', 'crlf.txt text eol=crlf\n')
      repo.write('crlf.txt', 'one\ntwo\n')
      repo.write('same.txt', 'unchanged\n')
      repo.write('linked.txt', 'linked\n')
      repo.write('gone.txt', 'deleted from the work tree only\n')
      repo.write('folder', 'a file in the index, a folder on disk\n')
      repo.write('grown.txt', 'small when staged\n')
      // Read from the work tree past its first read, and a staged blob over the limit passed over.
      const middling = 'n'.repeat(64 * 1024 + 1) + 'more\n'.repeat(30_000)
      repo.write('middling.txt', middling)
      repo.write('big.txt', 'b'.repeat(MAX_TEXT_BYTES + 1))
      repo.git('add', '-A')
      repo.git('rm', '-q', '--cached', 'crlf.txt')
      repo.git('add', 'crlf.txt')
      repo.write('crlf.txt', 'one\r\ntwo\r\n')
      rmSync(path.join(repo.dir, 'gone.txt'))
      rmSync(path.join(repo.dir, 'folder'))
      mkdirSync(path.join(repo.dir, 'folder'))
      writeFileSync(path.join(repo.dir, 'grown.txt'), 'x'.repeat(MAX_TEXT_BYTES + 10))
      // A FIFO must not hang the read; a symlink is not followed, even to the same bytes: the blob is read instead.
      rmSync(path.join(repo.dir, 'same.txt'))
      execFileSync('mkfifo', [path.join(repo.dir, 'same.txt')])
      writeFileSync(path.join(repo.dir, 'elsewhere.txt'), 'linked\n')
      rmSync(path.join(repo.dir, 'linked.txt'))
      symlinkSync(path.join(repo.dir, 'elsewhere.txt'), path.join(repo.dir, 'linked.txt'))
      expect(repo.git('show', ':crlf.txt')).toBe('one\ntwo\n')

      const staged = await RepoFiles.open(repo.dir, 'staged')
      const texts = await textsOf(staged)
      expect(texts['crlf.txt']).toBe('one\ntwo\n')
      expect(texts['same.txt']).toBe('unchanged\n')
      expect(texts['gone.txt']).toBe('deleted from the work tree only\n')
      expect(texts['folder']).toBe('a file in the index, a folder on disk\n')
      expect(texts['grown.txt']).toBe('small when staged\n')
      expect(texts['linked.txt']).toBe('linked\n')
      expect(texts['middling.txt']).toBe(middling)
      expect([...staged.skipped]).toEqual(['big.txt'])
    } finally {
      repo.remove()
    }
  })

  it('reads odd names exactly, and passes over binary, huge, symlinked and submodule entries with a count', async () => {
    const repo = makeRepo()
    try {
      const odd = ['new\nline.txt', 'tab\there.txt', 'ünïcödé/"quoted".txt', ' leading space.txt', '-dash.txt']
      for (const file of odd) repo.write(file, `${file}\n`)
      repo.write('bin.dat', Buffer.from([0x50, 0x4b, 0x00, 0x01]))
      repo.write('huge.txt', 'y'.repeat(MAX_TEXT_BYTES + 1))
      repo.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('after bom\n')]))
      symlinkSync('/etc/passwd', path.join(repo.dir, 'link.txt'))
      repo.commit('odd')
      const head = repo.git('rev-parse', 'HEAD').trim()
      repo.git('update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`)

      for (const mode of ['tree', 'staged'] as const) {
        const files = await RepoFiles.open(repo.dir, mode)
        expect(files.has('vendor/sub')).toBe(false)
        const texts = await textsOf(files)
        for (const file of odd) expect(texts[file]).toBe(`${file}\n`)
        expect(texts['bom.txt']).toBe('after bom\n')
        expect(Object.keys(texts)).not.toEqual(expect.arrayContaining(['bin.dat']))
        expect([...files.skipped].sort()).toEqual(['bin.dat', 'huge.txt', 'link.txt'])
      }
    } finally {
      repo.remove()
    }
  })

  it('reads the work tree whatever has replaced a tracked file, never following a symlink nor waiting on a FIFO', async () => {
    const repo = makeRepo()
    try {
      for (const name of ['dir.txt', 'link.txt', 'fifo.txt', 'gone.txt', 'grown.txt', 'edge.txt', 'bin.txt', 'plain.txt']) {
        repo.write(name, `${name}\n`)
      }
      // Bigger than a first read (64 KB): measured, then read to its end.
      const middling = 'm'.repeat(64 * 1024) + 'iddle\n'.repeat(20_000)
      repo.write('middling.txt', middling)
      repo.commit('files')
      rmSync(path.join(repo.dir, 'dir.txt'))
      mkdirSync(path.join(repo.dir, 'dir.txt'))
      rmSync(path.join(repo.dir, 'link.txt'))
      symlinkSync('/etc/passwd', path.join(repo.dir, 'link.txt'))
      rmSync(path.join(repo.dir, 'fifo.txt'))
      execFileSync('mkfifo', [path.join(repo.dir, 'fifo.txt')])
      rmSync(path.join(repo.dir, 'gone.txt'))
      writeFileSync(path.join(repo.dir, 'grown.txt'), 'g'.repeat(MAX_TEXT_BYTES + 1))
      writeFileSync(path.join(repo.dir, 'edge.txt'), 'e'.repeat(MAX_TEXT_BYTES))
      writeFileSync(path.join(repo.dir, 'bin.txt'), Buffer.concat([Buffer.from('text, then '), Buffer.from([0])]))

      for (const mode of ['tree', 'diff'] as const) {
        const files = await RepoFiles.open(repo.dir, mode)
        const texts = await textsOf(files)
        // A FIFO nobody writes to reads as empty; a folder and a symlink are not read at all. plain.txt is read
        // after the two large files (path order) into the same buffer, and holds only its own bytes.
        expect(texts).toEqual({
          'edge.txt': 'e'.repeat(MAX_TEXT_BYTES),
          'fifo.txt': '',
          'middling.txt': middling,
          'plain.txt': 'plain.txt\n',
        })
        // Gone, too large, binary: passed over and counted.
        expect([...files.skipped].sort()).toEqual(['bin.txt', 'gone.txt', 'grown.txt'])
      }
    } finally {
      repo.remove()
    }
  })

  it('hands back a file its bytes rule out undecoded, and still reads it whole when asked again', async () => {
    const repo = makeRepo()
    try {
      repo.write('keep.txt', 'wanted\n')
      repo.write('skim.txt', 'not wanted\n')
      repo.write('bin.dat', Buffer.from([0x77, 0x00]))
      repo.commit('files')
      for (const mode of ['tree', 'staged'] as const) {
        const files = await RepoFiles.open(repo.dir, mode)
        const seen: string[] = []
        const worth = (file: string, bytes: Buffer) => {
          seen.push(`${file}:${bytes.toString('utf8')}`)
          return bytes.includes('wanted\n') && !bytes.includes('not')
        }
        const handed: Array<[string, string | null]> = []
        for await (const { path: file, text } of files.texts(() => true, worth)) handed.push([file, text])
        // A binary file is passed over before any gate sees it.
        expect(handed).toEqual([
          ['keep.txt', 'wanted\n'],
          ['skim.txt', null],
        ])
        expect(seen).toEqual(['keep.txt:wanted\n', 'skim.txt:not wanted\n'])
        expect([...files.skipped]).toEqual(['bin.dat'])
        expect(await files.read('skim.txt')).toBe('not wanted\n')
      }
    } finally {
      repo.remove()
    }
  })

  it("reads HEAD's tree in a bare repository, and nothing in an empty one", async () => {
    const work = makeRepo()
    const bare = makeRepo({ bare: true })
    try {
      expect((await RepoFiles.open(bare.dir, 'tree')).paths).toEqual([])
      work.write('dir/a.txt', 'A\n')
      work.write('big.txt', 'z'.repeat(MAX_TEXT_BYTES + 10))
      work.write('dir/b.txt', 'B\n')
      work.commit('files')
      work.git('push', '-q', bare.dir, 'main')
      const files = await RepoFiles.open(bare.dir, 'tree')
      expect(files.bare).toBe(true)
      expect(await textsOf(files)).toEqual({ 'dir/a.txt': 'A\n', 'dir/b.txt': 'B\n' })
      expect([...files.skipped]).toEqual(['big.txt'])
      expect(await files.read('dir/b.txt')).toBe('B\n')
      expect(await files.read('missing.txt')).toBeNull()
    } finally {
      work.remove()
      bare.remove()
    }
  })

  it('matches globs with dot files included', async () => {
    const repo = makeRepo()
    try {
      repo.write('.env.example', 'A=\n')
      repo.write('svc/.env.prod.example', 'A=\n')
      repo.write('svc/readme.md', 'x\n')
      repo.commit('files')
      const files = await RepoFiles.open(repo.dir, 'tree')
      expect(files.match(['.env.example', '**/.env.*.example'])).toEqual(['.env.example', 'svc/.env.prod.example'])
      expect(files.match([])).toEqual([])
    } finally {
      repo.remove()
    }
  })
})
