// Several checks search (nearly) every file. The text cache holds only a fraction of a large repository, so
// each search of its own would read and decode every file again (from disk, or one `git cat-file` per blob):
// instead they share one pass, each fed the files it wants.
import type { RepoFiles, WordGate } from './repo-files.js'

/** What one check gathers from the texts it wants, fed in path order. */
export interface TextVisitor<T> {
  wants(file: string): boolean
  /**
   * Whether the file's raw UTF-8 bytes may hold anything it looks for (absent: they may). A file that no visitor
   * wanting it lets through is not decoded: each of them is told `skim` instead of `visit`.
   */
  mayHold?(file: string, bytes: Buffer): boolean
  /**
   * `mayHold` in words: the bytes of a file it lets through hold one of `words` (printable ASCII, in any case),
   * unless `always(file)`. When every visitor has one, git searches for the words first and the files it finds none
   * of them in are not read: each visitor wanting one is told `skim`.
   */
  gate?: { words: readonly string[]; always?(file: string): boolean }
  visit(file: string, text: string): void
  /** A readable file it wanted, ruled out by its bytes: what visit would have made of it, without the text. */
  skim?(file: string): void
  /** What it gathered, once the pass is over. */
  gathered(): T
}

/** A visitor's harvest, or why it stopped: one check failing must not take the others' rows with it. */
export type Visited<T> = { ok: true; value: T } | { ok: false; error: unknown }

export type VisitedAll<V> = { [K in keyof V]: V[K] extends TextVisitor<infer T> ? Visited<T> : never }

/**
 * Reads every file any visitor wants once, in path order, and feeds it to each visitor that wants it. A
 * visitor that throws is fed nothing more and its error kept for its check; a failing read rejects for all.
 */
export async function visitTexts<V extends Record<string, TextVisitor<unknown>>>(
  files: RepoFiles,
  visitors: V,
): Promise<VisitedAll<V>> {
  const errors = new Map<string, unknown>()
  const guarded = <T>(name: string, act: () => T, otherwise: T): T => {
    if (errors.has(name)) return otherwise
    try {
      return act()
    } catch (error) {
      errors.set(name, error)
      return otherwise
    }
  }
  const named = Object.entries(visitors)
  // Each file's visitors are chosen once, as the files are selected, and looked up as their texts arrive.
  const chosen = new Map<string, Array<[string, TextVisitor<unknown>]>>()
  const wanted = (file: string) => {
    const visiting = named.filter(([name, visitor]) => guarded(name, () => visitor.wants(file), false))
    if (visiting.length > 0) chosen.set(file, visiting)
    return visiting.length > 0
  }
  // Decoded (and searched) only when some visitor may find something there: most files of a repository name
  // neither Mistral nor a key variable.
  const worth = (file: string, bytes: Buffer) =>
    chosen.get(file)!.some(([name, visitor]) => guarded(name, () => visitor.mayHold?.(file, bytes) ?? true, false))
  for await (const { path, text } of files.texts(wanted, worth, wordGate(visitors, chosen))) {
    for (const [name, visitor] of chosen.get(path)!) {
      if (text === null) guarded(name, () => visitor.skim?.(path), undefined)
      else guarded(name, () => visitor.visit(path, text), undefined)
    }
  }
  const out: Record<string, Visited<unknown>> = {}
  for (const [name, visitor] of named) {
    const value = guarded(name, () => visitor.gathered(), undefined)
    out[name] = errors.has(name) ? { ok: false, error: errors.get(name) } : { ok: true, value }
  }
  return out as VisitedAll<V>
}

/** Every word the visitors' gates look for, or none when some visitor has no gate (then every file is read). */
export function gateWords(visitors: Record<string, TextVisitor<unknown>>): string[] {
  const all = Object.values(visitors)
  if (all.length === 0 || !all.every((visitor) => visitor.gate !== undefined)) return []
  return [...new Set(all.flatMap((visitor) => visitor.gate!.words))]
}

/** The visitors' gates as one, when each has one: a file is worth reading if a visitor wanting it may find something. */
function wordGate(
  visitors: Record<string, TextVisitor<unknown>>,
  chosen: Map<string, Array<[string, TextVisitor<unknown>]>>,
): WordGate | undefined {
  const words = gateWords(visitors)
  if (words.length === 0) return undefined
  return {
    words,
    always: (file) => (chosen.get(file) ?? []).some(([, visitor]) => visitor.gate!.always?.(file) ?? false),
  }
}

/** The harvest, or the visitor's error thrown again: its check turns it into a `warn` row as for any failure. */
export function harvest<T>(visited: Visited<T>): T {
  if (!visited.ok) throw visited.error
  return visited.value
}
