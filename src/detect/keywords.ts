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
const ALL_MENTIONS = new RegExp(
  `(${MISTRAL_PATTERN})|(${PREFIXED_PROVIDERS.join('|')})|(${OTHER_PROVIDERS.join('|')})` +
    `|(?<![a-z0-9])(?:(${PREFIXED_WHOLE_WORDS.join('|')})|(${OTHER_WHOLE_WORDS.join('|')}))(?![a-z])`,
  'gi',
)

/** Every provider mention in a text, in order: one linear pass, then window queries by binary search. */
export class Mentions {
  readonly starts: number[] = []
  readonly providers: Provider[] = []
  /** Per mention: another provider whose keys always carry a prefix (`openai`, `groq`). */
  private readonly prefixed: boolean[] = []
  /** Starts of Mistral-family mentions only, for a quick "any Mistral name in this stretch". */
  private readonly familyStarts: number[] = []
  /** Mistral's API hosts (`api.mistral.ai`, `codestral.mistral.ai`): where they start and which they are. */
  private readonly hostStarts: number[] = []
  private readonly hostProviders: Provider[] = []

  constructor(text: string) {
    ALL_MENTIONS.lastIndex = 0
    let codestralEnd = -2
    let codestralStart = -1
    for (let m = ALL_MENTIONS.exec(text); m !== null; m = ALL_MENTIONS.exec(text)) {
      const family = m[1]?.toLowerCase()
      let provider: Provider = family === undefined ? 'other' : family === 'codestral' ? 'codestral' : 'mistral'
      // `codestral.mistral.ai` is Codestral's host as a whole.
      const afterCodestral = provider === 'mistral' && m.index === codestralEnd + 1
      if (afterCodestral) provider = 'codestral'
      if (family === 'codestral') {
        codestralStart = m.index
        codestralEnd = m.index + m[0].length
      }
      if (family === 'mistral' && isHostAt(text, m.index)) {
        if (afterCodestral) this.addHost(codestralStart, 'codestral')
        else if (text.slice(m.index - 4, m.index).toLowerCase() === 'api.') this.addHost(m.index - 4, 'mistral')
      }
      this.starts.push(m.index)
      this.providers.push(provider)
      this.prefixed.push(m[2] !== undefined || m[4] !== undefined)
      if (provider !== 'other') this.familyStarts.push(m.index)
    }
  }

  private addHost(start: number, provider: Provider): void {
    this.hostStarts.push(start)
    this.hostProviders.push(provider)
  }

  /** Index of the first mention starting at or after `position`. */
  private firstFrom(position: number): number {
    return firstAtOrAfter(this.starts, position)
  }

  /** Whether a Mistral-family name starts in [from, to). */
  hasFamilyWithin(from: number, to: number): boolean {
    const i = firstAtOrAfter(this.familyStarts, from)
    return i < this.familyStarts.length && this.familyStarts[i]! < to
  }

  /** Which Mistral host starts in [from, to): `codestral.mistral.ai` beats `api.mistral.ai`; null when none. */
  hostWithin(from: number, to: number): Provider | null {
    let found: Provider | null = null
    for (let i = firstAtOrAfter(this.hostStarts, from); i < this.hostStarts.length && this.hostStarts[i]! < to; i++) {
      if (this.hostProviders[i] === 'codestral') return 'codestral'
      found = 'mistral'
    }
    return found
  }

  /**
   * Whether [from, to) names only providers whose keys carry a prefix (at least one, no Mistral name, no other
   * provider): `OPENAI_API_KEY`, not `COHERE_API_KEY`.
   */
  onlyPrefixedWithin(from: number, to: number): boolean {
    let any = false
    for (let i = this.firstFrom(from); i < this.starts.length && this.starts[i]! < to; i++) {
      if (this.providers[i] !== 'other' || !this.prefixed[i]) return false
      any = true
    }
    return any
  }

  /**
   * What the mentions starting in [from, to) say: codestral beats mistral (it is the more specific name),
   * any Mistral name beats another provider, null when there is none.
   */
  within(from: number, to: number): Provider | null {
    let found: Provider | null = null
    for (let i = this.firstFrom(from); i < this.starts.length && this.starts[i]! < to; i++) {
      const provider = this.providers[i]!
      if (provider === 'codestral') return 'codestral'
      if (provider === 'mistral') found = 'mistral'
      else if (found === null) found = 'other'
    }
    return found
  }

  /** The mention nearest to [from, to) among those starting in [lower, upper); codestral wins a tie with mistral. */
  nearest(from: number, to: number, lower: number, upper: number): Provider | null {
    let best: Provider | null = null
    let bestDistance = Infinity
    for (let i = this.firstFrom(lower); i < this.starts.length && this.starts[i]! < upper; i++) {
      const start = this.starts[i]!
      const distance = start < from ? from - start : start >= to ? start - to : 0
      const provider = this.providers[i]!
      const better =
        distance < bestDistance ||
        (distance === bestDistance && best !== 'codestral' && provider !== 'other' && provider !== best)
      if (better) {
        best = provider
        bestDistance = distance
      }
    }
    return best
  }
}

/** Codestral over Mistral (the more specific name), any Mistral name over another provider. */
export function strongerProvider(a: Provider | null, b: Provider | null): Provider | null {
  if (a === 'codestral' || b === 'codestral') return 'codestral'
  if (a === 'mistral' || b === 'mistral') return 'mistral'
  return a ?? b
}

/**
 * Whether the `mistral` at `at` ends a host name in `.ai`: `api.mistral.ai/v1`, `api.mistral.ai"`, not
 * `api.mistral.ai.example.net` or `api.mistral.ai-proxy`.
 */
function isHostAt(text: string, at: number): boolean {
  if (text.slice(at + 7, at + 10).toLowerCase() !== '.ai') return false
  const next = text.charCodeAt(at + 10)
  if (isHostCode(next) || next === 45 || next === 95) return false
  return !(next === 46 && isHostCode(text.charCodeAt(at + 11)))
}

function isHostCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Index of the first value at or after `position` in a sorted list. */
function firstAtOrAfter(sorted: number[], position: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < position) low = middle + 1
    else high = middle
  }
  return low
}
