// Blob contents through `git cat-file --batch`: one long-lived git per reader instead of one process per
// file. Two shapes: BlobReader answers one request at a time (diff, staged, lookups), BlobStream pushes many
// object ids through a buffered git and hands each blob to a callback as it arrives (history). Either can
// stream a big object's body to a sink chunk by chunk instead of holding it whole.
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { GitError, gitSpawnError, spawnGit } from './runner.js'

/** Called for each answered request, in request order; `data` is null when the object is missing. */
type ObjectHandler = (oid: string, type: string, data: Buffer | null) => void

/** Takes a streamed object's body, chunk by chunk, then end(). */
export interface BodySink {
  write(chunk: Buffer): void
  end(): void
}

/** Picks a sink for an object of at least `streamAbove` bytes; null: deliver it whole as usual. */
export type SinkPicker = (oid: string, type: string, size: number) => BodySink | null

export interface BatchParserOptions {
  /** Bodies of this many bytes or more are offered to `sinkFor` (default: never). */
  streamAbove?: number
  sinkFor?: SinkPicker
}

/** Parses cat-file's `<oid> <type> <size>\n<data>\n` answers from a stream of chunks. */
export class BatchParser {
  private header: Buffer[] = []
  private inBody = false
  private body: Buffer | null = null
  private bodyFilled = 0
  private bodyOid = ''
  private bodyType = ''
  /** Bytes of the current body still to come, then 1 for the trailing LF. */
  private remaining = 0
  private skipLf = false

  /** With `reuse`, bodies spanning chunks share one growing buffer: `data` is valid only during the callback. */
  private scratch: Buffer | null = null
  /** The current body goes here instead of into memory; the object is then not passed to onObject. */
  private sink: BodySink | null = null

  constructor(
    private readonly onObject: ObjectHandler,
    private readonly reuse = false,
    private readonly options: BatchParserOptions = {},
  ) {}

  feed(chunk: Buffer): void {
    let pos = 0
    while (pos < chunk.length) {
      if (this.skipLf) {
        // The LF after a body.
        pos++
        this.skipLf = false
        continue
      }
      if (this.inBody) {
        const take = Math.min(this.remaining, chunk.length - pos)
        if (this.sink) {
          const sink = this.sink
          sink.write(chunk.subarray(pos, pos + take))
          this.remaining -= take
          pos += take
          if (this.remaining === 0) {
            this.sink = null
            this.inBody = false
            this.skipLf = true
            sink.end()
          }
          continue
        }
        if (!this.body) {
          // A body inside one chunk is passed as a view, with no copy.
          if (take === this.remaining) {
            this.finishBody(chunk.subarray(pos, pos + take))
            pos += take
            continue
          }
          // A body spanning chunks is copied once into a buffer of its final size (no list of parts to join).
          this.body = this.reuse ? this.scratchOf(this.remaining) : Buffer.allocUnsafe(this.remaining)
        }
        chunk.copy(this.body, this.bodyFilled, pos, pos + take)
        this.bodyFilled += take
        this.remaining -= take
        pos += take
        if (this.remaining === 0) this.finishBody(this.body)
        continue
      }
      const lf = chunk.indexOf(10, pos)
      if (lf < 0) {
        this.header.push(chunk.subarray(pos))
        return
      }
      this.header.push(chunk.subarray(pos, lf))
      const line = Buffer.concat(this.header).toString('utf8')
      this.header = []
      pos = lf + 1
      this.startObject(line)
    }
  }

  private startObject(line: string): void {
    const parts = line.split(' ')
    if (parts.length === 3 && /^\d+$/.test(parts[2])) {
      const size = Number(parts[2])
      if (size === 0) {
        this.onObject(parts[0], parts[1], Buffer.alloc(0))
        this.skipLf = true
        return
      }
      this.inBody = true
      this.body = null
      this.bodyOid = parts[0]
      this.bodyType = parts[1]
      this.remaining = size
      this.bodyFilled = 0
      const { streamAbove, sinkFor } = this.options
      if (sinkFor && streamAbove !== undefined && size >= streamAbove) this.sink = sinkFor(parts[0], parts[1], size)
      return
    }
    // `<oid> missing` or `<name> ambiguous`.
    this.onObject(parts[0], parts[1] ?? 'missing', null)
  }

  /** A view of `size` bytes on the scratch buffer, grown as needed: big blobs cost one allocation, not one each. */
  private scratchOf(size: number): Buffer {
    if (!this.scratch || this.scratch.length < size) this.scratch = Buffer.allocUnsafe(Math.max(size, 1 << 20))
    return this.scratch.subarray(0, size)
  }

  private finishBody(data: Buffer): void {
    const oid = this.bodyOid
    const type = this.bodyType
    this.inBody = false
    this.body = null
    this.bodyFilled = 0
    this.remaining = 0
    this.skipLf = true
    this.onObject(oid, type, data)
  }
}

interface Pending {
  resolve: (data: Buffer | null | 'streamed') => void
  reject: (error: Error) => void
  sink?: (size: number) => BodySink
}

/** What BlobReader.read answers: the bytes, null for a missing object, or 'streamed' (the sink got them). */
export type ReadResult = Buffer | null | 'streamed'

/** Reads single objects on demand from one `git cat-file --batch`. Call close() when done. */
export class BlobReader {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly pending: Pending[] = []
  private failure: Error | null = null
  private stderr = ''
  private readonly closed: Promise<void>

  /** Objects of `streamAbove` bytes or more go to the sink a read() passes, if it passes one. */
  constructor(cwd: string, streamAbove = Infinity) {
    this.child = spawnGit(['cat-file', '--batch'], { cwd })
    const sinkFor: SinkPicker = (_oid, _type, size) => {
      const request = this.pending[0]
      if (!request?.sink) return null
      const sink = request.sink(size)
      return {
        write: (chunk) => sink.write(chunk),
        end: () => {
          this.pending.shift()
          try {
            sink.end()
            request.resolve('streamed')
          } catch (error) {
            request.reject(error as Error)
          }
        },
      }
    }
    const parser = new BatchParser((_oid, _type, data) => this.pending.shift()?.resolve(data), false, {
      streamAbove,
      sinkFor,
    })
    this.child.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.feed(chunk)
      } catch (error) {
        // A sink that failed: every request still waiting fails with it, and git is stopped.
        this.failure = error as Error
        for (const request of this.pending.splice(0)) request.reject(error as Error)
        this.child.kill()
      }
    })
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    this.closed = new Promise((resolve) => {
      const fail = (error: Error): void => {
        this.failure ??= error
        for (const request of this.pending.splice(0)) request.reject(error)
        resolve()
      }
      this.child.on('error', (error) => fail(gitSpawnError(error)))
      this.child.on('close', (code) => fail(new GitError(['cat-file', '--batch'], code ?? 128, this.stderr)))
    })
  }

  /**
   * The object's bytes, or null when the repository does not have it. `name` is an object id or `rev:path`.
   * With `sink`, an object of `streamAbove` bytes or more is passed to `sink(size)` chunk by chunk instead,
   * and the answer is 'streamed'.
   */
  read(name: string, sink?: (size: number) => BodySink): Promise<ReadResult> {
    if (this.failure) return Promise.reject(this.failure)
    if (name.includes('\n')) return Promise.resolve(null)
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject, sink })
      this.child.stdin.write(`${name}\n`)
    })
  }

  async close(): Promise<void> {
    this.child.stdin.end()
    await this.closed
  }
}

/**
 * Pushes object ids through one buffered `git cat-file --batch` and calls `onObject` for each answer, in
 * order, synchronously as the bytes arrive: nothing queues up in memory beyond the pipe's own buffers.
 * `data` is only valid during the call (its memory is reused), so memory stays flat over big blobs; bodies
 * of `streamAbove` bytes or more may go to a sink instead (`sinkFor`), and are then not passed to onObject.
 */
export class BlobStream {
  private readonly child: ChildProcessWithoutNullStreams
  private stderr = ''
  /** Resolves when git has answered everything and exited. */
  readonly done: Promise<void>

  constructor(cwd: string, onObject: ObjectHandler, options: BatchParserOptions = {}) {
    const args = ['cat-file', '--batch', '--buffer']
    // A partial clone would fetch each missing blob over the network, one at a time: report it missing instead.
    this.child = spawnGit(args, { cwd, env: { GIT_NO_LAZY_FETCH: '1' } })
    const parser = new BatchParser(onObject, true, options)
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    this.done = new Promise((resolve, reject) => {
      this.child.stdout.on('data', (chunk: Buffer) => {
        try {
          parser.feed(chunk)
        } catch (error) {
          this.child.kill()
          reject(error)
        }
      })
      this.child.on('error', (error) => reject(gitSpawnError(error)))
      this.child.on('close', (code) => (code === 0 ? resolve() : reject(new GitError(args, code ?? 128, this.stderr))))
    })
    this.done.catch(() => undefined)
  }

  /** Queues ids (one per line, each line ending in LF); resolves at once, or when git has drained its input. */
  write(lines: string): Promise<void> | undefined {
    if (this.child.stdin.write(lines)) return undefined
    const drained = new Promise<void>((resolve) => this.child.stdin.once('drain', resolve))
    // If git dies, 'drain' never comes: settle with `done` instead of hanging.
    return Promise.race([drained, this.done])
  }

  end(): Promise<void> {
    this.child.stdin.end()
    return this.done
  }

  kill(): void {
    this.child.kill()
  }
}
