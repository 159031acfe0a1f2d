// A label naming a provider whose keys always carry a prefix (OpenAI `sk-`, Groq `gsk_`, Hugging Face `hf_`…)
// cannot hold that provider's key when its value is 32 bare letters and digits: it holds Mistral's when a Mistral
// host (api.mistral.ai, codestral.mistral.ai) is configured beside it, as in Open WebUI or any OpenAI-compatible
// client pointed at Mistral. The word "mistral" alone is not enough. Keys are generated; assertions compare
// booleans or rule ids, so a failure never prints a key.
import { detect } from '../../src/detect/detector.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(3301)

function rules(text: string): string[] {
  return detect(text)
    .filter((match) => match.secret === key)
    .map((match) => match.ruleId)
}

describe('labels of providers whose keys carry a prefix', () => {
  it.each([
    ['an env file (base URL above)', `OPENAI_BASE_URL=https://api.mistral.ai/v1\nOPENAI_API_KEY=${key}\n`],
    ['an env file (base URL below)', `OPENAI_API_KEY=${key}\nOPENAI_API_BASE=https://api.mistral.ai/v1\n`],
    ['one line', `OPENAI_API_BASE_URL=https://api.mistral.ai/v1 OPENAI_API_KEY=${key} open-webui serve\n`],
    [
      'a compose file (Open WebUI)',
      `services:\n  open-webui:\n    image: ghcr.io/open-webui/open-webui:main\n    ports:\n      - "3000:8080"\n    environment:\n      OPENAI_API_BASE_URL: "https://api.mistral.ai/v1"\n      OPENAI_API_KEY: "${key}"\n`,
    ],
    ['a compose list', `    environment:\n      - OPENAI_API_BASE_URLS=https://api.mistral.ai/v1\n      - OPENAI_API_KEYS=${key}\n`],
    ['a Groq label', `GROQ_BASE_URL=https://api.mistral.ai/v1\nGROQ_API_KEY=${key}\n`],
    ['a Hugging Face label', `HF_ENDPOINT=https://api.mistral.ai\nHF_TOKEN=${key}\n`],
    [
      'a Python client',
      `llm = ChatOpenAI(\n    model="mistral-small-latest",\n    openai_api_base="https://api.mistral.ai/v1",\n    openai_api_key="${key}",\n)\n`,
    ],
  ])('is Mistral’s next to a Mistral host: %s', (_where, text) => {
    expect(rules(text)).toEqual(['mistral-api-key'])
  })

  it('is Codestral’s next to the Codestral host', () => {
    expect(rules(`OPENAI_API_BASE=https://codestral.mistral.ai/v1\nOPENAI_API_KEY=${key}\n`)).toEqual([
      'codestral-api-key',
    ])
  })

  it.each([
    ['the word only', `# trying mistral models\nMISTRAL_MODEL=mistral-small\nOPENAI_API_KEY=${key}\n`],
    ['a look-alike host', `OPENAI_BASE_URL=https://api.mistral.ai.example.net/v1\nOPENAI_API_KEY=${key}\n`],
    ['a Mistral host in another named section', `mistral:\n  base_url: https://api.mistral.ai\ntranscriber:\n  openai_api_key: ${key}\n`],
    ['a Mistral host far away', `OPENAI_BASE_URL=https://api.mistral.ai/v1\n${'X=1\n'.repeat(40)}OPENAI_API_KEY=${key}\n`],
  ])('is not Mistral’s without a Mistral host beside it: %s', (_where, text) => {
    expect(rules(text)).toEqual([])
  })

  it('leaves providers without prefixes alone, host or not', () => {
    expect(rules(`COHERE_BASE_URL=https://api.mistral.ai/v1\nCOHERE_API_KEY=${key}\n`)).toEqual([])
    expect(rules(`BASE_URL=https://api.mistral.ai/v1\nVOYAGE_API_KEY=${key}\n`)).toEqual([])
  })

  it('leaves Azure OpenAI labels alone (their keys carry no prefix)', () => {
    expect(rules(`AZURE_OPENAI_ENDPOINT=https://api.mistral.ai\nAZURE_OPENAI_API_KEY=${key}\n`)).toEqual([])
  })

  it('still trusts a label naming Mistral as well', () => {
    expect(rules(`OPENAI_COMPATIBLE_MISTRAL_KEY=${key}\n`)).toEqual(['mistral-api-key'])
  })
})
