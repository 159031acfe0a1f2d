// A git whose stdout goes to an unlinked temp file instead of a pipe, read back as it grows. Used to start a
// long git (the diff) before the engine has loaded: while node compiles the engine its event loop does not
// run, and a pipe (64 KB) would fill within milliseconds and stall git for the rest of the load; a file never
// makes git wait. The file has no name from the moment it is made (mode 0600), so nothing is left behind.
import type { ChildProcess } from 'node:child_process'
import { closeSync, fstatSync, openSync, readSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitError, gitSpawnError, spawnGitToFile } from './runner.js'

/**
 * How long to wait for more output when the file has been read to its end and git still runs. git's exit wakes
 * the reader at once, so this only sets how often output is picked up meanwhile (fewer wake-ups, less CPU).
 */
const POLL_MS = 8
/** The most read in one go. */
const READ_BYTES = 4 * 1024 * 1024

export class SpooledGit {
  private offset = 0
  private exit: { code: number } | { error: Error } | null = null
  private stderr = ''
  private wake: (() => void) | null = null
  private disposed = false
  private taken = false

  private constructor(
    private readonly args: string[],
    private readonly fd: number,
    private readonly child: ChildProcess,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    child.on('error', (error) => this.settle({ error: gitSpawnError(error) }))
    child.on('close', (code, signal) => this.settle({ code: code ?? (signal ? 128 : 0) }))
  }

  /** Starts `git args` in `cwd` with its output spooled; null when no temp file can be made (use a pipe). */
  static start(args: string[], cwd: string): SpooledGit | null {
    let fd: number
    try {
      const unique = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`
      const file = path.join(tmpdir(), `mistral-guard-${unique}`)
      fd = openSync(file, 'wx+', 0o600)
      unlinkSync(file)
    } catch {
      return null
    }
    try {
      const child = spawnGitToFile(args, { cwd, stdout: fd })
      return new SpooledGit(args, fd, child)
    } catch (error) {
      closeSync(fd)
      throw gitSpawnError(error as Error)
    }
  }

  /**
   * git's output in chunks as it is written, as streamGit gives it: a GitError after the last chunk when git
   * failed. Read once. Leaving the loop early (or an error) stops git.
   */
  async *chunks(): AsyncGenerator<Buffer> {
    if (this.taken) throw new Error('SpooledGit.chunks() called twice')
    this.taken = true
    try {
      for (;;) {
        // Whatever git wrote before it exited is in the file: after this check, reading to the end is all.
        const exited = this.exit !== null
        const chunk = this.read()
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
    } finally {
      this.dispose()
    }
    const exit = this.exit!
    if ('error' in exit) throw exit.error
    if (exit.code !== 0) throw new GitError(this.args, exit.code, this.stderr)
  }

  /** Stops git if it still runs and closes the file (a spooled output nobody read). */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    if (this.exit === null) this.child.kill()
    closeSync(this.fd)
  }

  private read(): Buffer | null {
    const size = fstatSync(this.fd).size
    if (size <= this.offset) return null
    const length = Math.min(size - this.offset, READ_BYTES)
    const buffer = Buffer.allocUnsafe(length)
    const got = readSync(this.fd, buffer, 0, length, this.offset)
    if (got === 0) return null
    this.offset += got
    return got === length ? buffer : buffer.subarray(0, got)
  }

  private settle(exit: { code: number } | { error: Error }): void {
    this.exit ??= exit
    this.wake?.()
  }
}
