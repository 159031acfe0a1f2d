// Which neighbours speak for a value: siblings of a list are peers (another entry's subtree says nothing about
// this one), siblings of a mapping describe the same object (a Secret's `metadata.name`), and a section named
// after something else (`deepinfra:`, `search_index:`) is a boundary its siblings do not cross. Keys are
// generated; assertions compare booleans, so a failure never prints a key.
import { detect } from '../../src/detect/detector.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(3101)
const other = fakeKey(3102)

function finds(text: string, secret = key): boolean {
  return detect(text).some((match) => match.secret === secret)
}

describe('siblings: list items are peers', () => {
  it('ignores the subtree of an earlier list item', () => {
    const text = [
      'providers:',
      '  - kind: chat',
      '    backend:',
      '      url: https://api.mistral.ai',
      '  - kind: search',
      '    settings:',
      '      timeout: 10',
      `    token: ${key}`,
      '',
    ].join('\n')
    expect(finds(text)).toBe(false)
  })

  it('ignores the subtree of a later list item', () => {
    const text = [
      'providers:',
      '  - kind: search',
      `    token: ${key}`,
      '  - kind: chat',
      '    backend:',
      '      url: https://api.mistral.ai',
      '',
    ].join('\n')
    expect(finds(text)).toBe(false)
  })

  it('ignores the content of an earlier JSON array element', () => {
    const text = [
      '[',
      '  {',
      '    "kind": "chat",',
      '    "url": "https://api.mistral.ai"',
      '  },',
      '  {',
      '    "kind": "search",',
      `    "token": "${key}"`,
      '  }',
      ']',
      '',
    ].join('\n')
    expect(finds(text)).toBe(false)
  })

  it('still reads the first line of a sibling item (`- name: Mistral`) and its own item', () => {
    expect(finds(`models:\n  - title: Mistral large\n  - title: Default\n    token: ${key}\n`)).toBe(true)
    expect(finds(`models:\n  - title: Default\n    provider: mistral\n    token: ${key}\n`)).toBe(true)
  })
})

describe('siblings: mapping keys describe the same object', () => {
  it('reads the subtree of an earlier mapping sibling (a Secret named after Mistral)', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mistral-credentials\n  namespace: bots\nstringData:\n  token: ${key}\n`
    expect(finds(text)).toBe(true)
  })

  it('reads the subtree of a later mapping sibling (a request and its URL)', () => {
    const text = [
      '"request": {',
      '  "header": [',
      '    {',
      '      "key": "Authorization",',
      `      "value": "Bearer ${key}"`,
      '    }',
      '  ],',
      '  "url": {',
      '    "raw": "https://api.mistral.ai/v1/models"',
      '  }',
      '}',
      '',
    ].join('\n')
    expect(finds(text)).toBe(true)
  })

  it('places a line that closes several levels at once in the scope that holds it', () => {
    // `search:` closes two levels below the key: it is a sibling of `summarizer:`, outside that named section.
    const text = `llm:\n  summarizer:\n    auth:\n      token: ${key}\n  search:\n    model: mistral-embed\n`
    expect(finds(text)).toBe(false)
    // One level less deep, it is inside the section and counts.
    expect(finds(`llm:\n  summarizer:\n    auth:\n      token: ${key}\n    model: mistral-small\n`)).toBe(true)
  })
})

describe('named sections are boundaries', () => {
  it.each([
    ['DeepInfra', `mistral:\n  model: small\ndeepinfra:\n  api_key: ${key}\n`],
    ['AI21', `ai21:\n  api_key: ${key}\nmistral:\n  model: small\n`],
    ['Qdrant', `qdrant:\n  url: http://localhost:6333\n  api_key: ${key}\nmistral:\n  model: small\n`],
    ['an unknown service', `mistral:\n  model: small\nbilling_gateway:\n  api_key: ${key}\n`],
    ['a JSON object', `{\n  "mistral": { "model": "small" },\n  "weaviate": {\n    "api_key": "${key}"\n  }\n}\n`],
    ['a list item named after something else', `models:\n  - name: Codestral\n    provider: mistral\n  - name: Local llama\n    apiKey: ${key}\n`],
  ])('a key inside %s next to a Mistral section is not Mistral’s', (_name, text) => {
    expect(finds(text)).toBe(false)
  })

  it('still reads what the named section itself holds', () => {
    expect(finds(`billing_gateway:\n  upstream: https://api.mistral.ai\n  api_key: ${key}\n`)).toBe(true)
  })

  it('still reads the sections that enclose it (a Mistral section above a named one)', () => {
    expect(finds(`mistral:\n  teams:\n    research_lab:\n      api_key: ${key}\n`)).toBe(true)
    expect(finds(`codestral:\n  research_lab:\n    api_key: ${key}\n`)).toBe(true)
  })

  it('is not a boundary when named with generic or structural words', () => {
    expect(finds(`mistral:\n  model: small\nmistral_fallback:\n  model: tiny\nconfig:\n  api_key: ${key}\n`)).toBe(true)
    expect(finds(`llm:\n  provider: mistral\n  credentials:\n    api_key: ${key}\n`)).toBe(true)
    expect(finds(`llm:\n  provider: mistral\n  chat:\n    api_key: ${key}\n`)).toBe(true)
  })

  it('stops a label with words of its own at the first named section', () => {
    // `primary` under `mistral:` is Mistral's; under `postgres:` inside a Mistral app, it is the database's.
    expect(finds(`mistral:\n  primary: ${key}\n`)).toBe(true)
    expect(finds(`mistral_app:\n  postgres:\n    primary: ${key}\n`)).toBe(false)
  })

  it('leaves the Mistral key of the same file alone', () => {
    const text = `mistral:\n  api_key: ${other}\ndeepinfra:\n  api_key: ${key}\n`
    expect(finds(text, other)).toBe(true)
    expect(finds(text, key)).toBe(false)
  })
})

describe('other providers', () => {
  it.each(['weaviate', 'qdrant', 'pinecone', 'deepinfra', 'anyscale', 'upstash', 'portkey', 'helicone'])(
    '%s names another provider (its label or its section)',
    (provider) => {
      expect(finds(`# mistral and ${provider}\n${provider.toUpperCase()}_API_KEY=${key}\n`)).toBe(false)
      expect(finds(`mistral:\n  model: small\n${provider}:\n  token: ${key}\n`)).toBe(false)
    },
  )

  it('counts short provider names only as whole words', () => {
    expect(finds(`# mistral\nAI21_API_KEY=${key}\n`)).toBe(false)
    // `exa` inside `example` is no provider.
    expect(finds(`# example with mistral\nAPI_KEY=${key}\n`)).toBe(true)
  })
})
