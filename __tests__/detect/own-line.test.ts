// ruledOutByItsLine lets a diff skip a file whose new runs its lines rule out. It may say so only when detect()
// never reports the candidate, whatever text surrounds its line.
import fc from 'fast-check'
import { forEachCandidate } from '../../src/detect/candidates.js'
import { detect } from '../../src/detect/detector.js'
import { ruledOutByItsLine } from '../../src/detect/own-line.js'
import { fakeKey } from '../helpers/keys.js'
import { checkProperty } from './check-property.js'

const KEY = fakeKey(9400)

/** The verdict on KEY written after `before` and followed by `after`, on a line of its own. */
function ruledOut(before: string, after = ''): boolean {
  return ruledOutByItsLine(`${before}${KEY}${after}`, before.length, before.length + KEY.length)
}

describe('ruledOutByItsLine', () => {
  it('rules out a value its label calls no secret, another provider’s key, or a reference', () => {
    for (const before of [
      'trace_id = "',
      'request_id: ',
      'cache_key: ',
      '  "idempotencyKey": "',
      'COHERE_API_KEY=',
      'deepinfra_token: ',
      'export FILE_HASH=',
      'url: ${',
      'os.getenv("',
      '[10:43] bob: trace id ',
    ]) {
      expect([before, ruledOut(before)]).toEqual([before, true])
    }
    expect(ruledOut('x = <', '>')).toBe(true)
  })

  it('leaves to the whole text a value whose label names Mistral, a secret, nothing, or a prefixed provider', () => {
    for (const before of [
      'MISTRAL_API_KEY=',
      'api_key = "',
      '',
      '  - ',
      'Authorization: Bearer ',
      'SESSION_SECRET=',
      'value: ',
      // A bare value under OpenAI's name is Mistral's when a Mistral host is configured beside it.
      'OPENAI_API_KEY=',
      // A chat speaker's name: the lines around it decide whether it is one.
      'alice: ',
      '[10:43] bob: ',
      'client = Mistral(api_key="',
    ]) {
      expect([before, ruledOut(before)]).toEqual([before, false])
    }
  })

  it('never rules out a candidate detect() reports, whatever surrounds its line (3 000 texts)', () => {
    const keys = Array.from({ length: 6 }, (_, i) => fakeKey(9410 + i))
    const label = fc.constantFrom(
      'trace_id = "', 'request_id: ', 'cache_key: ', 'COHERE_API_KEY=', 'OPENAI_API_KEY=', 'MISTRAL_API_KEY=',
      'api_key = "', 'token ', 'value: ', 'name: SESSION_SECRET', 'alice: ', '[10:43] bob: ', 'bob: ', '${',
      'os.getenv("', '<', '"', ', ', 'Some(', 'Mistral(', 'é ', 'x-api-key: ', '# mistral-guard:allow ', '',
    )
    const piece = fc.oneof(
      // A key after a label, as most lines that hold one read.
      { weight: 4, arbitrary: fc.tuple(label, fc.constantFrom(...keys)).map(([name, key]) => `${name}${key}`) },
      { weight: 2, arbitrary: label },
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          '\n', '\n  ', '\r\n', '>', '"', 'mistral:\n  ', 'openai:\n  ', 'cohere:\n  ',
          'bob: can you try this mistral key\n', 'alice: here is the key for mistral\n',
          'OPENAI_BASE_URL=https://api.mistral.ai/v1\n', '# Codestral\n', 'client = Mistral(api_key=API_KEY)\n',
          'API_KEY = "',
        ),
      },
    )
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''))
    let candidates = 0
    let ruled = 0
    let reported = 0
    checkProperty(
      fc.property(text, (input) => {
        const found = new Set(detect(input, { allowMarkers: false }).map((match) => `${match.line}:${match.column}`))
        reported += found.size
        forEachCandidate(input, ({ start, end, line, lineStart }) => {
          candidates++
          const newline = input.indexOf('\n', lineStart)
          const own = input.slice(lineStart, newline < 0 ? input.length : newline)
          if (!ruledOutByItsLine(own, start - lineStart, end - lineStart)) return
          ruled++
          expect(found.has(`${line}:${start - lineStart + 1}`)).toBe(false)
        })
      }),
      { numRuns: 3000 },
    )
    // Floors far below what any seed gives (20 seeds: 2,306–2,433 candidates, 516–603 ruled out, 1,034–1,156
    // reported), so that the generator keeps making both kinds.
    expect(candidates).toBeGreaterThan(1000)
    expect(ruled).toBeGreaterThan(200)
    expect(reported).toBeGreaterThan(400)
  })
})
