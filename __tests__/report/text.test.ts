import { displayWidth, renderText, TEXT_MAX_LOCATIONS } from '../../src/report/text.js'
import { REPORTS, finding, report } from './fixtures.js'

const ESC = '\x1b'

describe('text reporter', () => {
  test('prints each finding as file:line:column, rule, redacted key, provenance and verdict', () => {
    const lines = renderText(REPORTS.history!).split('\n')
    const line = lines.find((l) => l.includes('notebooks/explore.ipynb'))!
    expect(line).toMatch(
      /^ {2}notebooks\/explore\.ipynb:120:31 +mistral-api-key +AbCd…\(32\) +\[8cf4fec, Ada Tester, 2023-01-02, not in HEAD\] +unknown \(could not verify\)$/,
    )
  })

  test('tree findings carry no commit brackets', () => {
    const line = renderText(REPORTS.tree!).split('\n').find((l) => l.includes('src/client.ts'))!
    expect(line).toMatch(/^ {2}src\/client\.ts:14:11 +mistral-api-key +AbCd…\(32\) +not verified$/)
  })

  test('ends with a summary line: leaks, failed checks, stats', () => {
    const lines = renderText(REPORTS.history!).trimEnd().split('\n')
    expect(lines.at(-1)).toBe(
      '3 leaked keys, 1 live, 3 checks failed, 2 warnings · 1204 files, 318 commits, 50.0 MiB, 7 skipped, 6.5 s',
    )
  })

  test('names at most TEXT_MAX_LOCATIONS places per checklist row, then how many more', () => {
    const many = Array.from({ length: 995 }, (_, i) => ({ file: `cmd/worker/file${i}.go`, line: 9 }))
    const base = REPORTS.checks!
    const row = { ...base.checks[0]!, locations: many }
    const text = renderText({ ...base, checks: [row] })
    const at = text.split('\n').find((line) => line.trimStart().startsWith('at '))!
    expect(at.trim()).toBe(
      `at ${many.slice(0, TEXT_MAX_LOCATIONS).map((l) => `${l.file}:9`).join(', ')}, and 985 more (--format json lists them all)`,
    )
    const few = renderText({ ...base, checks: [{ ...row, locations: many.slice(0, 3) }] })
    expect(few).toContain('at cmd/worker/file0.go:9, cmd/worker/file1.go:9, cmd/worker/file2.go:9\n')
  })

  test('shows the checklist with a symbol for every status', () => {
    const text = renderText(REPORTS.checks!)
    for (const row of ['✗ fail', '! warn', '? manual', '✓ pass', '- skip']) expect(text).toContain(row)
  })

  test('no colour codes unless asked; colour codes when asked', () => {
    for (const value of Object.values(REPORTS)) expect(renderText(value)).not.toContain(ESC)
    expect(renderText(REPORTS.history!, { color: true })).toContain(`${ESC}[31m`)
  })

  test('with colour on, stripping the codes gives the plain output', () => {
    for (const value of Object.values(REPORTS)) {
      const stripped = renderText(value, { color: true }).replace(/\x1b\[\d+m/g, '')
      expect(stripped).toBe(renderText(value))
    }
  })

  test('a file name or author cannot inject terminal escapes or break lines', () => {
    const text = renderText(REPORTS['odd-names']!, { color: true })
    expect(text.replace(/\x1b\[\d+m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f\u202e]/)
    const plain = renderText(REPORTS['odd-names']!)
    expect(plain).toContain('"new\\nline.txt":3:1')
    expect(plain).toContain('"esc\\x1b[31mred\\x1b[0m\\u202eevil.txt":7:1')
    expect(plain).toContain('Eve\\x1b]0;pwned\\a')
    // One line per finding, however odd the names.
    const findingLines = plain.split('\n').filter((l) => l.includes('mistral-api-key'))
    expect(findingLines).toHaveLength(REPORTS['odd-names']!.findings.length)
  })

  test('counts wide characters as two columns so the rule column lines up', () => {
    expect(displayWidth('日本語')).toBe(6)
    expect(displayWidth('e\u0301')).toBe(1)
    const text = renderText(report({ findings: [finding({ file: '日本.ts', line: 1 }), finding({ file: 'abcd.ts', line: 1 })] }))
    const columns = text
      .split('\n')
      .filter((l) => l.includes('mistral-api-key'))
      .map((l) => displayWidth(l.slice(0, l.indexOf('mistral-api-key'))))
    expect(new Set(columns).size).toBe(1)
  })

  test('an empty report says there are no leaked keys', () => {
    expect(renderText(REPORTS.empty!)).toContain('No leaked Mistral keys.')
  })
})
