// Runs one source over a real repository with the real detector and gathers what it yields.
import { detect } from '../../src/detect/detector.js'
import { ruledOutByItsLine } from '../../src/detect/own-line.js'
import { silentLogger } from '../../src/log.js'
import { emptyStats, type Fragment, type SourceStats } from '../../src/sources/fragment.js'
import type { Detector, Source } from '../../src/sources/source.js'

export const testDetector: Detector = { mentions: (text) => /mistral/i.test(text), detect, ruledOutByItsLine }

export interface Collected {
  fragments: Fragment[]
  stats: SourceStats
}

export async function collect(source: Source, root: string, detector = testDetector): Promise<Collected> {
  const stats = emptyStats()
  const fragments: Fragment[] = []
  const context = { root, stats, log: silentLogger, detector }
  for await (const fragment of source(context)) fragments.push(fragment)
  return { fragments, stats }
}

export interface Hit {
  file: string
  line: number
  secret: string
  commit: string | null
  inHead: boolean | null | undefined
}

/** Keys the detector finds in what a source yields, on added lines only, as the pipeline keeps them. */
export async function hits(
  source: Source,
  root: string,
  detector = testDetector,
): Promise<{ hits: Hit[]; stats: SourceStats }> {
  const { fragments, stats } = await collect(source, root, detector)
  const found: Hit[] = []
  for (const fragment of fragments) {
    let matches = fragment.matches ?? detect(fragment.text)
    if (fragment.addedLines) matches = matches.filter((match) => fragment.addedLines!.has(match.line))
    if (matches.length > 0 && fragment.keysInBase) {
      const old = await fragment.keysInBase(matches.map((match) => match.secret))
      matches = matches.filter((match) => !old.has(match.secret))
    }
    for (const match of matches) {
      const commit = fragment.commitOfLine ? await fragment.commitOfLine(match.line) : fragment.commit
      found.push({
        file: fragment.file,
        line: match.line,
        secret: match.secret,
        commit: commit?.sha ?? null,
        inHead: fragment.inHead,
      })
    }
  }
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
  return { hits: found, stats }
}

/** `MISTRAL_API_KEY=<key>`: what a .env file holds. */
export function envLine(key: string): string {
  return `MISTRAL_API_KEY=${key}`
}

/** A Python assignment the detector flags. */
export function pyLine(key: string): string {
  return `mistral_api_key = "${key}"`
}

/**
 * Names keys so assertions compare names, never keys: a failing expect() prints its values, and a key must
 * not show up even in a test's output.
 */
export function namer(keys: Record<string, string>): (secret: string) => string {
  const names = new Map(Object.entries(keys).map(([name, key]) => [key, name]))
  return (secret) => names.get(secret) ?? `unknown ${secret.slice(0, 4)}…(${secret.length})`
}

/** Hits as `file:line name`, for readable and key-free assertions. */
export function describeHits(found: Hit[], name: (secret: string) => string): string[] {
  return found.map((hit) => `${hit.file}:${hit.line} ${name(hit.secret)}`)
}
