import { renderJson, toJsonReport } from '../../src/report/json.js'
import type { Finding } from '../../src/report/report.js'
import { REPORTS, finding, report } from './fixtures.js'

const FINDING_KEYS = ['ruleId', 'file', 'line', 'column', 'commit', 'author', 'date', 'fingerprint', 'redacted', 'severity', 'inHead', 'verification']

describe('JSON reporter', () => {
  test('keeps the contract: fields in contract order, 2-space indent, trailing newline', () => {
    const text = renderJson(REPORTS.history!)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "version": 1,')
    const parsed = JSON.parse(text)
    expect(Object.keys(parsed)).toEqual(['version', 'mode', 'findings', 'checks', 'stats'])
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(FINDING_KEYS)
    for (const c of parsed.checks) expect(Object.keys(c)).toEqual(['id', 'title', 'status', 'message', 'locations'])
    for (const c of parsed.checks) for (const l of c.locations) expect(Object.keys(l)).toEqual(['file', 'line'])
    expect(Object.keys(parsed.stats)).toEqual(['files', 'commits', 'bytes', 'skipped', 'durationMs'])
  })

  test('outside diff and history, commit, author and date are null, not missing', () => {
    const parsed = JSON.parse(renderJson(REPORTS.tree!))
    for (const f of parsed.findings) expect([f.commit, f.author, f.date]).toEqual([null, null, null])
  })

  test('round-trips: parsing the output gives back the report (findings in stable order)', () => {
    for (const [name, value] of Object.entries(REPORTS)) {
      expect([name, JSON.parse(renderJson(value))]).toEqual([name, toJsonReport(value)])
      expect(new Set(toJsonReport(value).findings)).toEqual(new Set(value.findings))
    }
  })

  test('field order does not depend on the input objects, and extra fields never reach the output', () => {
    const shuffled = Object.fromEntries(Object.entries(finding({ file: 'a.ts', line: 1 })).reverse()) as unknown as Finding
    const careless = { ...shuffled, secret: 'must-not-appear', line_text: 'must-not-appear' } as Finding
    const text = renderJson(report({ findings: [careless] }))
    expect(text).not.toContain('must-not-appear')
    expect(Object.keys(JSON.parse(text).findings[0])).toEqual(FINDING_KEYS)
  })

  test('orders findings the same however the scan produced them', () => {
    const findings = REPORTS['odd-names']!.findings
    expect(renderJson(report({ findings: [...findings].reverse() }))).toBe(renderJson(report({ findings })))
  })

  test('odd file names survive exactly', () => {
    const parsed = JSON.parse(renderJson(REPORTS['odd-names']!))
    expect(parsed.findings.map((f: Finding) => f.file).sort()).toEqual(REPORTS['odd-names']!.findings.map((f) => f.file).sort())
  })
})
