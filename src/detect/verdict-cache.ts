// The key-shape verdict (whyNotAKey(run) === null), remembered. Identifiers recur in every version of a file and
// across files (a history scan meets each distinct key-shaped name about three times), and whyNotAKey is a pure
// function of the run whose word model is the costly part, so the verdict is kept. Hex runs (digests, most of the
// distinct runs in a history) are never keys and are told apart faster than they are looked up, so they skip the
// cache. Two generations of at most `capacity` runs each: a hit in the older one moves up, and when the newer one
// is full the older one is dropped; an LRU in effect, without bookkeeping on every hit. Memory stays bounded: about
// 220 bytes a run, under 4 MB when full. The runs are key-shaped strings: held in memory only, never logged, and
// copied flat so that none pins the (possibly megabytes long) text it was sliced from.
import { flatCopy } from './flat-copy.js'
import { whyNotAKey } from './looks-random.js'
import { isHexWithin } from './hex.js'

export const VERDICT_CACHE_CAPACITY = 8192

export class VerdictCache {
  private newer = new Map<string, boolean>()
  private older = new Map<string, boolean>()
  /** Lookups answered from memory, and runs judged (hex runs are neither). */
  hits = 0
  misses = 0

  constructor(private readonly capacity = VERDICT_CACHE_CAPACITY) {}

  /** Whether `run` looks like a random key (whyNotAKey(run) === null), from memory when judged recently. */
  looksLikeKey(run: string): boolean {
    if (isHex(run)) return false
    const known = this.newer.get(run)
    if (known !== undefined) {
      this.hits++
      return known
    }
    let verdict = this.older.get(run)
    if (verdict === undefined) {
      this.misses++
      verdict = whyNotAKey(run) === null
    } else this.hits++
    this.remember(run, verdict)
    return verdict
  }

  /** The verdict on `run` if it is known without judging it (a hex run, or one judged recently); else undefined. */
  known(run: string): boolean | undefined {
    if (isHex(run)) return false
    return this.newer.get(run) ?? this.older.get(run)
  }

  /** How many runs are held (both generations; a run moved up may be counted twice). */
  get size(): number {
    return this.newer.size + this.older.size
  }

  clear(): void {
    this.newer.clear()
    this.older.clear()
    this.hits = 0
    this.misses = 0
  }

  private remember(run: string, verdict: boolean): void {
    if (this.newer.size >= this.capacity) {
      this.older = this.newer
      this.newer = new Map()
    }
    this.newer.set(flatCopy(run), verdict)
  }
}

/** Only hex digits (a digest, a UUID without dashes): whyNotAKey never passes such a run ('hex' or 'repeated'). */
function isHex(run: string): boolean {
  return isHexWithin(run, 0, run.length)
}

/** The detector's cache, shared by every detect() call of the process. */
export const keyShapeVerdicts = new VerdictCache()
