import type { Log, Result } from 'sarif'
import { encodePath } from '../../src/report/paths.js'
import { FINGERPRINT_KEY, renderSarif, toSarif } from '../../src/report/sarif.js'
import { CHECKS_EVERY_STATUS, LINKS, REPORTS, finding, report } from './fixtures.js'
import { sarifErrors } from './sarif-schema.js'

function parse(text: string): Log {
  return JSON.parse(text) as Log
}

describe('SARIF reporter', () => {
  test.each(Object.keys(REPORTS))('%s validates against the SARIF 2.1.0 schema', (name) => {
    const log = parse(renderSarif(REPORTS[name]!, { toolVersion: '0.1.0', links: LINKS }))
    expect(sarifErrors(log)).toEqual([])
  })

  test('the validator rejects a broken log (it is really checking)', () => {
    const log = toSarif(REPORTS.tree!) as unknown as { runs: { results: { level: string }[] }[] }
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(sarifErrors(log).length).toBeGreaterThan(0)
  })

  test('names the tool and lists the known key rules even with no findings', () => {
    const driver = toSarif(REPORTS.empty!, { toolVersion: '1.2.3' }).runs[0]!.tool.driver
    expect(driver.name).toBe('mistral-guard')
    expect(driver.version).toBe('1.2.3')
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules!.map((rule) => rule.id)).toEqual(['mistral-api-key', 'codestral-api-key'])
  })

  test('adds a rule for an unknown rule id in the findings, and one per check', () => {
    const sarif = toSarif(
      report({ findings: [finding({ ruleId: 'mistral-future-key', file: 'a.ts', line: 1 })], checks: CHECKS_EVERY_STATUS }),
    )
    const ids = sarif.runs[0]!.tool.driver.rules!.map((rule) => rule.id)
    expect(ids).toEqual(['mistral-api-key', 'codestral-api-key', 'mistral-future-key', ...CHECKS_EVERY_STATUS.map((c) => c.id)])
  })

  test('every rule carries help and a security-severity that code scanning can rank', () => {
    for (const rule of toSarif(REPORTS.history!).runs[0]!.tool.driver.rules!) {
      expect(rule.help?.text).toBeTruthy()
      const severity = Number(rule.properties?.['security-severity'])
      expect(severity).toBeGreaterThanOrEqual(0)
      expect(severity).toBeLessThanOrEqual(10)
      expect(rule.properties?.tags).toContain('security')
    }
  })

  test('key rule help says to rotate in the console, revoke and purge history', () => {
    const rule = toSarif(REPORTS.empty!).runs[0]!.tool.driver.rules![0]!
    expect(rule.help!.text).toContain('https://console.mistral.ai/api-keys')
    expect(rule.help!.text).toMatch(/Revoke/)
    expect(rule.help!.text).toMatch(/filter-repo/)
  })

  test('a finding becomes an error result with location, fingerprint, verdict and provenance', () => {
    const results = toSarif(REPORTS.diff!).runs[0]!.results!
    const live = results.find((result) => result.properties?.verification === 'verified')!
    const source = REPORTS.diff!.findings[1]!
    expect(live.level).toBe('error')
    expect(live.ruleId).toBe('mistral-api-key')
    expect(live.message.text).toContain(source.redacted)
    expect(live.message.text).toContain('LIVE (verified)')
    expect(live.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/values.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 40, startColumn: 14 },
    })
    expect(live.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: source.fingerprint })
    expect(live.properties).toEqual({
      redacted: source.redacted,
      commit: source.commit,
      author: source.author,
      date: source.date,
      inHead: source.inHead,
      verification: 'verified',
      severity: 'critical',
    })
  })

  test('ruleIndex points at the rule each result names', () => {
    const run = toSarif(REPORTS.history!).runs[0]!
    for (const result of run.results!) expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId)
  })

  test('failing checks are errors, warnings are warnings; pass, manual and skip are only rules', () => {
    const results = toSarif(REPORTS.checks!).runs[0]!.results!
    const byRule = (id: string) => results.filter((result) => result.ruleId === id)
    expect(byRule('gitignore-covers-secrets').map((r) => r.level)).toEqual(['error'])
    expect(byRule('no-tracked-secret-files').map((r) => r.level)).toEqual(['error', 'error', 'error'])
    expect(byRule('key-not-logged').map((r) => r.level)).toEqual(['warning'])
    expect(byRule('env-schema').map((r) => r.level)).toEqual(['warning'])
    for (const id of ['no-leaked-keys', 'key-rotation', 'distinct-keys-per-env', 'https-only']) expect(byRule(id)).toEqual([])
  })

  test('every result has a file location, since code scanning rejects the whole upload otherwise', () => {
    for (const name of Object.keys(REPORTS)) {
      for (const result of toSarif(REPORTS[name]!).runs[0]!.results as Result[]) {
        expect(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBeTruthy()
        expect(result.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThanOrEqual(1)
      }
    }
  })

  test('a check without locations is anchored at the file it is about, and says so', () => {
    const results = toSarif(
      report({ checks: [{ ...CHECKS_EVERY_STATUS[1]!, locations: [] }, CHECKS_EVERY_STATUS[3]!] }),
    ).runs[0]!.results!
    expect(results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual(['.gitignore', '.mistral-guard.yml'])
    expect(results.every((r) => r.properties?.anchored === true)).toBe(true)
  })

  test('check fingerprints survive a line moving but tell repeats in one file apart', () => {
    const check = CHECKS_EVERY_STATUS[2]!
    const fingerprints = (lines: number[]) =>
      toSarif(report({ checks: [{ ...check, locations: lines.map((line) => ({ file: 'config/.env', line })) }] }))
        .runs[0]!.results!.map((r) => Object.values(r.partialFingerprints!)[0])
    const before = fingerprints([3, 9])
    expect(new Set(before).size).toBe(2)
    expect(fingerprints([5, 11])).toEqual(before)
  })

  test('a failing no-leaked-keys check adds no second alert per key', () => {
    const results = toSarif(REPORTS.history!).runs[0]!.results!
    expect(results.filter((r) => r.ruleId === 'no-leaked-keys')).toEqual([])
    const alone = toSarif(report({ checks: [{ ...CHECKS_EVERY_STATUS[0]!, status: 'fail' }] })).runs[0]!.results!
    expect(alone.map((r) => r.ruleId)).toEqual(['no-leaked-keys'])
  })

  test('uris are relative and percent-encoded for odd names, and decode back to the exact path', () => {
    const results = toSarif(REPORTS['odd-names']!).runs[0]!.results!
    const files = REPORTS['odd-names']!.findings.map((f) => f.file)
    const uris = results.slice(0, files.length).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!)
    for (const uri of uris) {
      expect(uri).not.toMatch(/[\s"'<>`|\\^{}[\]()]/)
      expect(uri).not.toMatch(/^\/|^[a-z][a-z0-9+.-]*:/i)
    }
    expect(uris.map(decodeURIComponent).sort()).toEqual([...files].sort())
    expect(encodePath('dir with space/it\'s "q".ts')).toBe('dir%20with%20space/it%27s%20%22q%22.ts')
  })

  test('names the revision when links are given', () => {
    const run = toSarif(REPORTS.diff!, { links: LINKS }).runs[0]!
    expect(run.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/rocket', revisionId: LINKS.ref }])
  })

  test('omits semanticVersion for a version that is not semver', () => {
    const driver = toSarif(REPORTS.empty!, { toolVersion: 'main-abc' }).runs[0]!.tool.driver
    expect(driver.version).toBe('main-abc')
    expect(driver.semanticVersion).toBeUndefined()
  })
})

describe('SARIF schema check', () => {
  test('enforces formats too: a raw space in a uri is rejected', () => {
    const log = toSarif(report({ findings: [finding({ file: 'a b.ts', line: 1 })] })) as unknown as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[]
    }
    expect(sarifErrors(log)).toEqual([])
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.ts'
    expect(sarifErrors(log).join('\n')).toMatch(/uri-reference/)
  })
})
