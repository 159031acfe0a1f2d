// Provider names the detector reads context from. Mistral's family decides a key is Mistral's; another
// provider's name nearby (an `openai:` section, `COHERE_API_KEY=`) decides it is not.

export type Provider = 'mistral' | 'codestral' | 'other'

/** Words that put text in Mistral's context, lowercase. `codestral` wins over `mistral` (codestral.mistral.ai). */
export const MISTRAL_WORDS = ['mistral', 'codestral', 'ministral', 'pixtral', 'devstral', 'magistral', 'voxtral']

// Providers whose keys are not Mistral's; short or common words only count as whole words.
const OTHER_PROVIDERS = [
  'openai', 'anthropic', 'claude', 'cohere', 'groq', 'huggingface', 'hugging_face', 'gemini', 'deepseek',
  'perplexity', 'replicate', 'fireworks', 'voyageai', 'pinecone', 'openrouter', 'elevenlabs', 'assemblyai',
  'deepgram', 'twilio', 'sendgrid', 'mailgun', 'algolia', 'langsmith', 'langfuse', 'tavily', 'serpapi',
  'cerebras', 'sambanova',
]
const OTHER_WHOLE_WORDS = ['together', 'pplx', 'hf', 'xai', 'jina', 'voyage', 'stripe']

const MISTRAL_PATTERN = MISTRAL_WORDS.join('|')

/** The cheap pre-filter: true when text may hold Mistral context (a keyword, any case). */
const MENTIONS = new RegExp(MISTRAL_PATTERN, 'i')

export function mentionsMistral(text: string): boolean {
  return MENTIONS.test(text)
}

const ALL_MENTIONS = new RegExp(
  `(${MISTRAL_PATTERN})|(${OTHER_PROVIDERS.join('|')})|(?<![a-z0-9])(${OTHER_WHOLE_WORDS.join('|')})(?![a-z])`,
  'gi',
)

/** Every provider mention in a text, in order: one linear pass, then window queries by binary search. */
export class Mentions {
  readonly starts: number[] = []
  readonly providers: Provider[] = []

  constructor(text: string) {
    ALL_MENTIONS.lastIndex = 0
    let codestralEnd = -2
    for (let m = ALL_MENTIONS.exec(text); m !== null; m = ALL_MENTIONS.exec(text)) {
      const family = m[1]?.toLowerCase()
      let provider: Provider = family === undefined ? 'other' : family === 'codestral' ? 'codestral' : 'mistral'
      // `codestral.mistral.ai` is Codestral's host as a whole.
      if (provider === 'mistral' && m.index === codestralEnd + 1) provider = 'codestral'
      if (family === 'codestral') codestralEnd = m.index + m[0].length
      this.starts.push(m.index)
      this.providers.push(provider)
    }
  }

  /** Index of the first mention starting at or after `position`. */
  private firstFrom(position: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.starts[middle]! < position) low = middle + 1
      else high = middle
    }
    return low
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
