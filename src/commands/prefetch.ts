// What `scan` will first ask git, started by the CLI before it loads the engine (sources/diff-prefetch.ts,
// sources/staged-prefetch.ts).
// Reads the flags leniently: a guess that turns out wrong costs some git work, never a wrong result, since the
// diff source uses the prefetched diff only for the repository and revisions it resolves itself.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SCAN_FLAGS } from '../settings/scan-flags.js'
import { prefetchDiff, type DiffRequest } from '../sources/diff-prefetch.js'
import { prefetchStaged } from '../sources/staged-prefetch.js'

/** Starts the git work of `argv` (the CLI's arguments) if it is a diff or a staged scan. */
export function prefetchForArgv(argv: string[], cwd: string): void {
  const [first, ...rest] = argv
  const named = first !== undefined && !first.startsWith('-')
  if (named && first !== 'scan') return
  const flags = named ? rest : argv
  const request = diffRequestFromArgv(flags, cwd)
  const staged = request ? null : stagedRequestFromArgv(flags, cwd)
  if (request) prefetchDiff(request)
  else if (staged) prefetchStaged(staged)
}

/** The repository directory a `scan --mode staged` with these flags will scan, or null (another scan, help). */
export function stagedRequestFromArgv(argv: string[], cwd: string): string | null {
  const parsed = parseFlags(argv)
  if (!parsed) return null
  const { values, positionals } = parsed
  if (values.help || positionals.length > 0 || values.mode !== 'staged') return null
  const repo = values.repo
  return path.resolve(cwd, typeof repo === 'string' ? repo : '.')
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: SCAN_FLAGS, allowPositionals: true, strict: false })
  } catch {
    return null
  }
}

/** The diff a `scan` with these flags will run, or null (another mode, help, or flags it will reject). */
export function diffRequestFromArgv(argv: string[], cwd: string): DiffRequest | null {
  const parsed = parseFlags(argv)
  if (!parsed) return null
  const { values, positionals } = parsed
  const text = (name: string): string | undefined => {
    const value = values[name]
    return typeof value === 'string' ? value : undefined
  }
  const base = text('base')
  const mode = text('mode')
  if (values.help || positionals.length > 0 || base === undefined || base.trim() === '') return null
  if (mode !== undefined && mode !== 'diff') return null
  if (['since', 'until', 'range'].some((flag) => values[flag] !== undefined)) return null
  return { dir: path.resolve(cwd, text('repo') ?? '.'), base, head: text('head') }
}
