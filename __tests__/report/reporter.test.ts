// The one interface, and the promise every format keeps: no key, and no 16-character run of one, in any
// output, even when the pipeline hands over findings that still carry extra fields.
import { createHash } from 'node:crypto'
import { FORMATS, isFormat, render, type Format } from '../../src/report/reporter.js'
import { renderMarkdownWithin } from '../../src/report/markdown.js'
import type { Finding, Report } from '../../src/report/report.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { CHECKS_EVERY_STATUS, LINKS, finding, redact, report, shaOf } from './fixtures.js'

describe('render', () => {
  test('dispatches every format', () => {
    const value = report({ findings: [finding({ file: 'a.ts', line: 3 })] })
    expect(render(value, 'json')).toMatch(/^\{\n {2}"version": 1,/)
    expect(JSON.parse(render(value, 'sarif')).version).toBe('2.1.0')
    expect(render(value, 'text')).toContain('a.ts:3:1')
    expect(render(value, 'markdown')).toContain('## mistral-guard')
  })

  test('knows its formats', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown'])
    expect(isFormat('sarif')).toBe(true)
    expect(isFormat('xml')).toBe(false)
    expect(() => render(report(), 'xml' as Format)).toThrow("Unknown report format 'xml'. Expected one of: text, json, sarif, markdown.")
  })

  test('is pure: the same report renders the same bytes twice', () => {
    const value = report({ findings: [finding({ file: 'a.ts', line: 3 })], checks: CHECKS_EVERY_STATUS })
    for (const format of FORMATS) expect(render(value, format, { links: LINKS })).toBe(render(value, format, { links: LINKS }))
  })
})

describe('no key in any output', () => {
  const keys = [fakeKey(101), fakeKey(102), fakeKey(103, { lettersOnly: true }), fakeKey(104)]

  /** What the pipeline hands reporters: redacted findings. This one also forgets to drop the match. */
  function leakyFinding(key: string, index: number): Finding {
    const file = `src/module-${index}/client.ts`
    const base = finding({
      ruleId: index === 3 ? 'codestral-api-key' : 'mistral-api-key',
      file,
      line: 10 + index,
      column: 7,
      commit: shaOf(`commit-${index}`),
      author: 'Ada Tester',
      date: '2024-06-01T12:00:00Z',
      fingerprint: createHash('sha256').update(`mistral-api-key\0${file}\0${key}`).digest('hex'),
      redacted: redact(key),
      severity: index === 0 ? 'critical' : 'high',
      inHead: index % 2 === 0,
      verification: (['verified', 'invalid', 'unknown', 'skipped'] as const)[index]!,
    })
    return Object.assign(base, { secret: key, match: { secret: key }, lineText: `apiKey: '${key}'` })
  }

  const value: Report = report({
    mode: 'history',
    findings: keys.map(leakyFinding),
    checks: [
      ...CHECKS_EVERY_STATUS,
      { id: 'no-leaked-keys', title: 'No leaked keys', status: 'fail', message: '4 leaked keys.', locations: [{ file: 'src/module-0/client.ts', line: 10 }] },
    ],
    stats: { files: 4, commits: 4, bytes: 1000, skipped: 0, durationMs: 5 },
  })

  test.each(FORMATS)('%s holds no 16-character run of a key', (format) => {
    for (const options of [{}, { color: true, links: LINKS, toolVersion: '0.1.0' }]) {
      const output = render(value, format, options)
      expect(output).toContain(redact(keys[0]!))
      expectNoKey(output, keys, `${format} report`)
    }
  })

  test('the size-limited PR comment holds no key either', () => {
    expectNoKey(renderMarkdownWithin(value, { links: LINKS, marker: '<!-- mistral-guard -->' }, 2000), keys, 'PR comment')
  })
})
