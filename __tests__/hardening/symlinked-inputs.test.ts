// Files the scanner reads besides the scanned ones (.mistral-guard.yml, .gitignore) made symlinks by a
// hostile pull request: never followed out of the repository, never a hang on /dev/zero, never an echo of
// an outside file in the log. Run through the bundled CLI under a watchdog, since a hang here is the fault.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { ensureCliBuilt, spawnCli, stackTraceLines, type SpawnedResult } from './cli.js'
import { safe } from './leaks.js'

const cleanup: Array<() => void> = []
beforeAll(() => ensureCliBuilt(), 300_000)
afterAll(() => cleanup.forEach((remove) => remove()))

function repo(): TestRepo {
  const made = makeRepo({ prefix: 'mg-hard-symin-' })
  cleanup.push(() => made.remove())
  made.write('README.md', 'hello\n')
  return made
}

/** Finished by itself (no hang, no blow-up), with an exit code the CLI defines and no stack trace. */
function finishedCleanly(result: SpawnedResult): void {
  expect({ killedBy: result.killedBy, code: [0, 1, 2].includes(result.code) }).toEqual({ killedBy: null, code: true })
  expect(stackTraceLines(result.stderr)).toEqual([])
}

// Generous for a run that takes about a second; a hang costs this much CPU per test, so not more.
const watchdog = { timeoutMs: 15_000, rssLimitMb: 800 }

describe('symlinked inputs (bundled CLI)', () => {
  // A committed `.gitignore -> /dev/zero` once made the checklist read without end.
  test('a .gitignore symlinked to /dev/zero does not hang the checklist', async () => {
    const r = repo()
    symlinkSync('/dev/zero', path.join(r.dir, '.gitignore'))
    r.commit('hostile .gitignore')
    finishedCleanly(await spawnCli(['scan', '--mode', 'tree', '--format', 'json'], { cwd: r.dir, ...watchdog }))
  }, 60_000)

  // A config symlinked to /dev/zero once was read until memory ran out; it is refused now.
  test('a .mistral-guard.yml symlinked to /dev/zero is refused, not read forever', async () => {
    const r = repo()
    symlinkSync('/dev/zero', path.join(r.dir, '.mistral-guard.yml'))
    r.commit('hostile config')
    const result = await spawnCli(['scan', '--no-checks', '--format', 'json'], { cwd: r.dir, ...watchdog })
    finishedCleanly(result)
    expect({ code: result.code, stderr: safe(result.stderr) }).toEqual({
      code: 2,
      stderr: expect.stringContaining('.mistral-guard.yml'),
    })
  }, 60_000)

  // A config symlinked out of the repository once had its top-level names quoted in the error.
  test('a .mistral-guard.yml symlinked out of the repository is not read', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mg-hard-outside-'))
    cleanup.push(() => rmSync(outside, { recursive: true, force: true }))
    writeFileSync(path.join(outside, 'runner-secrets.yml'), 'OUTSIDE_MARKER_value: 1\n')
    const r = repo()
    symlinkSync(path.join(outside, 'runner-secrets.yml'), path.join(r.dir, '.mistral-guard.yml'))
    r.commit('config pointing outside')
    const result = await spawnCli(['scan', '--no-checks', '--format', 'json'], { cwd: r.dir, ...watchdog })
    finishedCleanly(result)
    expect(result.stdout + result.stderr).not.toContain('OUTSIDE_MARKER')
  }, 60_000)

  test('an env template and an env config symlinked to /dev/zero are skipped by the checklist', async () => {
    const r = repo()
    r.write('.mistral-guard.yml', "envConfigs: ['config/environments/*.json']\n")
    r.write('config/environments/.keep', '')
    symlinkSync('/dev/zero', path.join(r.dir, '.env.example'))
    symlinkSync('/dev/zero', path.join(r.dir, 'config/environments/production.json'))
    r.commit('hostile templates')
    finishedCleanly(await spawnCli(['scan', '--mode', 'tree', '--format', 'json'], { cwd: r.dir, ...watchdog }))
    finishedCleanly(await spawnCli(['scan', '--mode', 'history', '--format', 'json'], { cwd: r.dir, ...watchdog }))
  }, 120_000)
})
