// git failing mid-stream (issue #5, Hardening): a missing object or a killed git process is a clear
// error with exit 2, never a silent partial pass.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { ensureCliBuilt, runCli, spawnCli, stackTraceLines, type CliResult } from './cli.js'
import { envLeak, pythonLeak, safe } from './leaks.js'
import { SCAN } from './scan-flags.js'

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((remove) => remove()))

function repo(): TestRepo {
  const made = makeRepo({ prefix: 'mg-hard-git-' })
  cleanup.push(() => made.remove())
  return made
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Deletes the loose object file of `sha` (the repository must not be packed). */
function deleteObject(r: TestRepo, sha: string): void {
  const file = path.join(r.dir, '.git', 'objects', sha.slice(0, 2), sha.slice(2))
  expect(existsSync(file)).toBe(true)
  unlinkSync(file)
}

/** Exit 2, an error that says git failed, no report, no stack trace; and no key anywhere. */
function expectGitError(result: CliResult, keys: string[], output?: string): void {
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: '' })
  expect(safe(result.stderr)).toMatch(/git/i)
  expect(stackTraceLines(result.stderr)).toEqual([])
  if (output) expect(existsSync(output)).toBe(false)
  expectNoKey(result.stdout + result.stderr, keys)
}

/** A history of `count` commits, with a key in the first and in the last. */
function longHistory(count: number): { r: TestRepo; keys: string[] } {
  const r = repo()
  const keys = [fakeKey(9001), fakeKey(9002)]
  r.write('first.env', envLeak(keys[0]))
  r.commit('first')
  for (let i = 0; i < count; i++) {
    r.write(`src/module-${i}.ts`, `export const value${i} = ${i}\n`.repeat(40))
    r.commit(`module ${i}`)
  }
  r.write('last.py', pythonLeak(keys[1]))
  r.commit('last')
  return { r, keys }
}

// cat-file's `<oid> missing` answer (history, staged) is an error naming the object, not a skipped blob.
describe('a missing object', () => {
  test('history: a blob gone from an old commit', async () => {
    const { r, keys } = longHistory(5)
    deleteObject(r, r.git('rev-parse', 'HEAD~3:src/module-2.ts').trim())
    const output = path.join(r.dir, 'report.json')
    expectGitError(await runCli([...SCAN, '--mode', 'history', '--format', 'json', '--output', output], r.dir), keys, output)
  })

  test('history: the one blob holding a key is gone: never a pass', async () => {
    const r = repo()
    const key = fakeKey(9004)
    r.write('README.md', 'hello\n')
    r.commit('readme')
    r.write('app.py', pythonLeak(key))
    r.commit('key')
    r.git('rm', '-q', 'app.py')
    r.commit('remove key')
    deleteObject(r, r.git('rev-parse', 'HEAD~1:app.py').trim())
    expectGitError(await runCli([...SCAN, '--mode', 'history', '--format', 'json'], r.dir), [key])
  })

  test('history: a commit gone from the middle', async () => {
    const { r, keys } = longHistory(5)
    deleteObject(r, r.git('rev-parse', 'HEAD~3').trim())
    expectGitError(await runCli([...SCAN, '--mode', 'history', '--format', 'json'], r.dir), keys)
  })

  test('history: a tree gone', async () => {
    const { r, keys } = longHistory(5)
    deleteObject(r, r.git('rev-parse', 'HEAD~2^{tree}').trim())
    expectGitError(await runCli([...SCAN, '--mode', 'history', '--format', 'json'], r.dir), keys)
  })

  test('diff: a blob gone from the range', async () => {
    const { r, keys } = longHistory(5)
    deleteObject(r, r.git('rev-parse', 'HEAD~1:src/module-4.ts').trim())
    expectGitError(await runCli([...SCAN, '--mode', 'diff', '--base', 'HEAD~4', '--format', 'json'], r.dir), keys)
  })

  test('staged: a staged blob gone from the object store', async () => {
    const r = repo()
    r.write('README.md', 'hi\n')
    r.commit('init')
    const key = fakeKey(9003)
    r.write('app.py', pythonLeak(key))
    r.write('other.py', 'print("other")\n')
    r.git('add', 'app.py', 'other.py')
    deleteObject(r, r.git('rev-parse', ':other.py').trim())
    expectGitError(await runCli([...SCAN, '--mode', 'staged', '--format', 'json'], r.dir), [key])
  })
})

describe('a killed or missing git (bundled CLI)', () => {
  let fakeGitDir: string
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()

  beforeAll(() => {
    ensureCliBuilt()
    fakeGitDir = tempDir('mg-fake-git-')
    // Runs the real git and SIGKILLs itself (and git) once git has printed more than MG_KILL_AFTER_BYTES.
    const wrapper = path.join(fakeGitDir, 'git')
    writeFileSync(
      wrapper,
      `#!${process.execPath}
const { spawn } = require('node:child_process')
const limit = Number(process.env.MG_KILL_AFTER_BYTES)
const child = spawn(process.env.MG_REAL_GIT, process.argv.slice(2), { stdio: ['inherit', 'pipe', 'inherit'] })
let seen = 0
child.stdout.on('data', (chunk) => {
  seen += chunk.length
  if (seen > limit) {
    process.stdout.write(chunk.subarray(0, chunk.length - (seen - limit)))
    child.kill('SIGKILL')
    process.kill(process.pid, 'SIGKILL')
  }
  process.stdout.write(chunk)
})
child.on('close', (code, signal) => { process.exitCode = code === null ? 1 : code })
`,
    )
    chmodSync(wrapper, 0o755)
  }, 300_000)

  const killingEnv = (afterBytes: number): NodeJS.ProcessEnv => ({
    ...process.env,
    PATH: `${fakeGitDir}:${process.env.PATH}`,
    MG_REAL_GIT: realGit,
    MG_KILL_AFTER_BYTES: String(afterBytes),
  })

  test.each(['history', 'diff', 'staged', 'tree'])('%s: git killed mid-stream is exit 2, not a partial pass', async (mode) => {
    const { r, keys } = longHistory(60)
    // Enough paths that even a listing of them passes the kill threshold.
    for (let i = 0; i < 300; i++) r.write(`many/a-rather-long-file-name-to-fill-the-listing-${i}.txt`, `${i}\n`)
    if (mode === 'staged') r.git('add', '-A')
    else r.commit('many files')
    const output = path.join(r.dir, 'report.json')
    const args = [...SCAN, '--mode', mode, '--format', 'json', '--output', output]
    if (mode === 'diff') args.push('--base', 'HEAD~50')

    const result = await spawnCli(args, { cwd: r.dir, env: killingEnv(4096), timeoutMs: 120_000 })
    expect(result.killedBy).toBeNull()
    expectGitError(result, keys, output)
  }, 200_000)

  test('history with no writable temp folder is a clear exit 2 naming it', async () => {
    const { r, keys } = longHistory(3)
    const missing = path.join(tempDir('mg-no-tmp-'), 'gone')
    // The whole store, and a walk (dates).
    for (const extra of [[], ['--since', '2000-01-01']]) {
      const result = await spawnCli([...SCAN, '--mode', 'history', ...extra, '--format', 'json'], {
        cwd: r.dir,
        env: { ...process.env, TMPDIR: missing },
        timeoutMs: 60_000,
      })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`Could not create a temporary file in ${missing}`)
      expect(result.stderr).toContain('point TMPDIR at a writable folder')
      expect(stackTraceLines(result.stderr)).toEqual([])
      expectNoKey(result.stdout + result.stderr, keys)
    }
  }, 120_000)

  test('git not on PATH is a clear exit 2', async () => {
    const { r, keys } = longHistory(1)
    const emptyDir = tempDir('mg-no-git-')
    for (const mode of ['tree', 'history']) {
      const result = await spawnCli([...SCAN, '--mode', mode, '--format', 'json'], {
        cwd: r.dir,
        env: { ...process.env, PATH: emptyDir },
        timeoutMs: 60_000,
      })
      expectGitError(result, keys)
    }
  }, 200_000)
})
