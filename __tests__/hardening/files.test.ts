// Odd file contents and names (issue #5, Hardening): scanned or skipped with a count, never a crash.
import { afterAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/report/report.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { runCli, stackTraceLines, type CliResult } from './cli.js'
import { envLeak, jsonReport, pythonLeak, safe } from './leaks.js'
import { SCAN } from './scan-flags.js'

const cleanup: Array<() => void> = []
afterAll(() => cleanup.forEach((remove) => remove()))

function repo(): TestRepo {
  const made = makeRepo({ prefix: 'mg-hard-files-' })
  cleanup.push(() => made.remove())
  return made
}

async function scan(dir: string, mode: string): Promise<{ result: CliResult; report: Report }> {
  const result = await runCli([...SCAN, '--mode', mode, '--format', 'json'], dir)
  if (result.code !== 0 && result.code !== 1) throw new Error(`exit ${result.code}: ${safe(result.stderr).slice(0, 400)}`)
  expect(stackTraceLines(result.stderr)).toEqual([])
  return { result, report: jsonReport(result) }
}

const where = (report: Report) => report.findings.map((f) => ({ file: f.file, line: f.line, column: f.column }))

describe('file contents', () => {
  test('binary files are skipped and counted, not crashed on', async () => {
    const r = repo()
    const key = fakeKey(6001)
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from(envLeak(key)),
      Buffer.alloc(4096, 0),
    ])
    r.write('logo.png', png)
    r.write('README.md', 'nothing here\n')
    r.commit('binary')

    for (const mode of ['tree', 'history']) {
      const { result, report } = await scan(r.dir, mode)
      expect({ mode, skipped: report.stats.skipped >= 1, findings: report.findings }).toEqual({
        mode,
        skipped: true,
        findings: [],
      })
      expectNoKey(result.stdout + result.stderr, [key])
    }
  })

  test('a text file with a NUL byte: the key is found or the file is counted as skipped', async () => {
    const r = repo()
    const key = fakeKey(6002)
    r.write('settings.env', Buffer.concat([Buffer.from('# header\0\n'), Buffer.from(envLeak(key))]))
    r.commit('nul')

    for (const mode of ['tree', 'history']) {
      const { report } = await scan(r.dir, mode)
      const found = report.findings.some((f) => f.file === 'settings.env' && f.line === 2)
      expect({ mode, foundOrSkipped: found || report.stats.skipped >= 1 }).toEqual({ mode, foundOrSkipped: true })
    }
  })

  test('invalid UTF-8 before the key does not hide it or shift its line', async () => {
    const r = repo()
    const key = fakeKey(6003)
    const latin1 = Buffer.from('# caf\xe9 cr\xe8me \xc3\x28 \xff\n', 'latin1')
    r.write('app.py', Buffer.concat([latin1, Buffer.from(pythonLeak(key))]))
    r.commit('latin1')

    for (const mode of ['tree', 'history']) {
      const { report } = await scan(r.dir, mode)
      expect({ mode, where: where(report) }).toEqual({ mode, where: [{ file: 'app.py', line: 4, column: 27 }] })
    }
  })

  test('UTF-16 LE with a BOM is decoded and its key found', async () => {
    const r = repo()
    const key = fakeKey(6004)
    const text = `# config\r\n${envLeak(key)}`
    r.write('windows.env', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    r.commit('utf16')

    for (const mode of ['tree', 'history']) {
      const { report } = await scan(r.dir, mode)
      expect({ mode, where: where(report) }).toEqual({ mode, where: [{ file: 'windows.env', line: 2, column: 17 }] })
    }
  })

  test('UTF-16 BE with a BOM is decoded and its key found', async () => {
    const r = repo()
    const key = fakeKey(6005)
    const le = Buffer.from(envLeak(key), 'utf16le')
    r.write('be.env', Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]))
    r.commit('utf16be')

    const { report } = await scan(r.dir, 'tree')
    expect(where(report)).toEqual([{ file: 'be.env', line: 1, column: 17 }])
  })

  test('CRLF lines: right line and column, the carriage return is not part of anything', async () => {
    const r = repo()
    const key = fakeKey(6006)
    r.write('crlf.py', pythonLeak(key).replace(/\n/g, '\r\n'))
    r.write('crlf.env', `# one\r\n# two\r\n${envLeak(key).replace('\n', '\r\n')}`)
    r.commit('crlf')

    for (const mode of ['tree', 'history']) {
      const { report } = await scan(r.dir, mode)
      expect({ mode, where: where(report) }).toEqual({
        mode,
        where: [
          { file: 'crlf.env', line: 3, column: 17 },
          { file: 'crlf.py', line: 3, column: 27 },
        ],
      })
    }
  })

  test('a 10 MB single line: the key in the middle is found at its column', async () => {
    const r = repo()
    const key = fakeKey(6007)
    const filler = 'var a=function(b){return b+1};'.repeat(Math.ceil(5_000_000 / 30))
    const leak = `const client=new Mistral({apiKey:"${key}"});`
    r.write('bundle.min.js', filler + leak + filler)
    r.commit('minified')

    for (const mode of ['tree', 'history']) {
      const { report } = await scan(r.dir, mode)
      expect({ mode, where: where(report) }).toEqual({
        mode,
        where: [{ file: 'bundle.min.js', line: 1, column: filler.length + leak.indexOf(key) + 1 }],
      })
    }
  })
})

describe('file names', () => {
  const names = [
    'with space/my key.env',
    'quotes/"double" and \'single\'.env',
    'newline/first\nsecond.env',
    'non-ascii/clé-ü-日本.env',
    'tab\tand\\backslash.env',
    '-starts-with-dash.env',
  ]

  test('come out exactly as git stores them, in tree, staged and history', async () => {
    const r = repo()
    const keys = names.map((_, i) => fakeKey(6100 + i))
    names.forEach((name, i) => r.write(name, envLeak(keys[i])))
    r.commit('odd names')

    for (const mode of ['tree', 'history']) {
      const { result, report } = await scan(r.dir, mode)
      expect({ mode, files: report.findings.map((f) => f.file).sort() }).toEqual({ mode, files: [...names].sort() })
      expectNoKey(result.stdout + result.stderr, keys)
    }

    const staged = repo()
    names.forEach((name, i) => staged.write(name, envLeak(keys[i])))
    staged.git('add', '-A')
    const { report } = await scan(staged.dir, 'staged')
    expect(report.findings.map((f) => f.file).sort()).toEqual([...names].sort())
  })
})
