import { baselineText, parseBaseline } from '../../src/baseline/baseline.js'
import { UsageError } from '../../src/config/config-error.js'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)

describe('baseline files', () => {
  it('writes distinct fingerprints, sorted, and reads them back', () => {
    const text = baselineText([{ fingerprint: B }, { fingerprint: A }, { fingerprint: B }])
    expect(JSON.parse(text)).toEqual({ version: 1, fingerprints: [A, B] })
    expect(parseBaseline(text, 'b.json')).toEqual([A, B])
  })

  it('reads a JSON report as a baseline', () => {
    const report = { version: 1, mode: 'tree', findings: [{ fingerprint: A, file: 'x' }], checks: [], stats: {} }
    expect(parseBaseline(JSON.stringify(report), 'report.json')).toEqual([A])
  })

  it.each([
    ['not JSON', '{oops', /'b\.json' is not valid JSON/],
    ['a wrong version', '{"version": 2, "fingerprints": []}', /'b\.json' is invalid: field 'version'/],
    ['a bad fingerprint', '{"version": 1, "fingerprints": ["XYZ"]}', /field 'fingerprints\.0': a 64-character/],
    ['a report with a bad finding', '{"version": 1, "findings": [{}]}', /field 'findings\.0\.fingerprint'/],
    ['an array', '[]', /'b\.json' is invalid/],
  ])('rejects %s with a usage error naming the file', (_name, text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(UsageError)
    expect(() => parseBaseline(text, 'b.json')).toThrow(message)
  })
})
