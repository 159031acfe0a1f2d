// Every blob of the object store, in pack order. `cat-file --batch-all-objects --batch-check --unordered`
// lists them in a fraction of a second; feeding them back to `cat-file --batch` in that order lets git
// inflate each delta chain from its base in sequence, which is the cheapest way to read every unique blob
// (cheaper than the order a history walk meets them in, and far cheaper than hash order). The listing
// includes objects no ref reaches (dangling blobs): scanned for nothing, never reported, since findings come
// from the commits that use a blob.
import { ObjectIdSet } from './object-id-set.js'
import { SpooledGit } from './spooled-git.js'

const BLOB = Buffer.from('blob ')
/** Ids handed over per onIds call, at most (about 1,500 SHA-1 ids). */
const IDS_PER_CALL_BYTES = 64 * 1024

/** The listing: every object of the store with its type and size, in pack order. */
const LIST_BLOBS_ARGS = [
  'cat-file',
  '--batch-all-objects',
  '--batch-check=%(objecttype) %(objectname) %(objectsize)',
  '--unordered',
]

/**
 * Streams the store's blob ids to `onIds` as `<oid>\n` lines (ready for `cat-file --batch`), each id once,
 * with the total size of those blobs, and returns them all as a set.
 */
export async function listBlobs(
  root: string,
  onIds: (lines: Buffer, bytes: number) => void | Promise<void>,
): Promise<ObjectIdSet> {
  const present = new ObjectIdSet()
  let rest: Buffer | null = null
  // Spooled: the listing finishes at git's pace even while node is busy scanning.
  const listing = SpooledGit.required(LIST_BLOBS_ARGS, root, 'the list of blobs')
  let out = Buffer.allocUnsafe(IDS_PER_CALL_BYTES)
  let used = 0
  let bytes = 0
  // A copy of just the ids: they wait in memory for their slice, and a view would keep the whole chunk alive.
  const hand = async (): Promise<void> => {
    if (used === 0) return
    const ids = out.subarray(0, used)
    out = Buffer.allocUnsafe(IDS_PER_CALL_BYTES)
    const total = bytes
    used = 0
    bytes = 0
    await onIds(ids, total)
  }
  for await (const chunk of listing.chunks()) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk
    let start = 0
    for (;;) {
      const end = data.indexOf(10, start)
      if (end < 0) break
      const oidStart = start + BLOB.length
      const space = data.indexOf(32, oidStart)
      // Loose and packed copies of one object, or two packs, list it twice.
      if (
        data.compare(BLOB, 0, BLOB.length, start, oidStart) === 0 &&
        space > oidStart &&
        space < end &&
        present.addBytes(data, oidStart, space - oidStart)
      ) {
        // The first ids go out early, so that cat-file starts while the rest of a listing read whole is parsed.
        if (used + (space - oidStart) + 1 > out.length) await hand()
        used += data.copy(out, used, oidStart, space)
        out[used++] = 10
        bytes += Number(data.toString('latin1', space + 1, end))
      }
      start = end + 1
    }
    rest = start < data.length ? Buffer.from(data.subarray(start)) : null
    await hand()
  }
  return present
}
