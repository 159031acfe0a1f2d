// Reads a long list of blobs (the whole store, in pack order) through `git cat-file --batch`, slice by slice,
// each slice's answers spooled to an unnamed temp file (spooled-git.ts) and parsed 4 MB at a time. Through a
// pipe, node took a few KB per wake-up and spent more CPU on that than on the scanning; a file never makes
// git wait either. Slices bound the disk (page cache) used: the next slice's git starts when the previous
// one's has exited, and at most two slices' files exist at once (three once widen() lets two gits write side
// by side). The first slices are small so that git starts while the list is still being made.
import { BatchParser, parseSpooled, type BatchParserOptions } from './cat-file.js'
import { NO_LAZY_FETCH } from './runner.js'
import { SPOOL_READ_BYTES, SpooledGit } from './spooled-git.js'

/**
 * Called for each answer, in list order; `data` is null when the object is missing, valid only during the call.
 * A body streamed to a sink (BatchParserOptions) comes in chunks that are also valid only during each write.
 */
export type SliceObjectHandler = (oid: string, type: string, data: Buffer | null) => void

export interface BlobSlicesOptions extends BatchParserOptions {
  /** Blob bytes per slice, at most (a single bigger blob gets a slice of its own); the first slices are smaller. */
  sliceBytes?: number
}

const SLICE_BYTES = 64 * 1024 * 1024
const FIRST_SLICE_BYTES = 4 * 1024 * 1024
const CAT_FILE = ['cat-file', '--batch', '--buffer']

interface Slice {
  lines: Buffer[]
  bytes: number
}

export class BlobSlices {
  /** Resolves when every listed blob has been answered (or rejects with the first failure). */
  readonly done: Promise<void>
  private readonly sliceBytes: number
  private nextBytes: number
  private filling: Slice = { lines: [], bytes: 0 }
  private readonly ready: Slice[] = []
  private ended = false
  /** Gits allowed to write at once (widen()). */
  private width = 1
  /** Gits still writing. */
  private writing = 0
  /** Started gits whose output is not read to its end yet, in list order (the first is being read). */
  private readonly unread: SpooledGit[] = []
  private wake: (() => void) | null = null
  private stopped = false
  /** Why a slice's git could not start (no temp file); `done` rejects with it. */
  private failure: Error | null = null

  constructor(
    private readonly root: string,
    private readonly onObject: SliceObjectHandler,
    private readonly options: BlobSlicesOptions = {},
  ) {
    this.sliceBytes = options.sliceBytes ?? SLICE_BYTES
    this.nextBytes = Math.min(FIRST_SLICE_BYTES, this.sliceBytes)
    this.done = this.run()
    this.done.catch(() => undefined)
  }

  /** Queues `<oid>\n` lines whose blobs hold `bytes` bytes in all. */
  add(lines: Buffer, bytes: number): void {
    if (this.ended) throw new Error('BlobSlices.add after end()')
    this.filling.lines.push(lines)
    this.filling.bytes += bytes
    if (this.filling.bytes >= this.nextBytes) this.cut()
  }

  /** No more ids. */
  end(): Promise<void> {
    if (!this.ended) {
      this.cut()
      this.ended = true
      this.poke()
    }
    return this.done
  }

  /**
   * From now on two gits write slices at once (one file more on disk): for when the other core is free. History
   * calls it once its log is read; before that, the log's git has that core.
   */
  widen(): void {
    this.width = 2
    this.startSlices()
  }

  /** Stops every git still running (after a failure elsewhere). */
  kill(): void {
    this.stopped = true
    for (const git of this.unread) git.dispose()
    this.poke()
  }

  private cut(): void {
    if (this.filling.lines.length === 0) return
    this.ready.push(this.filling)
    this.filling = { lines: [], bytes: 0 }
    this.nextBytes = Math.min(this.nextBytes * 2, this.sliceBytes)
    this.startSlices()
  }

  private poke(): void {
    this.wake?.()
    this.wake = null
  }

  /**
   * Starts the ready slices' gits while fewer than `width` write and the files stay bounded: the one being
   * read, plus one per git allowed to write.
   */
  private startSlices(): void {
    while (!this.stopped && this.ready.length > 0 && this.writing < this.width && this.unread.length <= this.width) {
      const slice = this.ready.shift()!
      let git: SpooledGit
      try {
        git = SpooledGit.required(CAT_FILE, this.root, 'the blobs being read', {
          input: slice.lines.length === 1 ? slice.lines[0] : Buffer.concat(slice.lines),
          env: NO_LAZY_FETCH,
        })
      } catch (error) {
        // Called from add() and from a git's exit alike: the failure goes to `done`, never thrown from here.
        this.failure = error as Error
        this.kill()
        return
      }
      this.unread.push(git)
      this.writing++
      void git.exited().then(() => {
        this.writing--
        this.startSlices()
      })
      this.poke()
    }
  }

  private async run(): Promise<void> {
    // One parser for all slices: each slice's output is whole answers, so a slice ends between two.
    const parser = new BatchParser(this.onObject, true, this.options)
    // One buffer for every read: the parser copies what it keeps across chunks, and answers are only valid
    // during onObject. Fresh 4 MB buffers each time left node's memory to the garbage collector's pace.
    const buffer = Buffer.allocUnsafe(SPOOL_READ_BYTES)
    try {
      for (;;) {
        if (this.failure) throw this.failure
        if (this.stopped) break
        const git = this.unread[0]
        if (!git) {
          if (this.ended && this.ready.length === 0) break
          await new Promise<void>((resolve) => (this.wake = resolve))
          continue
        }
        // Slices are read in list order; the gits after this one go on writing meanwhile.
        await parseSpooled(git, parser, buffer, () => this.stopped)
        this.unread.shift()
        this.startSlices()
      }
    } catch (error) {
      this.kill()
      throw error
    }
  }
}
