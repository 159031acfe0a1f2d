// Provider names the detector reads context from. Mistral's family decides a key is Mistral's; another
// provider's name nearby (an `openai:` section, `COHERE_API_KEY=`) decides it is not.

export type Provider = 'mistral' | 'codestral' | 'other'

/** Words that put text in Mistral's context, lowercase. `codestral` wins over `mistral` (codestral.mistral.ai). */
export const MISTRAL_WORDS = ['mistral', 'codestral', 'ministral', 'pixtral', 'devstral', 'magistral', 'voxtral']

// Providers whose keys are not Mistral's; short or common words only count as whole words. Clouds that host
// Mistral's models (Azure, Bedrock, Vertex) and frameworks (LangChain, LiteLLM) are left out on purpose: their
// names sit next to real Mistral keys.
const OTHER_PROVIDERS = [
  'cohere', 'gemini', 'deepseek', 'fireworks', 'voyageai', 'pinecone', 'elevenlabs',
  'assemblyai', 'deepgram', 'twilio', 'sendgrid', 'mailgun', 'algolia', 'langsmith', 'langfuse', 'serpapi',
  'cerebras', 'sambanova',
  // More model hosts and AI APIs.
  'deepinfra', 'anyscale', 'octoai', 'novita', 'nebius', 'hyperbolic', 'lepton', 'friendli', 'baseten', 'runpod',
  'predibase', 'upstage', 'dashscope', 'zhipu', 'moonshot', 'minimax', 'stabilityai', 'alephalpha', 'aleph_alpha',
  'nlpcloud', 'helicone', 'portkey', 'wandb', 'braintrust', 'firecrawl', 'serper', 'llamacloud', 'llamaparse',
  'mixedbread', 'vectara',
  // Vector databases.
  'weaviate', 'qdrant', 'milvus', 'zilliz', 'chromadb', 'lancedb', 'marqo', 'turbopuffer', 'upstash',
]
const OTHER_WHOLE_WORDS = ['together', 'jina', 'voyage', 'stripe', 'ai21', 'chroma', 'exa', 'reka']

/**
 * Providers whose keys always carry a prefix (`sk-`, `sk-ant-`, `gsk_`, `hf_`, `pplx-`, `r8_`, `sk-or-`, `tvly-`,
 * `xai-`): a bare 32-character value under their label cannot be their key, so it may be Mistral's when the
 * client is pointed at a Mistral host (an OpenAI-compatible client, Open WebUI).
 */
const PREFIXED_PROVIDERS = [
  'openai', 'anthropic', 'claude', 'groq', 'huggingface', 'hugging_face', 'perplexity', 'replicate', 'openrouter',
  'tavily',
]
const PREFIXED_WHOLE_WORDS = ['pplx', 'hf', 'xai']

const MISTRAL_PATTERN = MISTRAL_WORDS.join('|')

/** The cheap pre-filter: true when text may hold Mistral context (a keyword, any case). */
const MENTIONS = new RegExp(MISTRAL_PATTERN, 'i')
/**
 * What every keyword ends with: one literal that rejects most texts about twice as fast as the alternation
 * (which then only confirms).
 */
const TAILS = /[sx]tral/i

export function mentionsMistral(text: string): boolean {
  return TAILS.test(text) && MENTIONS.test(text)
}

/**
 * mentionsMistral for bytes, without decoding them: the same answer as `mentionsMistral(bytes.toString('latin1'))`.
 * The keywords are ASCII and UTF-8 never hides an ASCII byte inside a multi-byte character, so this is exact for
 * UTF-8 text too. A buffer that starts with a UTF-16 byte order mark is decoded first (its text would otherwise
 * read as letters and NULs); UTF-16 without a mark holds NULs, which callers treat as binary or decode themselves.
 */
export function mentionsMistralBytes(bytes: Uint8Array): boolean {
  const utf16 = utf16WithMark(bytes)
  if (utf16 !== null) return mentionsMistral(utf16)
  return hasFamilyWord(bytes)
}

// Every word of the family ends in `stral` or `xtral`: a Horspool search for that five-byte tail, any case, reads
// about one byte in five; each hit then checks the letters before it. Shifts are by the byte under the window's
// last position; a byte of the tail shifts to its place in it, any other byte past it.
const TAIL = 5
const TAIL_SHIFT = new Uint8Array(256).fill(TAIL)
for (const [letter, shift] of [['s', 4], ['x', 4], ['t', 3], ['r', 2], ['a', 1]] as const) {
  TAIL_SHIFT[letter.charCodeAt(0)] = shift
  TAIL_SHIFT[letter.toUpperCase().charCodeAt(0)] = shift
}
/** Lowercase for ASCII letters; other bytes may fold to non-letters, never to a letter. */
const FOLD = 0x20
const L = 0x6c
const A = 0x61
const R = 0x72
const T = 0x74
const S = 0x73
const X = 0x78

/** What comes before `stral` or `xtral` in each family word (`mi`, `code`, `pi`, …). */
const BEFORE_STRAL = MISTRAL_WORDS.filter((word) => word.endsWith('stral')).map((word) => word.slice(0, -TAIL))
const BEFORE_XTRAL = MISTRAL_WORDS.filter((word) => word.endsWith('xtral')).map((word) => word.slice(0, -TAIL))

function hasFamilyWord(bytes: Uint8Array): boolean {
  const length = bytes.length
  let end = TAIL - 1
  while (end < length) {
    const last = bytes[end]!
    if (
      (last | FOLD) === L &&
      (bytes[end - 1]! | FOLD) === A &&
      (bytes[end - 2]! | FOLD) === R &&
      (bytes[end - 3]! | FOLD) === T
    ) {
      const first = bytes[end - 4]! | FOLD
      if (first === S && endsWithAny(bytes, end - 4, BEFORE_STRAL)) return true
      if (first === X && endsWithAny(bytes, end - 4, BEFORE_XTRAL)) return true
    }
    end += TAIL_SHIFT[last]!
  }
  return false
}

/** Whether the bytes before `at` spell one of `words` (lowercase ASCII), any case. */
function endsWithAny(bytes: Uint8Array, at: number, words: readonly string[]): boolean {
  for (const word of words) {
    if (at < word.length) continue
    let same = true
    for (let i = 0; i < word.length && same; i++) same = (bytes[at - word.length + i]! | FOLD) === word.charCodeAt(i)
    if (same) return true
  }
  return false
}

/** The text of a buffer that starts with a UTF-16 byte order mark (an odd last byte dropped), else null. */
function utf16WithMark(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null
  const little = bytes[0] === 0xff && bytes[1] === 0xfe
  const big = bytes[0] === 0xfe && bytes[1] === 0xff
  if (!little && !big) return null
  const even = bytes.length - (bytes.length % 2)
  const units = Buffer.from(bytes.subarray(2, even))
  if (big) units.swap16()
  return units.toString('utf16le')
}

// Groups: 1 Mistral's family, 2 a prefixed provider, 3 another provider; then the same two as whole words.
export const ALL_MENTIONS_SOURCE =
  `(${MISTRAL_PATTERN})|(${PREFIXED_PROVIDERS.join('|')})|(${OTHER_PROVIDERS.join('|')})` +
  `|(?<![a-z0-9])(?:(${PREFIXED_WHOLE_WORDS.join('|')})|(${OTHER_WHOLE_WORDS.join('|')}))(?![a-z])`
/** Every word ALL_MENTIONS_SOURCE names. */
export const PROVIDER_WORDS: readonly string[] = [
  ...MISTRAL_WORDS,
  ...PREFIXED_PROVIDERS,
  ...OTHER_PROVIDERS,
  ...PREFIXED_WHOLE_WORDS,
  ...OTHER_WHOLE_WORDS,
]

/** Codestral over Mistral (the more specific name), any Mistral name over another provider. */
export function strongerProvider(a: Provider | null, b: Provider | null): Provider | null {
  if (a === 'codestral' || b === 'codestral') return 'codestral'
  if (a === 'mistral' || b === 'mistral') return 'mistral'
  return a ?? b
}
