// Odd repositories the scanner meets in the wild (issue #5, Hardening): each is built for real with git.
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { GIT_TEST_ENV, makeRepo, type TestRepo } from '../helpers/repo.js'
import { runCli, stackTraceLines, type CliResult } from './cli.js'
import { envLeak, jsonReport, pythonLeak, safe } from './leaks.js'
import { SCAN } from './scan-flags.js'

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((remove) => remove()))

function repo(options: { bare?: boolean } = {}): TestRepo {
  const made = makeRepo({ ...options, prefix: 'mg-hard-repo-' })
  cleanup.push(() => made.remove())
  return made
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_TEST_ENV }, encoding: 'utf8', stdio: 'pipe' })
}

/** A run that ended as a clear error: exit 2, a one-line reason, no stack trace, no report on stdout. */
function expectCleanError(result: CliResult, reason: RegExp): void {
  expect({ code: result.code, stderr: safe(result.stderr) }).toEqual({ code: 2, stderr: expect.stringMatching(reason) })
  expect(stackTraceLines(result.stderr)).toEqual([])
  expect(result.stdout.trim()).toBe('')
}

/** A run that completed (pass or policy failure), printed a JSON report and no stack trace. */
function expectCompleted(result: CliResult): void {
  if (result.code !== 0 && result.code !== 1) throw new Error(`exit ${result.code}: ${safe(result.stderr).slice(0, 400)}`)
  expect(stackTraceLines(result.stderr)).toEqual([])
}

const files = (result: CliResult): string[] => jsonReport(result).findings.map((f) => f.file).sort()

describe('repository shapes', () => {
  test('not a git repository: a clear exit 2 (or a real scan that finds the key), never a silent pass', async () => {
    const dir = tempDir('mg-hard-plain-')
    const key = fakeKey(5001)
    writeFileSync(path.join(dir, '.env'), envLeak(key))

    for (const mode of ['tree', 'staged', 'history']) {
      const result = await runCli([...SCAN, '--mode', mode, '--format', 'json'], dir)
      expectNoKey(result.stdout + result.stderr, [key])
      if (result.code === 2) expectCleanError(result, /not (in )?a git repository/i)
      else expect({ mode, code: result.code, files: files(result) }).toEqual({ mode, code: 1, files: ['.env'] })
    }
  })

  test('no commits yet: tree and staged scan the files, history passes with nothing to scan', async () => {
    const r = repo()
    const key = fakeKey(5002)
    r.write('.env', envLeak(key))

    const tree = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], r.dir)
    expect({ code: tree.code, files: files(tree) }).toEqual({ code: 1, files: ['.env'] })

    r.git('add', '.env')
    const staged = await runCli([...SCAN, '--mode', 'staged', '--format', 'json'], r.dir)
    expect({ code: staged.code, files: files(staged) }).toEqual({ code: 1, files: ['.env'] })

    const history = await runCli([...SCAN, '--mode', 'history', '--format', 'json'], r.dir)
    expectCompleted(history)
    expect(jsonReport(history).findings).toEqual([])

    const diff = await runCli([...SCAN, '--mode', 'diff', '--base', 'HEAD', '--format', 'json'], r.dir)
    expectCleanError(diff, /HEAD/)
  })

  test('detached HEAD: tree and history still find the key', async () => {
    const r = repo()
    const key = fakeKey(5003)
    r.write('app.py', pythonLeak(key))
    r.commit('add client')
    r.write('README.md', 'hello\n')
    r.commit('readme')
    r.git('checkout', '-q', '--detach', 'HEAD~1')

    const tree = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], r.dir)
    expect({ code: tree.code, files: files(tree) }).toEqual({ code: 1, files: ['app.py'] })
    const history = await runCli([...SCAN, '--mode', 'history', '--format', 'json'], r.dir)
    expect({ code: history.code, files: files(history) }).toEqual({ code: 1, files: ['app.py'] })
  })

  test('shallow clone: history scans what is there, a diff beyond the boundary is a clear error', async () => {
    const origin = repo()
    const old = fakeKey(5004)
    const kept = fakeKey(5005)
    origin.write('old.env', envLeak(old))
    origin.commit('old key')
    origin.git('rm', '-q', 'old.env')
    origin.commit('remove old key')
    origin.write('app.py', pythonLeak(kept))
    origin.commit('new key')
    const clone = tempDir('mg-hard-shallow-')
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${origin.dir}`, clone)

    const history = await runCli([...SCAN, '--mode', 'history', '--format', 'json'], clone)
    expect({ code: history.code, files: files(history) }).toEqual({ code: 1, files: ['app.py'] })
    expect(jsonReport(history).findings[0]?.inHead).toBe(true)
    expectNoKey(history.stdout + history.stderr, [old, kept])

    const diff = await runCli([...SCAN, '--mode', 'diff', '--base', 'HEAD~2', '--format', 'json'], clone)
    expectCleanError(diff, /HEAD~2/)
  })

  test('bare repository: history finds the key; tree has no working tree to scan', async () => {
    const work = repo()
    const key = fakeKey(5006)
    work.write('app.py', pythonLeak(key))
    work.commit('add client')
    const bare = tempDir('mg-hard-bare-')
    git(tmpdir(), 'clone', '-q', '--bare', work.dir, bare)

    const history = await runCli([...SCAN, '--mode', 'history', '--format', 'json'], bare)
    expect({ code: history.code, files: files(history) }).toEqual({ code: 1, files: ['app.py'] })

    const tree = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], bare)
    if (tree.code === 2) expectCleanError(tree, /bare|work(ing)? tree/i)
    else expect({ code: tree.code, files: files(tree) }).toEqual({ code: 1, files: ['app.py'] })
  })

  test('submodules: scanned as the superproject sees them (a gitlink, not files), never crashing', async () => {
    const sub = repo()
    const subKey = fakeKey(5007)
    sub.write('inner.env', envLeak(subKey))
    sub.commit('sub key')
    const sup = repo()
    const supKey = fakeKey(5008)
    sup.write('app.py', pythonLeak(supKey))
    execFileSync('git', ['-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'vendor/sub'], {
      cwd: sup.dir,
      env: { ...process.env, ...GIT_TEST_ENV },
      stdio: 'pipe',
    })
    sup.commit('add submodule and client')

    for (const mode of ['tree', 'history']) {
      const result = await runCli([...SCAN, '--mode', mode, '--format', 'json'], sup.dir)
      expect({ mode, code: result.code, files: files(result) }).toEqual({ mode, code: 1, files: ['app.py'] })
      expectNoKey(result.stdout + result.stderr, [subKey, supKey])
    }
  })

  test('symlinks are never followed out of the repository (files, folders, loops)', async () => {
    const outside = tempDir('mg-hard-outside-')
    const outsideKey = fakeKey(5009)
    writeFileSync(path.join(outside, 'secret.env'), envLeak(outsideKey))
    const r = repo()
    const insideKey = fakeKey(5010)
    r.write('app.py', pythonLeak(insideKey))
    symlinkSync(path.join(outside, 'secret.env'), path.join(r.dir, 'linked.env'))
    symlinkSync(outside, path.join(r.dir, 'linked-dir'))
    symlinkSync('loop', path.join(r.dir, 'loop'))
    symlinkSync('app.py', path.join(r.dir, 'alias.py'))
    // Half of them committed (history sees the link target as the blob), half untracked (tree sees them).
    r.git('add', 'app.py', 'linked.env', 'loop')
    r.commit('links')

    for (const mode of ['tree', 'history']) {
      const result = await runCli([...SCAN, '--mode', mode, '--format', 'json'], r.dir)
      expect({ mode, code: result.code, files: files(result) }).toEqual({ mode, code: 1, files: ['app.py'] })
    }
  })

  test('a file deleted in the working tree but still in the index: tree skips it and scans the rest', async () => {
    const r = repo()
    const gone = fakeKey(5011)
    const kept = fakeKey(5012)
    r.write('gone.env', envLeak(gone))
    r.write('app.py', pythonLeak(kept))
    r.commit('two keys')
    unlinkSync(path.join(r.dir, 'gone.env'))

    const tree = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], r.dir)
    expect({ code: tree.code, files: files(tree), stderr: safe(tree.stderr) }).toEqual({
      code: 1,
      files: ['app.py'],
      stderr: expect.not.stringMatching(/ENOENT/),
    })
    const staged = await runCli([...SCAN, '--mode', 'staged', '--format', 'json'], r.dir)
    expectCompleted(staged)
  })

  test('a linked worktree (.git is a file) and --repo to a path with spaces, from a subfolder', async () => {
    const r = repo()
    const key = fakeKey(5013)
    r.write('README.md', 'hi\n')
    r.commit('init')
    r.git('checkout', '-q', '-b', 'feature')
    r.write('app.py', pythonLeak(key))
    r.commit('key on a branch')
    r.git('checkout', '-q', 'main')
    const parent = tempDir('mg-hard-wt parent ')
    const worktree = path.join(parent, 'my worktree')
    r.git('worktree', 'add', '-q', worktree, 'feature')

    for (const mode of ['tree', 'history']) {
      const inside = await runCli([...SCAN, '--mode', mode, '--format', 'json'], worktree)
      expect({ mode, code: inside.code, files: files(inside) }).toEqual({ mode, code: 1, files: ['app.py'] })
      const fromElsewhere = await runCli([...SCAN, '--mode', mode, '--format', 'json', '--repo', worktree], r.dir)
      expect({ mode, code: fromElsewhere.code, files: files(fromElsewhere) }).toEqual({ mode, code: 1, files: ['app.py'] })
    }
    // History sees every ref, so the main worktree finds the branch's key too; its tree does not.
    const mainTree = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], r.dir)
    expect({ code: mainTree.code, files: files(mainTree) }).toEqual({ code: 0, files: [] })
    mkdirSync(path.join(worktree, 'sub folder'))
    const fromSubfolder = await runCli([...SCAN, '--mode', 'tree', '--format', 'json'], path.join(worktree, 'sub folder'))
    expect({ code: fromSubfolder.code, files: files(fromSubfolder) }).toEqual({ code: 1, files: ['app.py'] })
  })

  test('an empty folder and a repository with only a .gitignore scan cleanly', async () => {
    const r = repo()
    r.write('.gitignore', '*.log\n')
    r.commit('ignore logs')
    mkdirSync(path.join(r.dir, 'empty'))
    for (const mode of ['tree', 'staged', 'history']) {
      const result = await runCli([...SCAN, '--mode', mode, '--format', 'json'], r.dir)
      expectCompleted(result)
      expect(jsonReport(result).findings).toEqual([])
    }
  })
})
