// The detector's behaviours, one case each. Keys are generated; assertions compare booleans or positions,
// so a failure never prints a key.
import { detect, mentionsMistral } from '../../src/detect/detector.js'
import type { Match } from '../../src/detect/match.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(101)
const other = fakeKey(102)

/** Where the matches are, without their secrets. */
function positions(matches: Match[]): { ruleId: string; line: number; column: number }[] {
  return matches.map(({ ruleId, line, column }) => ({ ruleId, line, column }))
}

function finds(text: string, secret = key): boolean {
  return detect(text).some((match) => match.secret === secret)
}

describe('mentionsMistral', () => {
  it('finds Mistral names in any case', () => {
    expect(mentionsMistral('import { Mistral } from "@mistralai/mistralai"')).toBe(true)
    expect(mentionsMistral('CODESTRAL_API_KEY=')).toBe(true)
    expect(mentionsMistral('model: pixtral-12b')).toBe(true)
    expect(mentionsMistral('MISTRAL')).toBe(true)
  })

  it('is false without them', () => {
    expect(mentionsMistral('OPENAI_API_KEY=sk-proj')).toBe(false)
    expect(mentionsMistral('')).toBe(false)
  })
})

describe('detect: positions', () => {
  it('reports 1-based line and column', () => {
    expect(positions(detect(`# config\nexport MISTRAL_API_KEY=${key}\n`))).toEqual([
      { ruleId: 'mistral-api-key', line: 2, column: 24 },
    ])
  })

  it('tolerates CRLF: the \\r is not part of the key, lines still count', () => {
    const matches = detect(`A=1\r\nMISTRAL_API_KEY=${key}\r\nB=2\r\n`)
    expect(matches.length).toBe(1)
    expect(matches[0]!.secret === key).toBe(true)
    expect(positions(matches)).toEqual([{ ruleId: 'mistral-api-key', line: 2, column: 17 }])
  })

  it('finds a key at the very start and the very end of the text', () => {
    expect(finds(`${key} # mistral`)).toBe(true)
    expect(finds(`MISTRAL_API_KEY=${key}`)).toBe(true)
  })

  it('reports every key of a line, in order', () => {
    const matches = detect(`MISTRAL_API_KEY=${key} MISTRAL_FALLBACK_KEY=${other}\n`)
    expect(matches.map((match) => match.secret === key || match.secret === other)).toEqual([true, true])
    expect(matches[0]!.column).toBeLessThan(matches[1]!.column)
  })

  it('counts columns in UTF-16 units of the line', () => {
    expect(positions(detect(`# é mistral\n"clé": "${key}" # mistral\n`))).toEqual([
      { ruleId: 'mistral-api-key', line: 2, column: 9 },
    ])
  })

  it('finds nothing in an empty text or a text without Mistral', () => {
    expect(detect('')).toEqual([])
    expect(detect(`API_KEY=${key}\n`)).toEqual([])
  })
})

describe('detect: inline ignore', () => {
  it('skips a line holding mistral-guard:allow', () => {
    expect(detect(`MISTRAL_API_KEY=${key} # mistral-guard:allow\n`)).toEqual([])
  })

  it('still reports the other lines', () => {
    const text = `MISTRAL_API_KEY=${key} # mistral-guard:allow\nMISTRAL_OTHER_KEY=${other}\n`
    expect(positions(detect(text))).toEqual([{ ruleId: 'mistral-api-key', line: 2, column: 19 }])
  })

  it('reports the line anyway when markers are not honoured (a pull request judging its own lines)', () => {
    const text = `MISTRAL_API_KEY=${key} # mistral-guard:allow\nMISTRAL_OTHER_KEY=${other}\n`
    expect(positions(detect(text, { allowMarkers: false })).map((p) => p.line)).toEqual([1, 2])
    expect(positions(detect(text, { allowMarkers: false, lines: new Set([1]) })).map((p) => p.line)).toEqual([1])
  })
})

describe('detect: shape', () => {
  it('rejects runs that continue a longer token', () => {
    for (const text of [
      `MISTRAL_API_KEY=sk-${key}`,
      `MISTRAL_API_KEY=${key}-v2`,
      `MISTRAL_API_KEY=${key}x`,
      `MISTRAL_API_KEY=x${key}`,
      `MISTRAL_API_KEY=${key}_old`,
      `MISTRAL_API_KEY=${key}.json`,
      `mistral https://example.org/${key}/file`,
      `mistral data:${key}+abc/def==`,
      `MISTRAL_API_KEY=${key}=`,
      `MISTRAL_API_KEY=${key}é`,
    ]) {
      expect(finds(text)).toBe(false)
    }
  })

  it('accepts what ends a value: quotes, spaces, commas, brackets, escapes, end of text, a full stop', () => {
    for (const text of [
      `MISTRAL_API_KEY="${key}"`,
      `mistral = ['${key}', 'x']`,
      `{"mistral": {"api_key": "${key}"}}`,
      `"MISTRAL_API_KEY=${key}\\n"`,
      `My Mistral key is ${key}.`,
      `MISTRAL_API_KEY=${key}`,
    ]) {
      expect(finds(text)).toBe(true)
    }
  })

  it('finds a key after a JSON \\n escape in a notebook source string', () => {
    expect(finds(`"source": "from mistralai import Mistral\\n${key}\\n"`)).toBe(true)
  })

  it('finds a key made of letters only', () => {
    const letters = fakeKey(103, { lettersOnly: true })
    expect(finds(`MISTRAL_API_KEY=${letters}\n`, letters)).toBe(true)
  })
})

describe('detect: things that only look like keys', () => {
  it.each([
    ['hex (MD5, UUID without dashes)', `MISTRAL_API_KEY=${'0123456789abcdef'.repeat(2)}`],
    ['one repeated character', `MISTRAL_API_KEY=${'x'.repeat(32)}`],
    ['sequential characters', `MISTRAL_API_KEY=${'abcdefghijklmnopqrstuvwxyz'}${'ABCDEF'}`],
    ['a placeholder word', `MISTRAL_API_KEY=${'Example'}${fakeKey(104).slice(7)}`],
    ['an SDK type name', `import { ${'ChatCompletion'}${'ChoiceFinishReason'} } from '@mistralai/mistralai'`],
    ['an SDK name with a version', `import { ${'LibrariesDocuments'}${'PatchV1Request'} } from '@mistralai/mistralai'`],
    ['a lowercase file name', `export * from './${'chatcompletion'}${'choicefinishreason'}.js' // mistral`],
  ])('%s', (_name, text) => {
    expect(detect(text)).toEqual([])
  })

  it.each([
    ['${VAR}', `MISTRAL_API_KEY=\${${'Mistral'}${key.slice(7)}}`],
    ['{{ template }}', `mistral_api_key: {{ ${key} }}`],
    ['os.environ[...]', `client = Mistral(api_key=os.environ["${key}"])`],
    ['os.getenv(...)', `client = Mistral(api_key=os.getenv('${key}'))`],
    ['env:VAR', `mistral_api_key = "env:${key}"`],
    ['<placeholder>', `MISTRAL_API_KEY=<${key}>`],
  ])('a reference: %s', (_name, text) => {
    expect(detect(text)).toEqual([])
  })

  it.each([
    ['a request id', `mistral_request_id = "${key}"`],
    ['an idempotency key', `headers = {"Idempotency-Key": "${key}"}  # mistral`],
    ['a checksum', `mistral:\n  checksum: ${key}\n`],
    ["the app's own secret", `MISTRAL_MODEL=small\nSECRET_KEY=${key}\n`],
  ])('a value that is not a credential: %s', (_name, text) => {
    expect(detect(text)).toEqual([])
  })
})

describe('detect: context', () => {
  it('reads a YAML section several children up', () => {
    expect(finds(`mistral:\n  model: large\n  retries: 2\n  auth:\n    kind: bearer\n    key: ${key}\n`)).toBe(true)
  })

  it('reads a parent however far up it is', () => {
    const options = Array.from({ length: 200 }, (_, i) => `  option_${i}: ${i}`).join('\n')
    expect(finds(`mistral:\n${options}\n  api_key: ${key}\n`)).toBe(true)
  })

  it('ignores a sibling of an ancestor that names Mistral when the parent names another provider', () => {
    expect(finds(`providers:\n  mistral:\n    model: large\n  openai:\n    api_key: ${key}\n`)).toBe(false)
  })

  it('reads a TOML table, and stops at the next one', () => {
    expect(finds(`[mistral]\ntimeout = 30\napi_key = "${key}"\n`)).toBe(true)
    expect(finds(`[mistral]\nmodel = "small"\n\n[cohere]\napi_key = "${key}"\n`)).toBe(false)
    expect(finds(`[mistral]\nmodel = "small"\n\n[cache]\napi_key = "${key}"\n`)).toBe(false)
  })

  it('reads the brackets of a one-line JSON', () => {
    const text = `{"openai":{"api_key":"${other}"},"mistral":{"api_key":"${key}"}}`
    expect(finds(text, key)).toBe(true)
    expect(finds(text, other)).toBe(false)
  })

  it('reads a backslash-continued curl command', () => {
    const text = `curl https://api.mistral.ai/v1/models \\\n  -H 'Accept: application/json' \\\n  -H "Authorization: Bearer ${key}"\n`
    expect(finds(text)).toBe(true)
  })

  it('reads a sibling below (an OpenAI-compatible client pointed at Mistral)', () => {
    expect(finds(`client = OpenAI(\n    api_key="${key}",\n    base_url="https://api.mistral.ai/v1",\n)\n`)).toBe(true)
  })

  it("trusts a label over its neighbours: another provider's variable is not Mistral's", () => {
    expect(finds(`MISTRAL_MODEL=small\nCOHERE_API_KEY=${key}\n`)).toBe(false)
    expect(finds(`COHERE_MODEL=x\nMISTRAL_API_KEY=${key}\n`)).toBe(true)
  })

  it('needs an enclosing scope naming Mistral for a label with words of its own', () => {
    expect(finds(`MISTRAL_MODEL=small\nSESSION_SECRET=${key}\n`)).toBe(false)
    expect(finds(`mistral:\n  primary: ${key}\n`)).toBe(true)
  })

  it('is bounded: a mention far away among flat lines does not count', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `OPTION_${i}=${i}`).join('\n')
    expect(finds(`MISTRAL_MODEL=small\n${filler}\nAPI_KEY=${key}\n`)).toBe(false)
  })
})

describe('detect: rules', () => {
  it('reports a Codestral key when the context says Codestral', () => {
    expect(detect(`CODESTRAL_API_KEY=${key}\n`).map((match) => match.ruleId)).toEqual(['codestral-api-key'])
    const curl = `curl https://codestral.mistral.ai/v1/fim/completions -H "Authorization: Bearer ${key}"`
    expect(detect(curl).map((match) => match.ruleId)).toEqual(['codestral-api-key'])
  })

  it('reports a Mistral key otherwise', () => {
    expect(detect(`MISTRAL_API_KEY=${key}\n`).map((match) => match.ruleId)).toEqual(['mistral-api-key'])
  })
})

describe('detect: large inputs', () => {
  it('searches a 10 MB single minified line around each candidate', () => {
    const chunk = 'function a(t){return t&&t.__esModule?t:{default:t}};'
    const pad = chunk.repeat(Math.ceil(5_000_000 / chunk.length))
    const text = `${pad}var c=new r.Mistral({apiKey:"${key}"});${pad}`
    expect(text.length).toBeGreaterThan(10_000_000)
    const matches = detect(text)
    expect(matches.length).toBe(1)
    expect(matches[0]!.line).toBe(1)
    expect(matches[0]!.column).toBe(pad.length + 30)
  })
})
