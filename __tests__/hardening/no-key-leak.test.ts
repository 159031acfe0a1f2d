// Every output format, every byte the CLI prints and every request it sends for verification go through
// expectNoKey: no whole key and no 16-character run of one, anywhere but the Authorization header.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { startMistralStandIn, type Behaviour, type StandIn } from '../verify/mistral-stand-in.js'
import { ensureCliBuilt, spawnCli, stackTraceLines } from './cli.js'
import { envLeak, pythonLeak, safe } from './leaks.js'

// The checklist stays on and --verbose prints debug lines too: every log line the CLI can write is checked.
const SCAN = ['scan', '--verbose']
const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
const MODES = ['tree', 'diff', 'history'] as const
/** diff: the last commit added every key still in the tree. */
const MODE_ARGS: Record<(typeof MODES)[number], string[]> = { tree: [], diff: ['--base', 'HEAD~1'], history: [] }

const verifiedKey = fakeKey(9501)
const invalidKey = fakeKey(9502)
const unknownKey = fakeKey(9503)
const historyOnlyKey = fakeKey(9504)
const lettersOnlyKey = fakeKey(9505, { lettersOnly: true })
const allKeys = [verifiedKey, invalidKey, unknownKey, historyOnlyKey, lettersOnlyKey]

let r: TestRepo
let server: StandIn

beforeAll(async () => {
  ensureCliBuilt()
  r = makeRepo({ prefix: 'mg-hard-nokey-' })
  r.write('old.env', envLeak(historyOnlyKey))
  r.commit('a key that is later removed')
  r.git('rm', '-q', 'old.env')
  r.commit('remove it')
  r.write('app.py', pythonLeak(verifiedKey))
  r.write('copy/app.py', pythonLeak(verifiedKey))
  r.write('.env', envLeak(invalidKey))
  r.write('config/mistral.yaml', `mistral:\n  endpoint: https://api.mistral.ai\n  api_key: ${unknownKey}\n`)
  r.write('dir with space/ünïcode "q".sh', `export MISTRAL_API_KEY=${lettersOnlyKey}\n`)
  r.commit('keys')
  const behaviours = new Map<string, Behaviour>([
    [verifiedKey, 'models'],
    [invalidKey, 401],
    [unknownKey, 500],
    [historyOnlyKey, 403],
    [lettersOnlyKey, 429],
  ])
  server = await startMistralStandIn((key) => behaviours.get(key) ?? 404)
}, 300_000)

afterAll(async () => {
  await server?.close()
  r?.remove()
})

/** Where each key sits in the tree, for checking each finding's verdict. */
const expectedVerdicts: Record<string, string> = {
  'app.py': 'verified',
  'copy/app.py': 'verified',
  '.env': 'invalid',
  'config/mistral.yaml': 'unknown',
  'dir with space/ünïcode "q".sh': 'unknown',
  'old.env': 'invalid',
}

describe('no key leaves the scanner, in any format', () => {
  test.each(MODES.flatMap((mode) => FORMATS.map((format) => [mode, format] as const)))(
    '%s mode, %s format, with --verify, to stdout and to --output',
    async (mode, format) => {
      const output = path.join(r.dir, `..`, `${path.basename(r.dir)}-${mode}.${format}`)
      const before = server.requests.length
      const toStdout = await spawnCli(
        [...SCAN, '--mode', mode, ...MODE_ARGS[mode], '--format', format, '--verify', '--verify-base-url', server.baseUrl],
        { cwd: r.dir, timeoutMs: 120_000 },
      )
      const toFile = await spawnCli(
        [...SCAN, '--mode', mode, ...MODE_ARGS[mode], '--format', format, '--output', output, '--verify', '--verify-base-url', server.baseUrl],
        { cwd: r.dir, timeoutMs: 120_000 },
      )
      const written = readFileSync(output, 'utf8')
      rmSync(output, { force: true })
      const sent = server.requests.slice(before)

      for (const result of [toStdout, toFile]) {
        expect({ code: result.code, stderr: safe(result.stderr).slice(0, 400) }).toEqual({ code: 1, stderr: expect.any(String) })
        expect(stackTraceLines(result.stderr)).toEqual([])
      }
      const everything = [
        toStdout.stdout,
        toStdout.stderr,
        toFile.stdout,
        toFile.stderr,
        written,
        ...sent.map((q) => `${q.method} ${q.url}\n${JSON.stringify(q.otherHeaders)}\n${q.body}`),
      ].join('\n')
      expectNoKey(everything, allKeys, `${mode}/${format} output, logs or requests`)

      // The verification endpoint is logged (without the key).
      expect(toStdout.stderr).toContain(`${server.baseUrl}/v1/models`)
      // Not vacuous: the report names the findings by their redacted form.
      const present = mode === 'history' ? allKeys : allKeys.filter((k) => k !== historyOnlyKey)
      for (const key of present) expect(written).toContain(key.slice(0, 4))
      // One request per distinct key per run, Authorization only.
      expect(sent).toHaveLength(present.length * 2)
      expect(new Set(sent.map((q) => q.authorization)).size).toBe(present.length)
      if (format === 'json') {
        const report = JSON.parse(written) as Report
        const verdicts = Object.fromEntries(report.findings.map((f) => [f.file, f.verification]))
        const expected = Object.fromEntries(Object.keys(verdicts).map((file) => [file, expectedVerdicts[file]]))
        expect(verdicts).toEqual(expected)
        expect(report.findings.filter((f) => f.verification === 'verified').map((f) => f.severity)).toEqual([
          'critical',
          'critical',
        ])
      }
    },
    240_000,
  )

  test('the baseline command writes fingerprints only', async () => {
    const output = path.join(r.dir, '..', `${path.basename(r.dir)}-baseline.json`)
    for (const mode of MODES) {
      const result = await spawnCli(['baseline', '--verbose', '--mode', mode, ...MODE_ARGS[mode], '--output', output], {
        cwd: r.dir,
        timeoutMs: 120_000,
      })
      const written = readFileSync(output, 'utf8')
      rmSync(output, { force: true })
      expectNoKey([result.stdout, result.stderr, written].join('\n'), allKeys, `baseline (${mode})`)
      expect({ mode, code: result.code, fingerprints: (written.match(/[0-9a-f]{64}/g) ?? []).length > 0 }).toEqual({
        mode,
        code: 0,
        fingerprints: true,
      })
    }
  }, 240_000)

  test('without --verify nothing is sent and every verdict is skipped', async () => {
    const before = server.requests.length
    const result = await spawnCli([...SCAN, '--mode', 'tree', '--format', 'json'], { cwd: r.dir, timeoutMs: 120_000 })
    expect(server.requests.length).toBe(before)
    const report = JSON.parse(result.stdout) as Report
    expect(new Set(report.findings.map((f) => f.verification))).toEqual(new Set(['skipped']))
    expectNoKey(result.stdout + result.stderr, allKeys)
  }, 120_000)
})
