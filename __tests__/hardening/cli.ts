// Runs the real CLI two ways: in-process through `run()` (fast, today's sources), and the bundled CLI
// (dist/cli, or a private build of today's sources) in its own process: every byte it prints, its peak RSS,
// a watchdog that kills it on a hang or a memory blow-up, and a PATH the test controls for fake git binaries.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/commands/dispatch.js'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The committed bundle, used when it is newer than every source file. */
export const DIST_CLI = path.join(PROJECT_ROOT, 'dist/cli/index.js')
/**
 * Otherwise a bundle of today's sources, built here (ncc -t, as `npm run build:cli` but without its type
 * check, which others' unfinished files can break) so that dist/, which the lead commits, is left alone.
 */
const PRIVATE_DIR = path.join(PROJECT_ROOT, 'node_modules/.cache/mg-hardening-cli')
const PRIVATE_CLI = path.join(PRIVATE_DIR, 'index.js')
let cliBundle = DIST_CLI

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

class Collector extends Writable {
  text = ''
  _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString()
    callback()
  }
}

/** `mistral-guard <argv>` in this process, in `cwd`. */
export async function runCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const stdout = new Collector()
  const stderr = new Collector()
  const code = await run(argv, { cwd, env, stdout, stderr })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

export interface SpawnedResult extends CliResult {
  /** Null when the process exited by itself. */
  signal: NodeJS.Signals | null
  /** Peak resident set size of the CLI process (not its git children), in KiB; null if it died before exit. */
  maxRssKb: number | null
  /** Set when the watchdog had to kill it. */
  killedBy: 'timeout' | 'memory' | null
}

export interface SpawnOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Watchdog: kill after this long (a hang). Default 120 s. */
  timeoutMs?: number
  /** Watchdog: kill when RSS passes this (a blow-up that would hurt the shared machine). Default 1 GiB. */
  rssLimitMb?: number
}

/** A module preloaded with `--import` that records the process's own peak RSS when it exits. */
function rssPreload(): string {
  const file = path.join(PROJECT_ROOT, 'node_modules/.cache/mg-hardening-rss/record-rss.mjs')
  const text =
    "import { writeFileSync } from 'node:fs'\n" +
    "process.on('exit', () => { try { writeFileSync(process.env.MG_RSS_FILE, String(process.resourceUsage().maxRSS)) } catch {} })\n"
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return file
}

/** The bundled CLI (`node <bundle> <argv>`) as its own process, under a watchdog. Call `ensureCliBuilt()` first. */
export function spawnCli(argv: string[], options: SpawnOptions): Promise<SpawnedResult> {
  const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'mg-rss-out-')), 'rss')
  const child = spawn(process.execPath, ['--import', rssPreload(), cliBundle, ...argv], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), MG_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
  let killedBy: SpawnedResult['killedBy'] = null
  const limitKb = (options.rssLimitMb ?? 1024) * 1024
  const watchdog = setInterval(() => {
    const rss = currentRssKb(child.pid)
    if (rss !== null && rss > limitKb) {
      killedBy = 'memory'
      child.kill('SIGKILL')
    }
  }, 100)
  const timer = setTimeout(() => {
    killedBy = 'timeout'
    child.kill('SIGKILL')
  }, options.timeoutMs ?? 120_000)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(watchdog)
      clearTimeout(timer)
      const maxRssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null
      rmSync(path.dirname(rssFile), { recursive: true, force: true })
      resolve({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        maxRssKb,
        killedBy,
      })
    })
  })
}

function currentRssKb(pid: number | undefined): number | null {
  if (!pid) return null
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

/**
 * Points spawnCli at a bundle no older than src/: dist/cli when fresh, else a private build of the sources.
 * A lock folder keeps two test files from building at once.
 */
export function ensureCliBuilt(): void {
  const sources = newestMtime(path.join(PROJECT_ROOT, 'src'))
  const fresh = (file: string): boolean => existsSync(file) && statSync(file).mtimeMs >= sources
  if (fresh(DIST_CLI)) {
    cliBundle = DIST_CLI
    return
  }
  cliBundle = PRIVATE_CLI
  if (fresh(PRIVATE_CLI)) return
  const lock = path.join(tmpdir(), 'mg-hardening-cli.lock')
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true })
      execFileSync('sleep', ['1'])
    }
  }
  try {
    if (!fresh(PRIVATE_CLI)) {
      execFileSync('npx', ['ncc', 'build', 'src/cli.ts', '-o', PRIVATE_DIR, '-t', '-q'], { cwd: PROJECT_ROOT, stdio: 'pipe' })
    }
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** Lines of a stack trace: a clear error never shows one. */
export function stackTraceLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/.test(line))
}
