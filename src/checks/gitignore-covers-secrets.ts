// `.env`, `.env.local`, `.env.*.local`, `*.pem`, `*.key` and `secrets/` (plus `gitignore.probes`) must be
// ignored by the repository's own .gitignore files, at the root and in subfolders, as git decides it.
import { CHECK_TITLES } from './check-ids.js'
import { existsSync } from 'node:fs'
import { readSmallFile } from '../fs/read-small-file.js'
import path from 'node:path'
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { nameSome, result } from './check.js'
import { analyseGitignore, BUILTIN_PROBES, configProbe, type Probe } from './gitignore-probes.js'
import { policyOf } from './policy.js'

export const GITIGNORE_COVERS_SECRETS = 'gitignore-covers-secrets'
const TITLE = CHECK_TITLES[GITIGNORE_COVERS_SECRETS]

export function probesFor(extra: readonly string[]): Probe[] {
  const probes = [...BUILTIN_PROBES]
  for (const entry of extra) if (!probes.some((probe) => probe.line === entry)) probes.push(configProbe(entry))
  return probes
}

export const gitignoreCoversSecrets: Check = async (run) => {
  if (run.files.bare) {
    return result(GITIGNORE_COVERS_SECRETS, TITLE, 'skip', 'A bare repository has no working tree to ignore files in.')
  }
  const probes = probesFor(policyOf(run.config).gitignoreProbes)
  const analysis = await analyseGitignore(run.root, probes)
  const { linesToAdd, negations } = analysis
  if (linesToAdd.length === 0 && negations.length === 0) {
    return result(
      GITIGNORE_COVERS_SECRETS,
      TITLE,
      'pass',
      `.gitignore covers ${nameSome(probes.map((probe) => probe.line), probes.length)}, at the root and in subfolders.`,
    )
  }

  const parts: string[] = []
  const locations: CheckLocation[] = []
  if (linesToAdd.length > 0) {
    let add = `Add these lines to .gitignore: ${linesToAdd.map((line) => `\`${line}\``).join(', ')}`
    const rootGitignore = path.join(run.root, '.gitignore')
    if (existsSync(rootGitignore)) locations.push({ file: '.gitignore', line: lastLine(rootGitignore, run.root) })
    const rootNegations = new Map<number, string>()
    for (const outcome of analysis.outcomes) {
      if (outcome.state === 'negated' && outcome.source?.file === '.gitignore') {
        rootNegations.set(outcome.source.line, outcome.source.pattern)
      }
    }
    if (rootNegations.size > 0) {
      const named = [...rootNegations].map(([line, pattern]) => `'${pattern}' on line ${line}`)
      add += ` (at the end, below ${nameSome(named)}, which un-ignore${rootNegations.size === 1 ? 's' : ''} them; or remove ${rootNegations.size === 1 ? 'that line' : 'those lines'})`
      for (const line of rootNegations.keys()) locations.push({ file: '.gitignore', line })
    }
    if (analysis.outcomes.some((o) => o.state === 'missing' && o.ignoredLocallyOnly)) {
      add += ' (.git/info/exclude or a global excludes file covers some of them, but on this machine only)'
    }
    parts.push(add)
  }
  const byLine = new Map<string, (typeof negations)[number]>()
  for (const negation of negations) byLine.set(`${negation.file}:${negation.line}`, negation)
  if (byLine.size > 0) {
    const named = [...byLine.entries()].map(([where, negation]) => `${where} '${negation.pattern}' (un-ignores ${negation.path})`)
    parts.push(`${parts.length > 0 ? 'remove' : 'Remove'} ${nameSome(named)}: a nested .gitignore wins over the root one`)
    for (const negation of byLine.values()) locations.push({ file: negation.file, line: negation.line })
  }
  return result(GITIGNORE_COVERS_SECRETS, TITLE, 'fail', `${parts.join('; ')}.`, locations)
}

function lastLine(file: string, root: string): number {
  const read = readSmallFile(file, root)
  if (!read.ok) return 1
  return Math.max(1, read.text.split('\n').length - (read.text.endsWith('\n') ? 1 : 0))
}
