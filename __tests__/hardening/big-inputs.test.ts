// Inputs that would hang or blow up a careless scanner, run through the bundled CLI in its own process
// under a watchdog (a hang or a memory blow-up kills it instead of the test runner).
// Peak RSS is measured and printed for the issue note; time is never asserted.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, openSync, symlinkSync, writeSync } from 'node:fs'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { ensureCliBuilt, spawnCli, stackTraceLines, type SpawnedResult } from './cli.js'
import { jsonReport, pythonLeak, safe } from './leaks.js'
import { SCAN } from './scan-flags.js'

const cleanup: Array<() => void> = []
beforeAll(() => ensureCliBuilt(), 300_000)
afterAll(() => cleanup.forEach((remove) => remove()))

function repo(): TestRepo {
  const made = makeRepo({ prefix: 'mg-hard-big-' })
  cleanup.push(() => made.remove())
  return made
}

/** Writes `total` bytes of `unit` repeated, then `tail`, without holding the file in memory. */
function writeLarge(file: string, unit: string, total: number, tail = ''): void {
  const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))))
  const fd = openSync(file, 'w')
  try {
    for (let written = 0; written < total; written += chunk.length) writeSync(fd, chunk)
    writeSync(fd, tail)
  } finally {
    closeSync(fd)
  }
}

function completed(result: SpawnedResult): void {
  expect({ killedBy: result.killedBy, code: result.code, stderr: safe(result.stderr).slice(0, 400) }).toEqual({
    killedBy: null,
    code: result.code === 0 ? 0 : 1,
    stderr: expect.any(String),
  })
  expect(stackTraceLines(result.stderr)).toEqual([])
}

const mb = (kb: number | null): string => (kb === null ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`)

describe('big and hostile inputs (bundled CLI)', () => {
  // One 200 MB scan per mode, shared by the "finds it" test and the memory test below.
  const bigRuns = new Map<string, Promise<{ result: SpawnedResult; key: string }>>()
  function bigScan(mode: 'tree' | 'history'): Promise<{ result: SpawnedResult; key: string }> {
    let pending = bigRuns.get(mode)
    if (!pending) {
      pending = (async () => {
        const r = repo()
        const key = fakeKey(mode === 'tree' ? 7001 : 7002)
        const unit = 'def handler(event, context):\n    return {"status": 200}\n'
        writeLarge(path.join(r.dir, 'big.py'), unit, 200 << 20, pythonLeak(key))
        r.write('small.py', 'print("hi")\n')
        r.commit(mode === 'tree' ? 'small' : 'big blob') // history: big.py is committed too
        if (mode === 'tree') r.git('rm', '-q', '--cached', 'big.py') // tree: an untracked file
        const result = await spawnCli([...SCAN, '--mode', mode, '--format', 'json'], {
          cwd: r.dir,
          timeoutMs: 300_000,
          rssLimitMb: 1500,
        })
        console.info(`200 MB file, ${mode} mode: peak RSS ${mb(result.maxRssKb)}, exit ${result.code}`)
        return { result, key }
      })()
      bigRuns.set(mode, pending)
    }
    return pending
  }

  test.each(['tree', 'history'] as const)(
    'a 200 MB file (%s): the key at its end is found, or the file counted as skipped',
    async (mode) => {
      const { result, key } = await bigScan(mode)
      completed(result)
      const report = jsonReport(result)
      const found = report.findings.some((f) => f.file === 'big.py')
      expect({ foundOrSkipped: found || report.stats.skipped >= 1 }).toEqual({ foundOrSkipped: true })
      expectNoKey(result.stdout + result.stderr, [key])
    },
    400_000,
  )

  // Issue #6's ceiling is 200 MB, and flat: a big file is read in windows, never held whole.
  test.each(['tree', 'history'] as const)(
    'a 200 MB file (%s) is streamed: peak RSS stays under 200 MB',
    async (mode) => {
      const { result } = await bigScan(mode)
      expect(result.maxRssKb).toBeLessThan(200 * 1024)
    },
    400_000,
  )

  test('a symlink to /dev/zero and a named pipe are not read (no hang, no memory blow-up)', async () => {
    const r = repo()
    const key = fakeKey(7003)
    r.write('app.py', pythonLeak(key))
    symlinkSync('/dev/zero', path.join(r.dir, 'zero.env'))
    execFileSync('mkfifo', [path.join(r.dir, 'pipe.env')])
    r.git('add', 'app.py', 'zero.env')
    r.commit('links')

    for (const mode of ['tree', 'staged', 'history']) {
      const result = await spawnCli([...SCAN, '--mode', mode, '--format', 'json'], {
        cwd: r.dir,
        timeoutMs: 60_000,
        rssLimitMb: 600,
      })
      completed(result)
      if (mode !== 'staged') expect({ mode, files: jsonReport(result).findings.map((f) => f.file) }).toEqual({ mode, files: ['app.py'] })
    }
  }, 200_000)

  test('regular-expression bait: 5 MB lines of `mistral` and key-like runs finish, and a key among them is found', async () => {
    const r = repo()
    const key = fakeKey(7004)
    const run31 = fakeKey(7005).slice(0, 31)
    const size = 5 << 20
    const baits: Record<string, string> = {
      // one endless alphanumeric run after the keyword
      'long-run.txt': 'mistral ' + 'Ab1'.repeat(size / 3),
      // many near misses, each with context: 31 characters, then 33
      'near-miss.txt': `mistral ${run31} `.repeat(size / 40) + `mistral ${run31}xy `.repeat(size / 42),
      // keyword glued to runs, no separators
      'glued.txt': `mistral${run31}mistral`.repeat(size / 45),
      // an unterminated quote and an unterminated reference
      'open-quote.txt': 'MISTRAL_API_KEY="' + 'a'.repeat(size),
      'open-ref.txt': 'mistral_api_key: ${{ secrets.' + 'A_'.repeat(size / 2),
      // JSON-escaped notebook-like source, backslashes and quotes everywhere
      'escaped.json': '{"source": "' + 'mistral \\"api_key\\": \\"'.repeat(size / 25) + '"}',
      // keywords everywhere, whitespace runs, then a real key in the middle
      'with-key.txt': 'mistral '.repeat(size / 16) + `api_key = "${key}" ` + ' \t'.repeat(size / 4),
    }
    for (const [name, text] of Object.entries(baits)) r.write(name, text + '\n')
    r.commit('bait')

    for (const mode of ['tree', 'history']) {
      const started = Date.now()
      const result = await spawnCli([...SCAN, '--mode', mode, '--format', 'json'], {
        cwd: r.dir,
        timeoutMs: 240_000,
        rssLimitMb: 1500,
      })
      console.info(`5 MB regex bait (${Object.keys(baits).length} files), ${mode}: ${Date.now() - started} ms, peak RSS ${mb(result.maxRssKb)}`)
      completed(result)
      expect({ mode, files: jsonReport(result).findings.map((f) => f.file) }).toEqual({ mode, files: ['with-key.txt'] })
      expectNoKey(result.stdout + result.stderr, [key])
    }
  }, 600_000)
})
