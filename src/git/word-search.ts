// Which tracked files of the work tree hold one of a few ASCII words, in any case: one `git grep -l`, which
// searches on every core while node reads only the files it lists. git answers in index order, so a file it has
// gone past without listing is known to hold none of the words long before it is done.
import { spawnGit } from './runner.js'

/** What is known of one file: it holds a word, it holds none, or git has not got that far (or failed). */
export type WordVerdict = 'holds' | 'lacks' | 'unknown'

/**
 * The search pays only where git rules most files out. Once it has gone past JUDGED_AFTER of the files and still
 * lists more than MOSTLY_LISTED of them, it is stopped, and the reader reads the rest itself: waiting for git to
 * list files the reader then reads anyway only took a core from it (the bench repository's 19,753-file checkout,
 * nine files in ten listed: the checklist 0.85 s → 1.05 s, 0.94 s once stopped). Files that name the words come in
 * clusters (a package that talks to Mistral: on real code the first 3,500 of 29,099 files are 60% hits, the whole
 * 7%), so a smaller sample misjudges.
 */
const JUDGED_AFTER = 0.25
const MOSTLY_LISTED = 0.5

export class WordSearch {
  private readonly listed = new Set<string>()
  /** The index position of the furthest file listed: a file before it that was not listed holds none of the words. */
  private passed = -1
  /** git exited 0 (some file listed) or 1 (none): every file not listed holds none of the words. */
  private answered = false
  /** git has exited (or never started): nothing more will be known. */
  private done = false
  private readonly child
  /** Woken whenever git lists more files or exits. */
  private waiting: Array<() => void> = []
  /** Settles when git has exited, or failed to start; never rejects. */
  readonly settled: Promise<void>

  /**
   * Starts the search. `rankOf` gives a listed path's position in the index (git's order), or undefined for a path
   * the caller does not know; `files` is how many files the caller listed (what a quarter is taken of).
   */
  constructor(
    root: string,
    readonly words: readonly string[],
    rankOf: (path: string) => number | undefined,
    files: number,
  ) {
    if (words.length === 0 || words.some((word) => word.length === 0)) {
      throw new Error('WordSearch: no word to look for')
    }
    // -F and -i in the C locale (as the runner sets it): each word byte for byte, ASCII letters in any case, as
    // `AsciiWords` matches. Binary files are searched too (no -I); textconv is off unless asked for.
    const args = ['grep', '-l', '-z', '-F', '-i', '--full-name', '--no-recurse-submodules']
    for (const word of fewestWords(words)) args.push('-e', word)
    this.child = spawnGit(args, { cwd: root })
    this.child.stdin.end()
    this.child.stderr.resume()
    // Paths are cut at their NUL in the bytes, so a character split between two chunks is decoded whole.
    let pending = Buffer.alloc(0)
    this.child.stdout.on('data', (chunk: Buffer) => {
      const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
      let start = 0
      for (let end = bytes.indexOf(0); end >= 0; start = end + 1, end = bytes.indexOf(0, start)) {
        const file = bytes.toString('utf8', start, end)
        this.listed.add(file)
        this.passed = Math.max(this.passed, rankOf(file) ?? -1)
      }
      pending = Buffer.from(bytes.subarray(start))
      if (this.passed >= files * JUDGED_AFTER && this.listed.size > this.passed * MOSTLY_LISTED) void this.close()
      this.wakeUp()
    })
    this.settled = new Promise((resolve) => {
      this.child.on('error', () => {
        this.done = true
        this.wakeUp()
        resolve()
      })
      // 'close' comes after the last of stdout: 0 and 1 are answers; anything else (killed, a fatal error) leaves
      // what was not listed unknown, to be read.
      this.child.on('close', (code) => {
        this.answered = (code === 0 || code === 1) && pending.length === 0
        this.done = true
        this.wakeUp()
        resolve()
      })
    })
  }

  /** Whether git may still tell more. */
  get searching(): boolean {
    return !this.done
  }


  /** What is known of the file at index position `rank`. */
  verdict(path: string, rank: number): WordVerdict {
    if (this.listed.has(path)) return 'holds'
    if (this.answered) return 'lacks'
    return rank < this.passed ? 'lacks' : 'unknown'
  }

  /**
   * What is known of the file once git has gone past it or is done. Waiting leaves the cores to git: reading the
   * file meanwhile would slow the search down more than it gains.
   */
  async settle(path: string, rank: number): Promise<WordVerdict> {
    for (;;) {
      const verdict = this.verdict(path, rank)
      if (verdict !== 'unknown' || this.done) return verdict
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
  }

  private wakeUp(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const wake of waiting) wake()
  }

  /** Stops git if it is still running (the pass is over, or ended early). */
  close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill()
      // Nothing more will be known: a reader waiting on it reads the file instead.
      this.done = true
      this.wakeUp()
    }
    return this.settled
  }
}

/**
 * The words to give git: each pattern costs it a search of every file, and a word that holds another (in any case)
 * is found whenever that one is (MISTRAL_API_KEY holds mistral).
 */
function fewestWords(words: readonly string[]): string[] {
  const lower = [...new Set(words.map((word) => word.toLowerCase()))]
  return lower.filter((word) => !lower.some((other) => other !== word && word.includes(other)))
}
