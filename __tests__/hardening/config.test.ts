// Bad configuration and baselines (issue #5, Hardening): exit 2, a message naming the file and the field,
// and nothing half-done: no report printed, no --output file written.
import { afterAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { runCli, stackTraceLines } from './cli.js'
import { pythonLeak } from './leaks.js'
import { SCAN } from './scan-flags.js'

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((remove) => remove()))

const key = fakeKey(8001)

function repoWithLeak(): TestRepo {
  const r = makeRepo({ prefix: 'mg-hard-config-' })
  cleanup.push(() => r.remove())
  r.write('app.py', pythonLeak(key))
  r.commit('leak')
  return r
}

/** Runs a scan expected to stop at its input; checks exit 2, the message, and that nothing was written. */
async function expectRefused(r: TestRepo, extraArgs: string[], mentions: Array<string | RegExp>): Promise<void> {
  const output = path.join(r.dir, 'out', 'report.json')
  for (const format of ['json', 'sarif', 'text']) {
    const result = await runCli([...SCAN, '--format', format, '--output', output, ...extraArgs], r.dir)
    // Checked first, so that the message can then be quoted in an assertion without leaking the key.
    expectNoKey(result.stderr + result.stdout, [key], 'error message')
    const message = result.stderr
    expect({ format, code: result.code, stdout: result.stdout, wrote: existsSync(output) }).toEqual({
      format,
      code: 2,
      stdout: '',
      wrote: false,
    })
    for (const mention of mentions) expect(message).toMatch(mention)
    expect(stackTraceLines(result.stderr)).toEqual([])
  }
}

describe('a bad .mistral-guard.yml stops the run', () => {
  test.each([
    ['malformed YAML', 'allow:\n  paths: [unclosed\n', [/line \d+/]],
    ['a duplicate key', 'allow:\n  paths: []\nallow:\n  paths: []\n', [/line \d+/]],
    ['an unknown top-level key', 'alow:\n  paths: []\n', ['alow']],
    ['an unknown nested key', 'allow:\n  path: [src]\n', ['allow', 'path']],
    ['a string where a list belongs', 'allow:\n  paths: "src/**"\n', ['allow.paths']],
    ['a number where a string belongs', 'allow:\n  paths: [42]\n', ['allow.paths']],
    ['a fingerprint that is not one', 'allow:\n  fingerprints: [abc]\n', ['allow.fingerprints']],
    ['an unbalanced glob', "allow:\n  paths: ['src/[a-']\n", ['allow.paths[0]']],
    ['a glob leaving the repository', "envTemplates: ['../outside/.env']\n", ['envTemplates[0]']],
    ['an absolute glob', "envConfigs: ['/etc/*.json']\n", ['envConfigs[0]']],
    ['a list at the top level', '- allow\n- paths\n', [/top level|expected object/i]],
    ['a scalar at the top level', 'just text\n', [/top level|expected object/i]],
    ['a policy with the wrong type', 'environments:\n  production:\n    allowedModels: x\n    maxTokensPerRequest: 10\n', ['environments.production.allowedModels']],
    ['a negative token limit', 'environments:\n  dev:\n    allowedModels: [m]\n    maxTokensPerRequest: -1\n', ['environments.dev.maxTokensPerRequest']],
  ])('%s', async (_case, yaml, mentions) => {
    const r = repoWithLeak()
    r.write('.mistral-guard.yml', yaml)
    await expectRefused(r, [], ['.mistral-guard.yml', ...mentions])
  })

  test('a YAML error on a line holding a key does not echo the key', async () => {
    const r = repoWithLeak()
    r.write('.mistral-guard.yml', `allow:\n  paths: ["${key}", [\n`)
    await expectRefused(r, [], ['.mistral-guard.yml'])
  })

  test('--config naming a missing file, or a folder', async () => {
    const r = repoWithLeak()
    await expectRefused(r, ['--config', 'nope.yml'], ['nope.yml'])
    mkdirSync(path.join(r.dir, 'conf.yml'))
    await expectRefused(r, ['--config', 'conf.yml'], ['conf.yml'])
  })
})

describe('a bad baseline stops the run', () => {
  test('missing', async () => {
    const r = repoWithLeak()
    await expectRefused(r, ['--baseline', 'baseline.json'], ['baseline.json'])
  })

  test('a folder (unreadable as a file)', async () => {
    const r = repoWithLeak()
    mkdirSync(path.join(r.dir, 'baseline.json'))
    await expectRefused(r, ['--baseline', 'baseline.json'], ['baseline.json'])
  })

  test('not JSON', async () => {
    const r = repoWithLeak()
    r.write('baseline.json', '{ "fingerprints": [ \n')
    await expectRefused(r, ['--baseline', 'baseline.json'], ['baseline.json'])
  })

  test('JSON of the wrong shape', async () => {
    const r = repoWithLeak()
    r.write('baseline.json', '{ "fingerprints": 5 }\n')
    await expectRefused(r, ['--baseline', 'baseline.json'], ['baseline.json'])
  })
})

describe('bad flags stop the run', () => {
  test.each([
    ['an unknown mode', ['--mode', 'everything'], ['--mode']],
    ['an unknown format', ['--format', 'xml'], ['--format']],
    ['an unknown fail-on', ['--fail-on', 'sometimes'], ['--fail-on']],
    ['an unknown flag', ['--frobnicate'], ['--frobnicate']],
    ['diff without --base', ['--mode', 'diff'], ['--base']],
    ['a plain-http verify URL', ['--verify', '--verify-base-url', 'http' + '://api.mistral.ai'], ['http' + '://api.mistral.ai']],
  ])('%s', async (_case, args, mentions) => {
    const r = repoWithLeak()
    const output = path.join(r.dir, 'out.json')
    const result = await runCli([...SCAN, ...args, '--output', output], r.dir)
    expectNoKey(result.stderr + result.stdout, [key], 'error message')
    expect({ code: result.code, wrote: existsSync(output) }).toEqual({ code: 2, wrote: false })
    for (const mention of mentions) expect(result.stderr).toContain(mention)
  })
})
