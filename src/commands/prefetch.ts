// What `scan` will first ask git, started by the CLI before it loads the engine (sources/diff-prefetch.ts).
// Reads the flags leniently: a guess that turns out wrong costs some git work, never a wrong result, since the
// diff source uses the prefetched diff only for the repository and revisions it resolves itself.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SCAN_FLAGS } from '../settings/scan-flags.js'
import { prefetchDiff, type DiffRequest } from '../sources/diff-prefetch.js'

/** Starts the git work of `argv` (the CLI's arguments) if it is a diff scan. */
export function prefetchForArgv(argv: string[], cwd: string): void {
  const [first, ...rest] = argv
  const named = first !== undefined && !first.startsWith('-')
  if (named && first !== 'scan') return
  const request = diffRequestFromArgv(named ? rest : argv, cwd)
  if (request) prefetchDiff(request)
}

/** The diff a `scan` with these flags will run, or null (another mode, help, or flags it will reject). */
export function diffRequestFromArgv(argv: string[], cwd: string): DiffRequest | null {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: SCAN_FLAGS, allowPositionals: true, strict: false })
  } catch {
    return null
  }
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
