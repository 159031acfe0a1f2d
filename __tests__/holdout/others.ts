// Other providers' credentials, shaped as they really are, for files that mix them with Mistral.
// None of them is a Mistral key: a match on any of them is a false positive.

import type { Gen } from './gen.js'

type Maker = (g: Gen) => string

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + '234567'

/** Prefixed or differently sized tokens: `NAME` is the env variable people use for each. */
export const OTHER_PROVIDERS: ReadonlyArray<readonly [string, Maker]> = [
  ['OPENAI_API_KEY', (g) => `sk-proj-${g.b64url(74)}T3BlbkFJ${g.b64url(74)}`],
  ['OPENAI_API_KEY', (g) => `sk-${g.alnum(20)}T3BlbkFJ${g.alnum(20)}`],
  ['ANTHROPIC_API_KEY', (g) => `sk-ant-api03-${g.b64url(93)}AA`],
  ['GROQ_API_KEY', (g) => `gsk_${g.alnum(52)}`],
  ['HF_TOKEN', (g) => `hf_${g.letters(34)}`],
  ['HUGGINGFACEHUB_API_TOKEN', (g) => `hf_${g.letters(34)}`],
  ['COHERE_API_KEY', (g) => g.alnum(40)],
  ['CO_API_KEY', (g) => g.alnum(40)],
  ['TAVILY_API_KEY', (g) => `tvly-${g.alnum(32)}`],
  ['TAVILY_API_KEY', (g) => `tvly-dev-${g.alnum(32)}`],
  ['LANGSMITH_API_KEY', (g) => `lsv2_pt_${g.hex(32)}_${g.hex(10)}`],
  ['AZURE_OPENAI_API_KEY', (g) => g.hex(32)],
  ['DEEPSEEK_API_KEY', (g) => `sk-${g.hex(32)}`],
  ['PERPLEXITY_API_KEY', (g) => `pplx-${g.alnum(48)}`],
  ['REPLICATE_API_TOKEN', (g) => `r8_${g.alnum(37)}`],
  ['TOGETHER_API_KEY', (g) => g.hex(64)],
  ['GOOGLE_API_KEY', (g) => `AIza${g.b64url(35)}`],
  ['GEMINI_API_KEY', (g) => `AIza${g.b64url(35)}`],
  ['OPENROUTER_API_KEY', (g) => `sk-or-v1-${g.hex(64)}`],
  ['VOYAGE_API_KEY', (g) => `pa-${g.b64url(43)}`],
  ['FIREWORKS_API_KEY', (g) => `fw_${g.alnum(24)}`],
  ['LLAMA_CLOUD_API_KEY', (g) => `llx-${g.alnum(48)}`],
  ['XAI_API_KEY', (g) => `xai-${g.alnum(80)}`],
  ['ELEVENLABS_API_KEY', (g) => `sk_${g.hex(48)}`],
  ['PINECONE_API_KEY', (g) => `pcsk_${g.alnum(5)}_${g.alnum(63)}`],
  ['FIRECRAWL_API_KEY', (g) => `fc-${g.hex(32)}`],
  ['LANGFUSE_SECRET_KEY', (g) => `sk-lf-${g.uuid()}`],
  ['LANGFUSE_PUBLIC_KEY', (g) => `pk-lf-${g.uuid()}`],
  ['SERPER_API_KEY', (g) => g.hex(40)],
  ['ASSEMBLYAI_API_KEY', (g) => g.hex(32)],
  ['AWS_ACCESS_KEY_ID', (g) => `AKIA${g.chars(BASE32, 16)}`],
  ['AWS_SECRET_ACCESS_KEY', (g) => g.base64(30)],
]

/** Unprefixed 32-character alphanumeric secrets that belong to something else than Mistral. */
export const OTHER_32 = [
  'ENCRYPTION_KEY', 'SECRET_KEY', 'NEXTAUTH_SECRET', 'JWT_SECRET', 'SESSION_SECRET', 'WEBHOOK_SECRET', 'APP_SECRET',
  'DEEPINFRA_API_KEY', 'AI21_API_KEY', 'COOKIE_SECRET', 'N8N_ENCRYPTION_KEY', 'CSRF_SECRET', 'ADMIN_PASSWORD',
  'POSTGRES_PASSWORD', 'REDIS_PASSWORD', 'MEILI_MASTER_KEY',
]

export function otherProviderLines(g: Gen, count: number): string[] {
  return g.shuffle(OTHER_PROVIDERS).slice(0, count).map(([name, make]) => `${name}=${make(g)}`)
}

export function other32Lines(g: Gen, count: number): string[] {
  return g.shuffle(OTHER_32).slice(0, count).map((name) => `${name}=${g.alnum(32)}`)
}

export function otherToken(g: Gen, name: string): string {
  const found = OTHER_PROVIDERS.filter(([n]) => n === name)
  if (found.length === 0) throw new Error(`no provider ${name}`)
  return g.pick(found)[1](g)
}
