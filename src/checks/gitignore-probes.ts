// Asks git itself whether secret files would be ignored, by probing paths that need not exist
// (`git check-ignore --no-index`), at the root, in a made-up subfolder and in every folder that has its own
// .gitignore, so anchored patterns, nested files and `!` negations all count as git counts them.
//
// Only the .gitignore files of the repository count, as they are what every clone shares: a match that
// comes from .git/info/exclude or a developer's global excludes file protects one machine only. Git gives
// per-folder .gitignore files precedence over both, so the pattern `check-ignore -v` reports tells us
// whether the shared files decide: if its source is not a .gitignore, no .gitignore matched.
import { runGit } from '../git/runner.js'

export interface Probe {
  /** The .gitignore line that covers the probe, as the message tells the user to add it. */
  line: string
  /** The file name (or path) asked about, relative to the folder probed. */
  sample: string
  /** Probed in subfolders too, as an unanchored .gitignore line applies everywhere. */
  everywhere: boolean
}

export const BUILTIN_PROBES: readonly Probe[] = [
  { line: '.env', sample: '.env', everywhere: true },
  { line: '.env.local', sample: '.env.local', everywhere: true },
  { line: '.env.*.local', sample: '.env.production.local', everywhere: true },
  { line: '*.pem', sample: 'mistral.pem', everywhere: true },
  { line: '*.key', sample: 'mistral.key', everywhere: true },
  { line: 'secrets/', sample: 'secrets/mistral-api-key', everywhere: true },
]

/** A folder that does not exist, so that only patterns meant for every folder cover it. */
export const PROBE_SUBFOLDER = 'any-subfolder/'

/** Folders with their own .gitignore beyond this many are not probed (a monorepo's vendored trees). */
const MAX_PROBE_FOLDERS = 500

/**
 * Turns a `gitignore.probes` entry into a probe. An entry is a path or a simple pattern (`*.p12`,
 * `credentials.json`, `private/`); a `*` or `?` is probed as an `x`. Entries without an inner slash apply
 * in every folder, like the .gitignore line they ask for.
 */
export function configProbe(entry: string): Probe {
  const directory = entry.endsWith('/')
  const base = directory ? entry.slice(0, -1) : entry
  const sample = base.replace(/[*?]/g, 'x').replace(/[[\]{}]/g, '')
  return { line: entry, sample: directory ? `${sample}/mistral-guard-probe` : sample, everywhere: !base.includes('/') }
}

export interface ProbeOutcome {
  probe: Probe
  /** The folder probed ('' for the root, else ending in '/'). */
  folder: string
  /** The probed path. */
  path: string
  /** ignored: by a .gitignore; negated: a .gitignore `!` line un-ignores it; missing: no .gitignore covers it. */
  state: 'ignored' | 'negated' | 'missing'
  /** The .gitignore line that decided (ignored or negated). */
  source?: { file: string; line: number; pattern: string }
  /** Ignored, but only by .git/info/exclude or a global excludes file: worth saying, as it misleads. */
  ignoredLocallyOnly: boolean
}

export interface GitignoreAnalysis {
  outcomes: ProbeOutcome[]
  /** Lines to append to the root .gitignore, in probe order: the probes missing or negated by the root file. */
  linesToAdd: string[]
  /** `!` lines in nested .gitignore files that un-ignore a probe: they must be removed (a root line cannot win). */
  negations: Array<{ file: string; line: number; pattern: string; path: string }>
}

export async function analyseGitignore(root: string, probes: readonly Probe[]): Promise<GitignoreAnalysis> {
  const folders = ['', PROBE_SUBFOLDER, ...(await foldersWithGitignore(root))]
  const asked: Array<{ probe: Probe; folder: string; path: string }> = []
  const seen = new Set<string>()
  for (const probe of probes) {
    for (const folder of probe.everywhere ? folders : ['']) {
      const probed = folder + probe.sample
      if (seen.has(probed)) continue
      seen.add(probed)
      asked.push({ probe, folder, path: probed })
    }
  }
  const verdicts = await checkIgnore(
    root,
    asked.map((entry) => entry.path),
  )
  const outcomes: ProbeOutcome[] = asked.map((entry) => {
    const verdict = verdicts.get(entry.path)
    const shared = verdict !== undefined && isRepositoryGitignore(verdict.file)
    if (!verdict || !shared) {
      return { ...entry, state: 'missing', ignoredLocallyOnly: verdict !== undefined && !verdict.pattern.startsWith('!') }
    }
    const state = verdict.pattern.startsWith('!') ? 'negated' : 'ignored'
    return { ...entry, state, source: verdict, ignoredLocallyOnly: false }
  })

  const linesToAdd: string[] = []
  const negations: GitignoreAnalysis['negations'] = []
  for (const outcome of outcomes) {
    const rootFixes = outcome.state === 'missing' || (outcome.state === 'negated' && outcome.source?.file === '.gitignore')
    if (rootFixes && !linesToAdd.includes(outcome.probe.line)) linesToAdd.push(outcome.probe.line)
    if (outcome.state === 'negated' && outcome.source && outcome.source.file !== '.gitignore') {
      negations.push({ ...outcome.source, path: outcome.path })
    }
  }
  // Keep the probe order, which groups related lines the way a hand-written .gitignore does.
  const order = probes.map((probe) => probe.line)
  linesToAdd.sort((a, b) => order.indexOf(a) - order.indexOf(b))
  return { outcomes, linesToAdd, negations }
}

/** A per-folder .gitignore of the work tree, as check-ignore names it (relative, never under .git/). */
function isRepositoryGitignore(file: string): boolean {
  if (file.startsWith('/') || file.startsWith('../') || file.startsWith('.git/')) return false
  return file === '.gitignore' || file.endsWith('/.gitignore')
}

/** Folders (ending in '/') holding a .gitignore, tracked or new; ignored folders are not looked into. */
async function foldersWithGitignore(root: string): Promise<string[]> {
  const result = await runGit(
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(glob)**/.gitignore'],
    { cwd: root, allowFailure: true },
  )
  if (result.code !== 0) return []
  const folders = new Set<string>()
  for (const file of result.stdout.toString('utf8').split('\0')) {
    if (!file.endsWith('/.gitignore')) continue
    folders.add(file.slice(0, -'.gitignore'.length))
  }
  return [...folders].sort().slice(0, MAX_PROBE_FOLDERS)
}

interface Verdict {
  file: string
  line: number
  pattern: string
}

/** The deciding pattern for each path that any exclude source matches (negations included). */
async function checkIgnore(root: string, paths: string[]): Promise<Map<string, Verdict>> {
  // The global excludes file is switched off outright; info/exclude is filtered out by its source.
  const result = await runGit(
    ['-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z', '-v', '-n'],
    { cwd: root, input: paths.map((file) => `${file}\0`).join(''), allowFailure: true },
  )
  // Exit 1 means "nothing ignored", which is an answer; 128 is a real error.
  if (result.code > 1) throw new Error(`git check-ignore failed: ${result.stderr.trim().split('\n')[0]}`)
  const fields = result.stdout.toString('utf8').split('\0')
  const verdicts = new Map<string, Verdict>()
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const [file, line, pattern, probed] = fields.slice(i, i + 4)
    if (file) verdicts.set(probed, { file, line: Number(line), pattern })
  }
  return verdicts
}
