// Every provider name in a text, found where the detector asks and nowhere else. A candidate's context reads a
// few lines around it (and the lines it is nested under), so the text is searched in blocks of BLOCK characters
// on first use: a diff that asks about one added line of a 4 KB file searches one or two blocks, not the file.
// Blocks give the same mentions a single pass over the whole text gives (see `scan`).
import { ALL_MENTIONS_SOURCE, PROVIDER_WORDS, type Provider } from './keywords.js'
import { firstAtOrAfter } from './sorted.js'
import { WordSearch } from './word-search.js'

const SEARCH = new WordSearch(ALL_MENTIONS_SOURCE, PROVIDER_WORDS)

const BLOCK = 1024
/** A host (`codestral.mistral.ai`) starts at most this far before the `mistral` it is found by. */
const HOST_LEAD = 10

/** The mentions that start in one block, in text order. */
class Block {
  readonly starts: number[] = []
  readonly providers: Provider[] = []
  /** Per mention: another provider whose keys always carry a prefix (`openai`, `groq`). */
  readonly prefixed: boolean[] = []
  /** Starts of Mistral-family mentions only, for a quick "any Mistral name in this stretch". */
  readonly familyStarts: number[] = []
  /** Mistral's API hosts (`api.mistral.ai`, `codestral.mistral.ai`) found by a mention of this block. */
  readonly hostStarts: number[] = []
  readonly hostProviders: Provider[] = []
  /** Where the search for the next block picks up: past the last mention that starts in this one. */
  resume = 0
}

export class Mentions {
  private readonly blocks: (Block | undefined)[]

  constructor(private readonly text: string) {
    this.blocks = new Array<Block | undefined>(Math.max(1, Math.ceil(text.length / BLOCK)))
  }

  /** Whether a Mistral-family name starts in [from, to). */
  hasFamilyWithin(from: number, to: number): boolean {
    for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
      const starts = this.block(b).familyStarts
      const i = firstAtOrAfter(starts, from)
      if (i < starts.length) return starts[i]! < to
    }
    return false
  }

  /** Which Mistral host starts in [from, to): `codestral.mistral.ai` beats `api.mistral.ai`; null when none. */
  hostWithin(from: number, to: number): Provider | null {
    let found: Provider | null = null
    for (let b = this.firstBlock(from); b <= this.lastBlock(to + HOST_LEAD); b++) {
      const { hostStarts, hostProviders } = this.block(b)
      for (let i = 0; i < hostStarts.length; i++) {
        if (hostStarts[i]! < from || hostStarts[i]! >= to) continue
        if (hostProviders[i] === 'codestral') return 'codestral'
        found = 'mistral'
      }
    }
    return found
  }

  /**
   * Whether [from, to) names only providers whose keys carry a prefix (at least one, no Mistral name, no other
   * provider): `OPENAI_API_KEY`, not `COHERE_API_KEY`.
   */
  onlyPrefixedWithin(from: number, to: number): boolean {
    let any = false
    for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
      const { starts, providers, prefixed } = this.block(b)
      for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i]! < to; i++) {
        if (providers[i] !== 'other' || !prefixed[i]) return false
        any = true
      }
    }
    return any
  }

  /**
   * What the mentions starting in [from, to) say: codestral beats mistral (it is the more specific name),
   * any Mistral name beats another provider, null when there is none.
   */
  within(from: number, to: number): Provider | null {
    let found: Provider | null = null
    for (let b = this.firstBlock(from); b <= this.lastBlock(to); b++) {
      const { starts, providers } = this.block(b)
      for (let i = firstAtOrAfter(starts, from); i < starts.length && starts[i]! < to; i++) {
        const provider = providers[i]!
        if (provider === 'codestral') return 'codestral'
        if (provider === 'mistral') found = 'mistral'
        else if (found === null) found = 'other'
      }
    }
    return found
  }

  /** The mention nearest to [from, to) among those starting in [lower, upper); codestral wins a tie with mistral. */
  nearest(from: number, to: number, lower: number, upper: number): Provider | null {
    let best: Provider | null = null
    let bestDistance = Infinity
    for (let b = this.firstBlock(lower); b <= this.lastBlock(upper); b++) {
      const { starts, providers } = this.block(b)
      for (let i = firstAtOrAfter(starts, lower); i < starts.length && starts[i]! < upper; i++) {
        const start = starts[i]!
        const distance = start < from ? from - start : start >= to ? start - to : 0
        const provider = providers[i]!
        const better =
          distance < bestDistance ||
          (distance === bestDistance && best !== 'codestral' && provider !== 'other' && provider !== best)
        if (better) {
          best = provider
          bestDistance = distance
        }
      }
    }
    return best
  }

  private firstBlock(from: number): number {
    return Math.max(0, Math.floor(from / BLOCK))
  }

  /** The last block a mention starting before `to` can be in. */
  private lastBlock(to: number): number {
    return Math.min(this.blocks.length - 1, Math.floor((Math.min(to, this.text.length) - 1) / BLOCK))
  }

  private block(index: number): Block {
    return this.blocks[index] ?? this.scanThrough(index)
  }

  /**
   * Searches block `index`, and first the blocks before it back to one a search can start in cold (most blocks
   * can: see `coldStart`); those are searched in order, each picking up where the one before left off.
   */
  private scanThrough(index: number): Block {
    let first = index
    while (first > 0 && this.blocks[first - 1] === undefined && this.coldStart(first) < 0) first--
    for (let b = first; b <= index; b++) this.blocks[b] = this.scan(b)
    return this.blocks[index]!
  }

  /**
   * Where a search for block `index`'s mentions may start with nothing known: just after a character no provider
   * name holds (anything but an ASCII letter, digit or `_`), in the block before. No match spans that
   * character, so a pass over the whole text finds, from there on, what a search started there finds. -1 when
   * the block before is all word characters (a long base64 run).
   */
  private coldStart(index: number): number {
    if (index === 0) return 0
    const text = this.text
    const from = index * BLOCK
    for (let at = from - 1; at >= from - BLOCK; at--) if (!isWordCode(text.charCodeAt(at))) return at + 1
    return -1
  }

  private scan(index: number): Block {
    const text = this.text
    const from = index * BLOCK
    const to = from + BLOCK
    const previous = index > 0 ? this.blocks[index - 1] : undefined
    const block = new Block()
    let resume = previous !== undefined ? previous.resume : this.coldStart(index)
    for (let m = SEARCH.exec(text, resume, to); m !== null; m = SEARCH.exec(text, resume, to)) {
      resume = m.index + m[0].length
      if (m.index >= from) this.add(block, m)
    }
    // Nothing starts in [resume, to): the next block's search may start at its own first character.
    block.resume = Math.max(resume, to)
    return block
  }

  private add(block: Block, m: RegExpExecArray): void {
    const text = this.text
    const family = m[1]?.toLowerCase()
    let provider: Provider = family === undefined ? 'other' : family === 'codestral' ? 'codestral' : 'mistral'
    // `codestral.mistral.ai` is Codestral's host as a whole.
    const afterCodestral = family === 'mistral' && isCodestralBefore(text, m.index)
    if (afterCodestral) provider = 'codestral'
    if (family === 'mistral' && isHostAt(text, m.index)) {
      if (afterCodestral) this.addHost(block, m.index - HOST_LEAD, 'codestral')
      else if (text.slice(m.index - 4, m.index).toLowerCase() === 'api.') this.addHost(block, m.index - 4, 'mistral')
    }
    block.starts.push(m.index)
    block.providers.push(provider)
    block.prefixed.push(m[2] !== undefined || m[4] !== undefined)
    if (provider !== 'other') block.familyStarts.push(m.index)
  }

  private addHost(block: Block, start: number, provider: Provider): void {
    block.hostStarts.push(start)
    block.hostProviders.push(provider)
  }
}

/** A character some provider name holds: an ASCII letter or digit (isHostCode), or `_`. */
function isWordCode(code: number): boolean {
  return isHostCode(code) || code === 95
}

/** Whether `codestral.` ends just before `at` (any case). */
function isCodestralBefore(text: string, at: number): boolean {
  return at >= HOST_LEAD && text[at - 1] === '.' && text.slice(at - HOST_LEAD, at - 1).toLowerCase() === 'codestral'
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
