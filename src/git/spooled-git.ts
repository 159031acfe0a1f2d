// A git whose stdout goes to an unlinked temp file instead of a pipe, read back as it grows. Used to start a
// long git (the diff) before the engine has loaded: while node compiles the engine its event loop does not
// run, and a pipe (64 KB) would fill within milliseconds and stall git for the rest of the load; a file never
// makes git wait. The file has no name from the moment it is made (mode 0600), so nothing is left behind.
// History uses it for every git that writes a lot (the blob slices, the raw log): node reads 4 MB at a time
// instead of the few KB a pipe hands over per wake-up, which cost more CPU than the scanning itself.
import type { ChildProcess } from 'node:child_process'
import type { Writable } from 'node:stream'
import { close, closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitError, gitSpawnError, spawnGitToFile } from './runner.js'

/**
 * How long to wait for more output when the file has been read to its end and git still runs. git's exit wakes
 * the reader at once, so this only sets how often output is picked up meanwhile (fewer wake-ups, less CPU).
 */
const POLL_MS = 8
/** The most read in one go (also the size of a buffer passed to chunks()). */
export const SPOOL_READ_BYTES = 4 * 1024 * 1024

export interface SpoolOptions {
  /** Written to git's standard input; 'open': left open for writing through `stdin` (closed otherwise). */
  input?: Buffer | 'open'
  env?: NodeJS.ProcessEnv
  /** Keep the file open after chunks() has read it, for readAgain(); dispose() closes it. */
  keep?: boolean
}

export class SpooledGit {
  private offset = 0
  private exit: { code: number } | { error: Error } | null = null
  private stderr = ''
  private wake: (() => void) | null = null
  private disposed = false
  private taken = false
  private readonly exitWaiters: Array<() => void> = []

  private constructor(
    private readonly args: string[],
    private readonly fd: number,
    private readonly child: ChildProcess,
    private readonly keep: boolean,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    child.on('error', (error) => this.settle({ error: gitSpawnError(error) }))
    child.on('close', (code, signal) => this.settle({ code: code ?? (signal ? 128 : 0) }))
  }

  /**
   * Starts `git args` in `cwd` with its output spooled; null when no temp file can be made (use a pipe).
   * `input` is written to git's stdin; with `keep`, the file stays open after chunks() for readAgain().
   */
  static start(args: string[], cwd: string, options: SpoolOptions = {}): SpooledGit | null {
    const fd = unnamedFile()
    return typeof fd === 'number' ? SpooledGit.spawn(args, cwd, fd, options) : null
  }

  /** As start(), for callers with no pipe to fall back to: no temp file is an error naming `purpose`. */
  static required(args: string[], cwd: string, purpose: string, options: SpoolOptions = {}): SpooledGit {
    const fd = unnamedFile()
    if (typeof fd !== 'number') {
      throw new Error(
        `Could not create a temporary file in ${tmpdir()} for ${purpose} (${fd.message}); point TMPDIR at a ` +
          'writable folder.',
      )
    }
    return SpooledGit.spawn(args, cwd, fd, options)
  }

  private static spawn(args: string[], cwd: string, fd: number, options: SpoolOptions): SpooledGit {
    try {
      const child = spawnGitToFile(args, { cwd, stdout: fd, env: options.env, input: options.input })
      return new SpooledGit(args, fd, child, options.keep ?? false)
    } catch (error) {
      closeSync(fd)
      throw gitSpawnError(error as Error)
    }
  }

  /**
   * git's output in chunks as it is written, as streamGit gives it: a GitError after the last chunk when git
   * failed. Read once. Leaving the loop early (or an error) stops git and closes the file; so does the end,
   * unless the spool was started with `keep`. With `into`, every chunk is a view of that buffer, valid only
   * until the loop asks for the next (no allocation per read); otherwise each chunk is a fresh buffer.
   */
  async *chunks(into?: Buffer): AsyncGenerator<Buffer> {
    if (this.taken) throw new Error('SpooledGit.chunks() called twice')
    this.taken = true
    let complete = false
    try {
      for (;;) {
        // Whatever git wrote before it exited is in the file: after this check, reading to the end is all.
        const exited = this.exit !== null
        const chunk = this.read(into)
        if (chunk) {
          yield chunk
          continue
        }
        if (exited) break
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_MS)
          this.wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
        this.wake = null
      }
      complete = true
    } finally {
      // Kept only when read to the end: an early exit or an error stops git.
      if (!complete || !this.keep) this.dispose()
    }
    const exit = this.exit!
    const failure = 'error' in exit ? exit.error : exit.code !== 0 ? new GitError(this.args, exit.code, this.stderr) : null
    if (failure) {
      this.dispose()
      throw failure
    }
  }

  /** git's standard input, when started with `input: 'open'`. */
  get stdin(): Writable | null {
    return this.child.stdin
  }

  /** Resolves when git has exited (whatever its code: chunks() reports failures). */
  exited(): Promise<void> {
    if (this.exit !== null) return Promise.resolve()
    return new Promise((resolve) => this.exitWaiters.push(resolve))
  }

  /** The whole output again from its start, after chunks() has read it (needs `keep`). */
  *readAgain(bytes = SPOOL_READ_BYTES): Generator<Buffer> {
    if (!this.keep || this.disposed) throw new Error('SpooledGit.readAgain() needs an open spool (keep)')
    for (let offset = 0; ; ) {
      // A fresh buffer each time: callers may keep views of a chunk.
      const buffer = Buffer.allocUnsafe(bytes)
      const got = readSync(this.fd, buffer, 0, bytes, offset)
      if (got === 0) return
      offset += got
      yield buffer.subarray(0, got)
    }
  }

  /** Stops git if it still runs and closes the file (a spooled output nobody read, or done with). */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    if (this.exit === null) this.child.kill()
    // Off the main thread: closing the last handle of an unlinked file frees its pages (84 ms of the main
    // thread over a 30k-commit history), which the scan need not wait for.
    close(this.fd, () => undefined)
  }

  private read(into?: Buffer): Buffer | null {
    const size = fstatSync(this.fd).size
    if (size <= this.offset) return null
    const length = Math.min(size - this.offset, into?.length ?? SPOOL_READ_BYTES)
    const buffer = into ?? Buffer.allocUnsafe(length)
    const got = readSync(this.fd, buffer, 0, length, this.offset)
    if (got === 0) return null
    this.offset += got
    return got === buffer.length ? buffer : buffer.subarray(0, got)
  }

  private settle(exit: { code: number } | { error: Error }): void {
    this.exit ??= exit
    this.wake?.()
    for (const resolve of this.exitWaiters.splice(0)) resolve()
  }
}

/** A read-write temp file that has no name from the start (mode 0600), or why none could be made. */
function unnamedFile(): number | Error {
  try {
    const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`
    const file = path.join(tmpdir(), `mistral-guard-${unique}`)
    const fd = openSync(file, 'wx+', 0o600)
    try {
      unlinkSync(file)
    } catch (error) {
      closeSync(fd)
      throw error
    }
    return fd
  } catch (error) {
    return error as Error
  }
}
