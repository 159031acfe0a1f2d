// The one place git is run: argument arrays (never a shell), no prompts, no pager, C locale,
// and paths as git stores them (core.quotePath off, -z wherever a command lists paths).
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process'

export interface GitResult {
  stdout: Buffer
  stderr: string
  code: number
}

export interface GitOptions {
  cwd: string
  /** Written to git's standard input. */
  input?: string | Buffer
  /** Resolve with the exit code instead of throwing on a non-zero one. */
  allowFailure?: boolean
  env?: NodeJS.ProcessEnv
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)
    this.name = 'GitError'
  }
}

/** git is not installed (or not on PATH): a clear message instead of `spawn git ENOENT`. */
export class GitNotFoundError extends Error {
  constructor() {
    super('git was not found on PATH: mistral-guard needs git 2.x installed.')
    this.name = 'GitNotFoundError'
  }
}

/** The error to report for a failure to start or talk to git. */
export function gitSpawnError(error: Error): Error {
  const code = (error as NodeJS.ErrnoException).code
  const syscall = (error as NodeJS.ErrnoException).syscall ?? ''
  if (code === 'ENOENT' && syscall.startsWith('spawn')) return new GitNotFoundError()
  return error
}

const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'core.pager=cat', '-c', 'color.ui=false']

/**
 * For history's gits: in a partial clone, git would fetch each missing object over the network, one at a time;
 * with this it reports the object missing instead, and the scan names it.
 */
export const NO_LAZY_FETCH: NodeJS.ProcessEnv = { GIT_NO_LAZY_FETCH: '1' }

export function gitEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_PAGER: 'cat', ...extra }
}

/** Runs git to completion and buffers its output. For large outputs use `spawnGit` and stream. */
export function runGit(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, options)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => reject(gitSpawnError(error)))
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 }
      if (result.code !== 0 && !options.allowFailure) reject(new GitError(args, result.code, result.stderr))
      else resolve(result)
    })
    if (options.input !== undefined) child.stdin.end(options.input)
    else child.stdin.end()
  })
}

/** Runs git and returns its stdout as text (trailing newline kept). */
export async function gitText(args: string[], options: GitOptions): Promise<string> {
  return (await runGit(args, options)).stdout.toString('utf8')
}

/** Runs git and reports success as a boolean, as actions/checkout's `try*` helpers do. */
export async function tryGit(args: string[], options: GitOptions): Promise<boolean> {
  return (await runGit(args, { ...options, allowFailure: true })).code === 0
}

/** Starts git with piped stdio, for callers that stream its output. */
export function spawnGit(args: string[], options: GitOptions): ChildProcessWithoutNullStreams {
  const child = spawn('git', [...BASE_ARGS, ...args], { cwd: options.cwd, env: gitEnv(options.env), stdio: 'pipe' })
  // Writing to a git that died (or never started) fails with EPIPE: the exit code or spawn error says why.
  child.stdin.on('error', () => undefined)
  return child
}

/**
 * Starts git with its stdout written to the file `fd`, for output read back later; stderr piped. stdin is
 * given `input`, or left open for the caller to write ('open'), or closed.
 */
export function spawnGitToFile(
  args: string[],
  options: Omit<GitOptions, 'input'> & { stdout: number; input?: string | Buffer | 'open' },
): ChildProcess {
  const child = spawn('git', [...BASE_ARGS, ...args], {
    cwd: options.cwd,
    env: gitEnv(options.env),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout, 'pipe'],
  })
  if (options.input !== undefined) {
    // A git that died (or never started) fails the write with EPIPE: its exit code or spawn error says why.
    child.stdin!.on('error', () => undefined)
    if (options.input !== 'open') child.stdin!.end(options.input)
  }
  return child
}

/**
 * Streams git's stdout chunk by chunk, so a whole history never sits in memory. Throws a GitError after the
 * last chunk when git fails (unless allowFailure); breaking out of the loop early kills git.
 */
export async function* streamGit(args: string[], options: GitOptions): AsyncGenerator<Buffer> {
  const child = spawnGit(args, options)
  const err: Buffer[] = []
  let errBytes = 0
  child.stderr.on('data', (chunk: Buffer) => {
    // Keep only the start of stderr: enough for a message, never unbounded.
    if (errBytes < 64 * 1024) err.push(chunk)
    errBytes += chunk.length
  })
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(gitSpawnError(error)))
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 0)))
  })
  exited.catch(() => undefined)
  if (options.input !== undefined) child.stdin.end(options.input)
  else child.stdin.end()
  let finished = false
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer
    finished = true
  } finally {
    if (!finished) child.kill()
  }
  // git that never started (not installed) ends stdout at once: its spawn error is the one to report.
  const code = await exited
  if (code !== 0 && !options.allowFailure) throw new GitError(args, code, Buffer.concat(err).toString('utf8'))
}

/** Splits a stream on NUL bytes (git's `-z` output) into UTF-8 tokens; a trailing token without NUL is kept. */
export function nulTokens(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  return splitTokens(chunks, 0)
}

/** Splits a stream into lines (without the LF). */
export function lineTokens(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  return splitTokens(chunks, 10)
}

async function* splitTokens(chunks: AsyncIterable<Buffer>, separator: number): AsyncGenerator<string> {
  // Pieces of a token that spans chunks; kept as a list so a long token costs no repeated copying.
  let pending: Buffer[] = []
  for await (const chunk of chunks) {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(separator, start)
      if (end < 0) break
      if (pending.length > 0) {
        pending.push(chunk.subarray(start, end))
        yield Buffer.concat(pending).toString('utf8')
        pending = []
      } else {
        yield chunk.toString('utf8', start, end)
      }
      start = end + 1
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8')
}
