// "The bundle loads only what the run needs": the scan pipeline reaches the config parser (yaml, zod), glob
// matching (minimatch), the checklist and the baseline only through import() at the point a run needs them, so a
// pre-commit hook or a diff scan with --no-checks and no config file never compiles them (about a third of the
// CLI's code: 75 ms of a 280 ms hook run on the bench machine). This follows the static imports from the CLI's
// entry and the scan command, as ncc bundles them, and fails if one of them pulls a lazy part in again.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve('src')

/** Static (not type-only) imports of a source file: relative files and package names. */
function staticImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8')
  const files: string[] = []
  const packages: string[] = []
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gm)) {
    const target = match[1]!
    if (target.startsWith('.')) files.push(path.resolve(path.dirname(file), target.replace(/\.js$/, '.ts')))
    else if (!target.startsWith('node:')) packages.push(target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!)
  }
  return { files, packages }
}

/** Every source file and package reached from `entries` by static imports. */
function reach(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = entries.map((entry) => path.join(SRC, entry))
  while (queue.length > 0) {
    const file = queue.pop()!
    if (files.has(file)) continue
    files.add(file)
    const found = staticImports(file)
    found.packages.forEach((name) => packages.add(name))
    queue.push(...found.files)
  }
  return { files, packages }
}

const relative = (files: Set<string>): string[] => [...files].map((file) => path.relative(SRC, file)).sort()

describe('what a scan loads before it knows it needs more', () => {
  const { files, packages } = reach(['cli.ts', 'commands/scan.ts'])

  it('follows real imports (the walk itself works)', () => {
    expect(relative(files)).toEqual(expect.arrayContaining(['scan.ts', 'detect/detector.ts', 'sources/diff.ts', 'config/config-file.ts']))
  })

  it('leaves out the config parser, the checklist, the baseline and glob matching', () => {
    for (const name of ['zod', 'yaml', 'minimatch']) expect(packages.has(name)).toBe(false)
    for (const lazy of ['config/load-config.ts', 'checks/run-checks.ts', 'baseline/baseline.ts', 'policy/allow.ts']) {
      expect(relative(files)).not.toContain(lazy)
    }
  })

  it('loads the env-config parser and rules only when a file is there to check', () => {
    const checklist = reach(['checks/run-checks.ts'])
    expect(checklist.packages.has('minimatch')).toBe(true)
    expect(checklist.packages.has('zod')).toBe(false)
    expect(checklist.packages.has('yaml')).toBe(false)
    expect(relative(checklist.files)).not.toEqual(expect.arrayContaining(['checks/env-config-parse.ts']))
    expect(reach(['checks/env-config-parse.ts']).packages.has('yaml')).toBe(true)
    expect(reach(['checks/env-config-violations.ts']).packages.has('zod')).toBe(true)
  })
})
