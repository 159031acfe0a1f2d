// Git work the CLI starts before the engine loads, held for the one source that asks for the same work: taken
// once, or dropped (its git stopped) when the scan fails early or asks for something else.
import type { SpooledGit } from '../git/spooled-git.js'

export interface Prefetched {
  /** The repository's root, as openRepository gives it. */
  root: string
  /** The running (or finished) git whose output the source reads. */
  output: SpooledGit
}

interface Pending<T, Key> {
  key: Key
  dropped: boolean
  result: Promise<T | null>
}

export class PrefetchSlot<T extends Prefetched, Key> {
  private pending: Pending<T, Key> | null = null

  /** Holds the work `start` begins for `key`, dropping what was held; `start` can ask whether it was dropped since. */
  fill(key: Key, start: (dropped: () => boolean) => Promise<T | null>): void {
    this.drop()
    const entry: Pending<T, Key> = { key, dropped: false, result: Promise.resolve(null) }
    entry.result = start(() => entry.dropped)
    this.pending = entry
  }

  /** The held work, if `sameKey` accepts its key and it was found in the repository at `root`; taken once. */
  async take(root: string, sameKey: (key: Key) => boolean): Promise<T | null> {
    const entry = this.pending
    if (!entry || !sameKey(entry.key)) return null
    this.pending = null
    const prefetched = await entry.result
    if (prefetched && prefetched.root !== root) {
      prefetched.output.dispose()
      return null
    }
    return prefetched
  }

  /** Stops held work nobody took (the scan failed early, or scanned something else). */
  drop(): void {
    const entry = this.pending
    if (!entry) return
    this.pending = null
    entry.dropped = true
    void entry.result.then((prefetched) => prefetched?.output.dispose())
  }
}
