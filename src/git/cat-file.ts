// Blob contents through `git cat-file --batch`: one long-lived git per reader instead of one process per
// file. Three shapes: BlobReader answers one request at a time (lookups), BlobBatch reads a list of objects
// through a buffered git and hands the answers over in order (diff, staged), BlobStream pushes many object ids
// through a buffered git and hands each blob to a callback as it is read back from a temp file (a history
// walk). Each can stream a big object's body to a sink chunk by chunk instead of holding it whole.
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { GitError, gitSpawnError, NO_LAZY_FETCH, spawnGit } from './runner.js'
import { SPOOL_READ_BYTES, SpooledGit } from './spooled-git.js'

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

/** The most of a streamed body passed to its sink in one write. */
const SINK_PIECE_BYTES = 256 * 1024

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

  /**
   * With `reuse`, bodies spanning chunks share one growing buffer, `data` is valid only during the callback,
   * and the chunks fed may be one buffer refilled each time (nothing is kept as a view of them).
   */
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
          // In pieces of at most SINK_PIECE_BYTES, whatever the size of the chunks read: a sink decodes and
          // judges what it gets in one go, so bigger pieces would only make bigger strings for the collector.
          for (let at = pos; at < pos + take; at += SINK_PIECE_BYTES) {
            sink.write(chunk.subarray(at, Math.min(at + SINK_PIECE_BYTES, pos + take)))
          }
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
        // Kept until the next chunk: a copy when chunks share memory.
        this.header.push(this.reuse ? Buffer.from(chunk.subarray(pos)) : chunk.subarray(pos))
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

interface BatchRequest {
  sink?: (size: number) => BodySink
  answer?: ReadResult
  error?: Error
}

/** Names are written to git in pieces of about this many characters (~100 ids), not one write per object. */
const BATCH_WRITE_CHARS = 4 * 1024

/**
 * Reads a list of objects through one `git cat-file --batch --buffer`: add() queues each name (written to git
 * in large pieces), end() closes the list, take() hands the answers over in request order. git answers without
 * waiting for us between objects (no round trip per object). Reading from git pauses while more than
 * `holdBytes` of answers wait to be taken, so a change of thousands of files holds a bounded amount; a body of
 * `streamAbove` bytes or more goes to the sink its add() passed, if any, and its answer is then 'streamed'.
 * Call close() when done (also after an error: it stops git when answers are still owed).
 */
export class BlobBatch {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly args = ['cat-file', '--batch', '--buffer']
  private readonly requests: Array<BatchRequest | undefined> = []
  private answered = 0
  private taken = 0
  private outgoing: string[] = []
  private outgoingChars = 0
  private ended = false
  private held = 0
  private paused = false
  private failure: Error | null = null
  private wake: (() => void) | null = null
  private stderr = ''
  private readonly closed: Promise<void>

  constructor(
    cwd: string,
    streamAbove = Infinity,
    private readonly holdBytes = 64 * 1024 * 1024,
  ) {
    this.child = spawnGit(this.args, { cwd })
    const sinkFor: SinkPicker = (_oid, _type, size) => {
      const request = this.requests[this.answered]
      if (!request?.sink) return null
      const sink = request.sink(size)
      return {
        write: (chunk) => sink.write(chunk),
        end: () => {
          try {
            sink.end()
            request.answer = 'streamed'
          } catch (error) {
            request.error = error as Error
          }
          this.answer()
        },
      }
    }
    const parser = new BatchParser(
      (_oid, _type, data) => {
        const request = this.requests[this.answered]
        if (!request) return
        request.answer = data
        this.held += data?.length ?? 0
        if (this.held > this.holdBytes && !this.paused) {
          this.paused = true
          this.child.stdout.pause()
        }
        this.answer()
      },
      false,
      { streamAbove, sinkFor },
    )
    this.child.stdout.on('data', (chunk: Buffer) => {
      try {
        parser.feed(chunk)
      } catch (error) {
        // A sink that failed: every answer still owed fails with it, and git is stopped.
        this.fail(error as Error)
        this.child.kill()
      }
    })
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    this.closed = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.fail(gitSpawnError(error))
        resolve()
      })
      this.child.on('close', (code) => {
        if (this.answered < this.requests.length) this.fail(new GitError(this.args, code ?? 128, this.stderr))
        resolve()
      })
    })
    // Writing to a git that died surfaces through take() as the git error, not as an unhandled EPIPE.
    this.child.stdin.on('error', () => undefined)
  }

  /** Queues `name` (an object id or `rev:path`); with `sink`, a big body streams to `sink(size)` instead. */
  add(name: string, sink?: (size: number) => BodySink): void {
    if (this.ended) throw new Error('BlobBatch.add after end()')
    if (name.includes('\n')) throw new Error(`Invalid object name for cat-file: ${JSON.stringify(name)}`)
    this.requests.push({ sink })
    this.outgoing.push(`${name}\n`)
    this.outgoingChars += name.length + 1
    if (this.outgoingChars >= BATCH_WRITE_CHARS) this.flush()
  }

  /** No more names: git answers what it still holds and exits. */
  end(): void {
    if (this.ended) return
    this.ended = true
    this.flush()
    this.child.stdin.end()
  }

  /** An answer is waiting: take() will not wait for git (safe to call before end()). */
  get ready(): boolean {
    return this.taken < this.answered || (this.taken < this.requests.length && this.failure !== null)
  }

  /** The next answer, in request order: the bytes, null for a missing object, or 'streamed'. */
  async take(): Promise<ReadResult> {
    if (this.taken >= this.requests.length) throw new Error('BlobBatch.take with no request left')
    // git holds back its last answers until the list is closed.
    if (this.taken >= this.answered) this.end()
    while (this.taken >= this.answered) {
      if (this.failure) throw this.failure
      await new Promise<void>((resolve) => (this.wake = resolve))
    }
    const request = this.requests[this.taken]!
    this.requests[this.taken++] = undefined
    if (request.error) throw request.error
    const answer = request.answer!
    if (Buffer.isBuffer(answer)) this.held -= answer.length
    if (this.paused && this.held <= this.holdBytes / 2) {
      this.paused = false
      this.child.stdout.resume()
    }
    return answer
  }

  async close(): Promise<void> {
    // Answers nobody will take (an error upstream): stop git rather than read them all.
    if (this.taken < this.requests.length && this.answered < this.requests.length) this.child.kill()
    this.end()
    if (this.paused) this.child.stdout.resume()
    await this.closed
  }

  private flush(): void {
    if (this.outgoing.length === 0) return
    this.child.stdin.write(this.outgoing.join(''))
    this.outgoing = []
    this.outgoingChars = 0
  }

  private answer(): void {
    this.answered++
    this.wake?.()
    this.wake = null
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.wake?.()
    this.wake = null
  }
}

/**
 * Pushes object ids through one buffered `git cat-file --batch` and calls `onObject` for each answer, in
 * order, as they are read back. git writes to an unnamed temp file (spooled-git.ts), never to a pipe: it never
 * waits for node, and node reads 4 MB at a time into one reused buffer instead of a few KB per wake-up.
 * `data` is only valid during the call, so memory stays flat over big blobs; bodies of `streamAbove` bytes or
 * more may go to a sink instead (`sinkFor`), in chunks valid only during each write, and are then not passed
 * to onObject.
 */
export class BlobStream {
  private readonly git: SpooledGit
  /** Resolves when git has answered everything and exited, and every answer has been handled. */
  readonly done: Promise<void>

  constructor(cwd: string, onObject: ObjectHandler, options: BatchParserOptions = {}) {
    const git = SpooledGit.required(['cat-file', '--batch', '--buffer'], cwd, 'the blobs being read', {
      input: 'open',
      env: NO_LAZY_FETCH,
    })
    this.git = git
    const parser = new BatchParser(onObject, true, options)
    this.done = parseSpooled(git, parser, Buffer.allocUnsafe(SPOOL_READ_BYTES))
    this.done.catch(() => git.dispose())
  }

  /** Queues ids (one per line, each line ending in LF); resolves at once, or when git has drained its input. */
  write(lines: string | Buffer): Promise<void> | undefined {
    const stdin = this.git.stdin!
    if (stdin.write(lines)) return undefined
    const drained = new Promise<void>((resolve) => stdin.once('drain', resolve))
    // If git dies, 'drain' never comes: settle with `done` instead of hanging.
    return Promise.race([drained, this.done])
  }

  end(): Promise<void> {
    this.git.stdin!.end()
    return this.done
  }

  kill(): void {
    this.git.dispose()
  }
}

/**
 * Feeds a spooled cat-file's output to `parser`, read into `buffer` (a parser made with `reuse`), until git is
 * done. A turn of the event loop per chunk: the other readers (the log, whoever writes the ids, git's exit)
 * are not kept waiting while this one has data.
 */
export async function parseSpooled(git: SpooledGit, parser: BatchParser, buffer: Buffer): Promise<void> {
  for await (const chunk of git.chunks(buffer)) {
    parser.feed(chunk)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

/**
 * Checks, through one `git cat-file --batch-check --buffer` fed as names come, which objects the repository
 * lacks, without inflating any. git starts with the first add(), so the check runs alongside whatever produces
 * the names; firstMissing() closes the list and waits for the answers.
 */
export class ObjectPresence {
  private readonly args = ['cat-file', '--batch-check=%(objectname)', '--buffer']
  private child: ChildProcessWithoutNullStreams | null = null
  private outgoing: string[] = []
  private outgoingChars = 0
  private readonly names: string[] = []
  private readonly output: Buffer[] = []
  private stderr = ''
  private closed: Promise<number> | null = null

  constructor(private readonly cwd: string) {}

  add(name: string): void {
    if (name.includes('\n')) throw new Error(`Invalid object name for cat-file: ${JSON.stringify(name)}`)
    this.names.push(name)
    this.outgoing.push(`${name}\n`)
    this.outgoingChars += name.length + 1
    if (this.outgoingChars >= BATCH_WRITE_CHARS) this.flush()
  }

  /** The index (in add() order) of the first name the repository lacks, or -1 when it has them all. */
  async firstMissing(): Promise<number> {
    if (this.names.length === 0) return -1
    this.flush()
    const child = this.child!
    child.stdin.end()
    const code = await this.closed!
    if (code !== 0) throw new GitError(this.args, code, this.stderr)
    const lines = Buffer.concat(this.output).toString('utf8').split('\n')
    return lines.findIndex((line) => line.endsWith(' missing'))
  }

  /** Stops git (when the answers are no longer wanted). */
  close(): void {
    this.child?.kill()
  }

  private flush(): void {
    if (this.outgoing.length === 0) return
    this.start().stdin.write(this.outgoing.join(''))
    this.outgoing = []
    this.outgoingChars = 0
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const child = spawnGit(this.args, { cwd: this.cwd })
    child.stdout.on('data', (chunk: Buffer) => this.output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    this.closed = new Promise((resolve, reject) => {
      child.on('error', (error) => reject(gitSpawnError(error)))
      child.on('close', (code) => resolve(code ?? 128))
    })
    this.closed.catch(() => undefined)
    this.child = child
    return child
  }
}
