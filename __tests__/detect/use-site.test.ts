// The use-site rule: a value assigned to a name (`API_KEY = "…"`) far from any Mistral context is Mistral's
// when that name is passed, a bounded stretch further down, to a call whose own line names Mistral. Keys are
// generated; assertions compare booleans or rule ids, so a failure never prints a key.
import { detect } from '../../src/detect/detector.js'
import { assignedName, USE_SITE_CHARS, USE_SITE_LINES } from '../../src/detect/use-site.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(3401)

function rules(text: string, secret = key): string[] {
  return detect(text)
    .filter((match) => match.secret === secret)
    .map((match) => match.ruleId)
}

/** Lines of code without any provider name, to push the import and the use out of every window. */
function code(lines: number, indent = ''): string {
  return Array.from({ length: lines }, (_, i) => `${indent}total_${i} = total_${i} * 2 + ${i}\n`).join('')
}

describe('assignedName', () => {
  it.each([
    ['API_KEY = "', 'API_KEY'],
    ['    api_key: str = "', 'api_key'],
    ['export const apiKey: string = \'', 'apiKey'],
    ['\tapiKey := "', 'apiKey'],
    ['$apiKey = \'', '$apiKey'],
    ['        self.api_key = "', 'self.api_key'],
    ['    private static final String MISTRAL_TOKEN = "', 'MISTRAL_TOKEN'],
    ['const API_KEY: &str = "', 'API_KEY'],
    ['    "api_key = \\"', 'api_key'],
    ['API_KEY=', 'API_KEY'],
  ])('reads the name in %j', (before, name) => {
    expect(assignedName(before, 0, before.length)).toBe(name)
  })

  it.each([
    ['a keyword argument', 'client = Foo(token="'],
    ['a comparison', 'if token == "'],
    ['a dictionary entry', '    "api_key": "'],
    ['a YAML mapping', 'api_key: '],
    ['an arrow', 'const f = () => "'],
    ['an augmented assignment', 'token += "'],
  ])('finds no assignment in %s', (_what, before) => {
    expect(assignedName(before, 0, before.length)).toBeNull()
  })
})

describe('use-site rule', () => {
  const python = (use: string, gapBelow = 12) =>
    `from mistralai import Mistral\n\n${code(55)}\nAPI_KEY = "${key}"\n\n${code(gapBelow)}${use}\n`

  it('finds a key used by the Mistral client far below its assignment', () => {
    expect(rules(python('client = Mistral(api_key=API_KEY)'))).toEqual(['mistral-api-key'])
  })

  it('follows a call spread over several lines', () => {
    expect(rules(python('client = Mistral(\n    api_key=API_KEY,\n    timeout_ms=30_000,\n)'))).toEqual(['mistral-api-key'])
  })

  it('reports Codestral when the call names the Codestral host', () => {
    const use = 'client = Mistral(api_key=API_KEY, server_url="https://codestral.mistral.ai")'
    expect(rules(python(use))).toEqual(['codestral-api-key'])
  })

  it.each([
    [
      'TypeScript (shorthand property)',
      `import { Mistral } from '@mistralai/mistralai'\n${code(50, '// ')}const apiKey: string = '${key}'\n${code(15, '// ')}export const client = new Mistral({ apiKey })\n`,
    ],
    [
      'Go',
      `package main\n\nimport "github.com/gage-technologies/mistral-go"\n${code(50, '// ')}const apiKey = "${key}"\n\nfunc main() {\n${code(15, '\t// ')}\tclient := mistral.NewMistralClientDefault(apiKey)\n}\n`,
    ],
    [
      'Java',
      `import org.springframework.ai.mistralai.api.MistralAiApi;\n${code(50, '// ')}class Chat {\n    private static final String TOKEN = "${key}";\n${code(15, '    // ')}    MistralAiApi api = new MistralAiApi(TOKEN);\n}\n`,
    ],
    [
      'a notebook (JSON-escaped source)',
      `   "source": [\n    "from mistralai import Mistral\\n",\n${code(50, '    "# ')}    "API_KEY = \\"${key}\\"\\n",\n${code(15, '    "# ')}    "client = Mistral(api_key=API_KEY)\\n"\n   ]\n`,
    ],
    [
      'a request with the key in its headers',
      `import requests\n${code(50)}token = "${key}"\n${code(15)}r = requests.post(MISTRAL_URL, headers={"Authorization": f"Bearer {token}"})\n`,
    ],
  ])('works in %s', (_language, text) => {
    expect(rules(text)).toEqual(['mistral-api-key'])
  })

  it.each([
    ['another client takes it', 'search = Algolia(app_id="ABC", api_key=API_KEY)\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])'],
    ['only a comment on its line names Mistral', 'print(API_KEY)  # then call mistral'],
    ['a longer name holds it', 'client = Mistral(api_key=API_KEY_FALLBACK)'],
    ['a longer name ends with it', 'client = Mistral(api_key=OLD_API_KEY)'],
  ])('passes over a key when %s', (_why, use) => {
    expect(rules(python(use))).toEqual([])
  })

  it(`looks no further than ${USE_SITE_LINES} lines`, () => {
    expect(rules(python('client = Mistral(api_key=API_KEY)', USE_SITE_LINES - 10))).toEqual(['mistral-api-key'])
    expect(rules(python('client = Mistral(api_key=API_KEY)', USE_SITE_LINES + 5))).toEqual([])
  })

  it(`looks no further than ${USE_SITE_CHARS} characters`, () => {
    const long = `blob = "${'ab '.repeat(150)}"\n`.repeat(Math.ceil(USE_SITE_CHARS / 400))
    const text = `from mistralai import Mistral\n${code(55)}API_KEY = "${key}"\n${long}client = Mistral(api_key=API_KEY)\n`
    expect(rules(text)).toEqual([])
  })

  it('needs an assignment: a keyword argument named like the later use is not one', () => {
    const text = `from mistralai import Mistral\n${code(55)}signature = sign(token="${key}")\n${code(12)}client = Mistral(api_key=token)\n`
    expect(rules(text)).toEqual([])
  })

  it('leaves labels that are not secrets alone', () => {
    const text = `from mistralai import Mistral\n${code(55)}REQUEST_ID = "${key}"\n${code(12)}client = Mistral(request_id=REQUEST_ID)\n`
    expect(rules(text)).toEqual([])
  })

  it('stays bounded over megabytes of assignments and uses (completes; time goes to bench/)', () => {
    const keys = Array.from({ length: 20 }, (_, i) => fakeKey(3500 + i))
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < 3_000_000; i++) {
      const part = `k = "${keys[i % keys.length]}"\nprint(k, k, k, k)  # mistral\nMistral(api_key=x)\n`
      parts.push(part)
      length += part.length
    }
    const text = parts.join('')
    const matches = detect(text)
    expect(matches.every((match) => match.ruleId === 'mistral-api-key')).toBe(true)
    expect(JSON.stringify(detect(text)) === JSON.stringify(matches)).toBe(true)
  })
})
