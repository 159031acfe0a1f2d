// Realistic source text for the benchmark repository: TypeScript, Python, Go, YAML, JSON and Markdown that talks
// to Mistral the way real projects do (SDK calls, env lookups, placeholders), with the lookalikes a key detector
// must pass over: 32-letter identifiers, 32-digit hex digests, base64 integrity hashes, random salts far from
// any Mistral context.
import { BASE64, HEX, ALNUM } from './random.mjs'

const WORDS = [
  'chat', 'completion', 'stream', 'request', 'response', 'handler', 'message', 'embedding', 'batch', 'token',
  'model', 'prompt', 'agent', 'tool', 'call', 'result', 'config', 'client', 'retry', 'policy', 'cache', 'vector',
  'index', 'search', 'document', 'chunk', 'fine', 'tune', 'job', 'file', 'upload', 'moderation', 'classifier',
  'usage', 'limit', 'rate', 'window', 'context', 'system', 'user', 'assistant', 'delta', 'choice', 'finish',
  'reason', 'temperature', 'top', 'max', 'output', 'input', 'schema', 'format', 'json', 'parser', 'validator',
  'mistral', 'codestral', 'pixtral', 'ministral', 'large', 'small', 'latest', 'provider', 'adapter', 'factory',
  'session', 'store', 'queue', 'worker', 'event', 'listener', 'metrics', 'trace', 'span', 'logger', 'options',
]
const MODELS = [
  'mistral-large-latest', 'mistral-small-latest', 'codestral-latest', 'ministral-8b-latest', 'pixtral-12b-2409',
  'mistral-embed', 'open-mistral-nemo', 'mistral-moderation-latest',
]
const PEOPLE = ['alice', 'bruno', 'chloé', 'dmitri', 'eun-ji', 'farid', 'greta', 'hiro', 'ines', 'jonas']

const cap = (w) => w[0].toUpperCase() + w.slice(1)

const FAMILY = /mistral|codestral|pixtral|ministral/gi
/** The same word in the case `like` is written in (MISTRAL, Mistral, mistral). */
function inCaseOf(like, word) {
  if (like === like.toUpperCase()) return word.toUpperCase()
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1)
  return word
}

/**
 * `mistral: false` gives the same kinds of files for the parts of a code base that never talk to Mistral:
 * no Mistral-family word anywhere (so a keyword pre-filter can skip them), the same lookalikes otherwise.
 */
export function makeContent(t, { mistral = true } = {}) {
  const { int, chance, chars } = t
  const words = mistral ? WORDS : WORDS.filter((w) => !/mistral|codestral|pixtral|ministral/i.test(w))
  const pick = (list) => t.pick(list === WORDS ? words : list)

  /** camelCase identifier of exactly `length` letters (32 is the key length: the detector's hardest lookalike). */
  function identifierOfLength(length, { upperFirst = false } = {}) {
    const parts = []
    let remaining = length
    while (remaining > 0) {
      const fits = words.filter((w) => w.length === remaining || (w.length <= remaining - 3 && w.length >= 3))
      const word = fits.length > 0 ? pick(fits) : 'x'.repeat(remaining)
      parts.push(parts.length === 0 && !upperFirst ? word : cap(word))
      remaining -= word.length
    }
    return parts.join('')
  }
  const camel = (n = int(2, 4)) => {
    const parts = Array.from({ length: n }, () => pick(WORDS))
    return parts[0] + parts.slice(1).map(cap).join('')
  }
  const pascal = (n = int(2, 3)) => cap(camel(n))
  const snake = (n = int(2, 4)) => Array.from({ length: n }, () => pick(WORDS)).join('_')
  const ident = () => (chance(0.35) ? identifierOfLength(32) : camel())
  const hex = (n = 32) => chars(HEX, n)
  const sentence = () => {
    const n = int(6, 16)
    const words = Array.from({ length: n }, () => pick(WORDS))
    return cap(words.join(' ')) + '.'
  }

  const ts = {
    header: () => [
      `import { Mistral } from '@mistralai/mistralai'`,
      `import type { ${pascal()}, ${pascal()} } from './${camel(2)}.js'`,
      '',
      `const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' })`,
      '',
    ],
    block: () => {
      const kind = int(0, 4)
      if (kind === 0) {
        const fn = ident()
        return [
          `export async function ${fn}(input: ${pascal()}): Promise<string> {`,
          `  const response = await client.chat.complete({`,
          `    model: '${pick(MODELS)}',`,
          `    messages: [{ role: 'user', content: input.${camel(2)} }],`,
          `    temperature: ${(int(0, 10) / 10).toFixed(1)},`,
          `  })`,
          `  return response.choices?.[0]?.message?.content?.toString() ?? ''`,
          `}`,
          '',
        ]
      }
      if (kind === 1) {
        return [
          `export interface ${identifierOfLength(32, { upperFirst: true })} {`,
          ...Array.from({ length: int(2, 6) }, () => `  ${ident()}: ${pick(['string', 'number', 'boolean', pascal()])}`),
          `}`,
          '',
        ]
      }
      if (kind === 2) {
        const name = camel()
        return [
          `// ${sentence()}`,
          `export const ${name} = {`,
          `  model: '${pick(MODELS)}',`,
          `  maxTokens: ${int(64, 8192)},`,
          `  etag: '${hex()}',`,
          `  ${identifierOfLength(32)}: ${chance(0.5)},`,
          `} as const`,
          '',
        ]
      }
      if (kind === 3) {
        return [
          `export function ${camel()}(${camel(2)}: number[]): number {`,
          `  let total = 0`,
          `  for (const value of ${camel(2)}) total += value * ${int(2, 99)}`,
          `  return total`,
          `}`,
          '',
        ]
      }
      return [
        `describe('${camel(2)}', () => {`,
        `  it('${sentence().toLowerCase()}', async () => {`,
        `    const fixture = { id: '${hex()}', object: 'chat.completion', model: '${pick(MODELS)}' }`,
        `    expect(await ${camel()}(fixture)).toBeDefined()`,
        `  })`,
        `})`,
        '',
      ]
    },
  }

  const py = {
    header: () => [
      `"""${sentence()}"""`,
      'import os',
      'from mistralai import Mistral',
      '',
      'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])',
      '',
    ],
    block: () => {
      const kind = int(0, 3)
      if (kind === 0) {
        return [
          `def ${snake()}(prompt: str, ${snake(2)}: int = ${int(1, 64)}) -> str:`,
          `    """${sentence()}"""`,
          `    res = client.chat.complete(model="${pick(MODELS)}", messages=[{"role": "user", "content": prompt}])`,
          `    return res.choices[0].message.content`,
          '',
          '',
        ]
      }
      if (kind === 1) {
        return [
          `class ${identifierOfLength(32, { upperFirst: true })}:`,
          `    ${snake(2)}: str = "${pick(MODELS)}"`,
          `    checksum: str = "${hex()}"`,
          '',
          `    def ${snake(2)}(self, items):`,
          `        return [item for item in items if item.${snake(2)} > ${int(0, 100)}]`,
          '',
          '',
        ]
      }
      if (kind === 2) {
        return [
          `${snake(2).toUpperCase()} = {`,
          ...Array.from({ length: int(2, 5) }, () => `    "${snake(2)}": ${int(0, 10_000)},`),
          '}',
          '',
        ]
      }
      return [
        `def test_${snake(3)}():`,
        `    embedding = client.embeddings.create(model="mistral-embed", inputs=["${sentence()}"])`,
        `    assert len(embedding.data[0].embedding) == 1024`,
        '',
        '',
      ]
    },
  }

  const go = {
    header: () => [
      `package ${pick(['chat', 'embed', 'agents', 'gateway', 'store'])}`,
      '',
      'import (',
      '\t"context"',
      '\t"fmt"',
      '\t"os"',
      ')',
      '',
      `var apiKey = os.Getenv("MISTRAL_API_KEY")`,
      '',
    ],
    block: () => {
      const kind = int(0, 2)
      if (kind === 0) {
        const name = identifierOfLength(32, { upperFirst: true })
        return [
          `// ${name} ${sentence().toLowerCase()}`,
          `func ${name}(ctx context.Context, c *Client, req ${pascal()}) (*${pascal()}, error) {`,
          `\tresp, err := c.ChatComplete(ctx, "${pick(MODELS)}", req)`,
          `\tif err != nil {`,
          `\t\treturn nil, fmt.Errorf("${camel(2)}: %w", err)`,
          `\t}`,
          `\treturn resp, nil`,
          `}`,
          '',
        ]
      }
      if (kind === 1) {
        return [
          `type ${pascal()} struct {`,
          ...Array.from({ length: int(2, 6) }, () => `\t${pascal(2)} ${pick(['string', 'int', 'bool', '[]float32'])} \`json:"${snake(2)}"\``),
          `}`,
          '',
        ]
      }
      return [
        `const ${camel()}Digest = "${hex()}"`,
        '',
      ]
    },
  }

  const yaml = {
    header: () => [`# ${sentence()}`, `name: ${camel(2)}`, ''],
    block: () => {
      const kind = int(0, 2)
      if (kind === 0) {
        return [
          `${snake(2)}:`,
          `  runs-on: ubuntu-latest`,
          `  env:`,
          `    MISTRAL_API_KEY: \${{ secrets.MISTRAL_API_KEY }}`,
          `    MODEL: ${pick(MODELS)}`,
          `  steps:`,
          `    - uses: actions/checkout@v5`,
          `    - run: npm test -- --grep ${camel(2)}`,
          '',
        ]
      }
      if (kind === 1) {
        return [
          `${camel(2)}:`,
          `  image: registry.example.com/${snake(2)}:${int(1, 9)}.${int(0, 30)}.${int(0, 99)}`,
          `  checksum: ${hex()}`,
          `  env:`,
          `    - name: MISTRAL_API_KEY`,
          `      valueFrom:`,
          `        secretKeyRef: { name: mistral, key: api-key }`,
          '',
        ]
      }
      return [`${snake(2)}: ${int(0, 1000)}`, `${identifierOfLength(32)}: ${chance(0.5)}`, '']
    },
  }

  const json = {
    header: () => ['{', `  "name": "${camel(2)}",`, `  "model": "${pick(MODELS)}",`],
    block: () => {
      if (chance(0.5)) {
        return [
          `  "node_modules/${snake(2).replace(/_/g, '-')}": {`,
          `    "version": "${int(0, 9)}.${int(0, 20)}.${int(0, 40)}",`,
          `    "integrity": "sha512-${chars(BASE64, 86)}=="`,
          `  },`,
        ]
      }
      return [`  "${camel(2)}": { "id": "${hex()}", "object": "chat.completion", "created": ${int(1.6e9, 1.8e9)} },`]
    },
    footer: () => [`  "version": ${int(1, 99)}`, '}'],
  }

  const md = {
    header: () => [`# ${cap(camel(2))}`, '', sentence() + ' Maintained by ' + pick(PEOPLE) + '.', ''],
    block: () => {
      const kind = int(0, 2)
      if (kind === 0) {
        return [
          `## ${cap(snake(2).replace(/_/g, ' '))}`,
          '',
          `${sentence()} ${sentence()} Set your Mistral key in the environment first:`,
          '',
          '```bash',
          'export MISTRAL_API_KEY=<your-api-key>',
          `python -m app.${snake(2)} --model ${pick(MODELS)}`,
          '```',
          '',
        ]
      }
      if (kind === 1) return [`- ${sentence()}`, `- ${sentence()}`, '']
      return [`${sentence()} ${sentence()} ${sentence()}`, '']
    },
  }

  /** A salt or session id far from any Mistral context: a detector that ignores context flags it. */
  const saltLine = () => `const SESSION_SALT = '${chars(ALNUM, 32)}'`

  const langs = { ts, py, go, yaml, json, md }
  if (!mistral) {
    const neutral = (lines) => lines.map((line) => line.replace(FAMILY, (m) => inCaseOf(m, 'inference')))
    for (const g of Object.values(langs)) {
      for (const part of ['header', 'block', 'footer']) {
        const make = g[part]
        if (make) g[part] = () => neutral(make())
      }
    }
  }
  return { ...langs, identifierOfLength, camel, snake, pascal, hex, sentence, saltLine }
}

export const LANGUAGES = [
  { lang: 'ts', ext: '.ts', dirs: ['web/src', 'web/src/lib', 'packages/sdk/src', 'packages/agents/src', 'web/test'] },
  { lang: 'py', ext: '.py', dirs: ['services/ml', 'services/ml/pipelines', 'services/api', 'tests'] },
  { lang: 'go', ext: '.go', dirs: ['gateway', 'gateway/internal/chat', 'cmd/worker'] },
  { lang: 'yaml', ext: '.yaml', dirs: ['deploy', 'deploy/charts', '.github/workflows', 'config'] },
  { lang: 'json', ext: '.json', dirs: ['config', 'fixtures', 'packages/sdk'] },
  { lang: 'md', ext: '.md', dirs: ['docs', 'docs/guides', 'docs/adr'] },
]
