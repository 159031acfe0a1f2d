// Which commit introduced each key, from the changes whose blobs hold one: oldest commit first, a key in the
// blob a commit wrote at path P is introduced by that commit when none of its parents' blobs at P holds it.
// Merges appear as combined entries exactly when their result differs from every parent, so a key that only
// a conflict resolution adds is attributed to the merge. A key that a commit moves (it deletes the file that
// held it and adds it at another path: a rename) is not a new leak, as a diff with rename detection shows no
// added line; the leak keeps its first file and commit, and counts as in HEAD when any of its paths still
// holds it there.
import type { Match } from '../detect/match.js'
import { BlobReader } from '../git/cat-file.js'
import { isZeroOid, type RawChange, type RawCommit } from '../git/raw-log.js'
import { headCommit } from '../git/revisions.js'
import { nulTokens, streamGit } from '../git/runner.js'
import { isScannableMode } from './changes.js'
import { decodeBytes } from './decode.js'
import { findStrings } from './find-strings.js'
import { StreamedSearch } from './text-windows.js'

/** The oldest commit known to introduce one key into one file. */
export interface Leak {
  file: string
  match: Match
  commit: RawCommit
  /** Paths the key was moved to since (renames), for the HEAD check. */
  movedTo: Set<string>
}

/** A change whose blob holds a key (or, for a deletion, whose parent's blob did). */
export interface KeptChange {
  commit: RawCommit
  change: RawChange
  /** Position in the walk (git lists newer commits first). */
  order: number
}

/**
 * Keeps, per (file, key), the oldest commit whose parents lacked the key, oldest commits first. A key that a
 * commit moves from a file it deletes is not new: the leak it came from gains the new path.
 */
export function attribute(kept: KeptChange[], keysByBlob: Map<string, Match[]>): Map<string, Leak> {
  const leaks = new Map<string, Leak>()
  /** path\0key -> the leak that key at that path descends from (itself, or the origin of a move). */
  const origin = new Map<string, Leak>()
  // Oldest first; on a tie git listed the older one later.
  const ordered = [...kept].sort((a, b) => a.commit.time - b.commit.time || b.order - a.order)
  // Keys each (non-merge) commit removes with a deleted file: key -> that file.
  const removed = new Map<RawCommit, Map<string, string>>()
  for (const { commit, change } of ordered) {
    if (!isZeroOid(change.oid)) continue
    const byKey = removed.get(commit) ?? new Map<string, string>()
    for (const match of keysByBlob.get(change.parentOids[0]!) ?? []) byKey.set(match.secret, change.path)
    removed.set(commit, byKey)
  }
  for (const { commit, change } of ordered) {
    const found = isZeroOid(change.oid) ? undefined : keysByBlob.get(change.oid)
    if (!found) continue
    const inParents = new Set<string>()
    for (const oid of change.parentOids) for (const match of keysByBlob.get(oid) ?? []) inParents.add(match.secret)
    for (const match of found) {
      if (inParents.has(match.secret)) continue
      const id = `${change.path}\0${match.secret}`
      if (origin.has(id)) continue
      const movedFrom = change.parentOids.length <= 1 ? removed.get(commit)?.get(match.secret) : undefined
      if (movedFrom !== undefined) {
        // A rename (or a move of the key into another file of the same commit): not a new leak. A move whose
        // source was never reported (it came from before a narrowed range) stays unreported too.
        const source = origin.get(`${movedFrom}\0${match.secret}`)
        if (source) {
          source.movedTo.add(change.path)
          origin.set(id, source)
        }
        continue
      }
      const leak: Leak = { file: change.path, match, commit, movedTo: new Set() }
      leaks.set(id, leak)
      origin.set(id, leak)
    }
  }
  return leaks
}

/** Whether each leak's key is still in its file (or a file it moved to) at HEAD; null when there is no HEAD. */
export async function keysAtHead(
  root: string,
  leaks: Map<string, Leak>,
  bigBlobBytes: number,
): Promise<(leak: Leak) => boolean | null> {
  const head = leaks.size > 0 ? await headCommit(root) : null
  if (!head) return () => null
  const keysByFile = new Map<string, Set<string>>()
  for (const leak of leaks.values()) {
    for (const file of [leak.file, ...leak.movedTo]) {
      const keys = keysByFile.get(file) ?? new Set<string>()
      keys.add(leak.match.secret)
      keysByFile.set(file, keys)
    }
  }
  const blobAt = new Map<string, string>()
  // `<mode> <type> <oid>\t<path>` per entry.
  for await (const entry of nulTokens(streamGit(['ls-tree', '-r', '-z', '--full-tree', head], { cwd: root }))) {
    const tab = entry.indexOf('\t')
    const file = entry.slice(tab + 1)
    if (!keysByFile.has(file)) continue
    const [mode, type, oid] = entry.slice(0, tab).split(' ')
    if (type === 'blob' && isScannableMode(mode!)) blobAt.set(file, oid!)
  }
  const present = new Set<string>()
  const reader = new BlobReader(root, bigBlobBytes)
  try {
    for (const [file, oid] of blobAt) {
      const keys = [...keysByFile.get(file)!]
      let found = new Set<string>()
      const bytes = await reader.read(oid, () => {
        const search = new StreamedSearch(keys)
        return { write: (chunk) => search.write(chunk), end: () => void (found = search.end()) }
      })
      if (bytes !== 'streamed') {
        const decoded = bytes ? decodeBytes(bytes) : null
        if (decoded && !decoded.binary) found = findStrings(decoded.text, keys)
      }
      for (const key of found) present.add(`${file}\0${key}`)
    }
  } finally {
    await reader.close()
  }
  return (leak) => [leak.file, ...leak.movedTo].some((file) => present.has(`${file}\0${leak.match.secret}`))
}

/**
 * The blob that decides whether a change matters: its own, or for a plain deletion its parent's (a key moving
 * out of the file, maybe into another one of the same commit). Null when neither can hold a key.
 */
export function decidingBlob(change: RawChange): string | null {
  if (!isZeroOid(change.oid)) return isScannableMode(change.mode) ? change.oid : null
  if (change.parentOids.length !== 1 || isZeroOid(change.parentOids[0]!)) return null
  return isScannableMode(change.parentModes[0]!) ? change.parentOids[0]! : null
}
