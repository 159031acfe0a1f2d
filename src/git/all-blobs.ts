// Every blob of the object store, in pack order. `cat-file --batch-all-objects --batch-check --unordered`
// lists them in a fraction of a second; feeding them back to one `cat-file --batch` in that order lets git
// inflate each delta chain from its base in sequence, which is the cheapest way to read every unique blob
// (cheaper than the order a history walk meets them in, and far cheaper than hash order). The listing
// includes objects no ref reaches (dangling blobs): scanned for nothing, never reported, since findings come
// from the commits that use a blob.
import { ObjectIdSet } from './object-id-set.js'
import { streamGit } from './runner.js'

const BLOB = Buffer.from('blob ')

/**
 * Streams the store's blob ids to `onIds` as `<oid>\n` lines (ready for `cat-file --batch`), each id once,
 * and returns them all as a set.
 */
export async function listBlobs(root: string, onIds: (lines: Buffer) => void | Promise<void>): Promise<ObjectIdSet> {
  const present = new ObjectIdSet()
  let rest: Buffer | null = null
  const args = ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectname)', '--unordered']
  for await (const chunk of streamGit(args, { cwd: root })) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk
    const out = Buffer.allocUnsafe(data.length)
    let used = 0
    let start = 0
    for (;;) {
      const end = data.indexOf(10, start)
      if (end < 0) break
      const oidStart = start + BLOB.length
      // Loose and packed copies of one object, or two packs, list it twice.
      if (data.compare(BLOB, 0, BLOB.length, start, oidStart) === 0 && present.addBytes(data, oidStart, end - oidStart)) {
        used += data.copy(out, used, oidStart, end + 1)
      }
      start = end + 1
    }
    rest = start < data.length ? Buffer.from(data.subarray(start)) : null
    if (used > 0) await onIds(out.subarray(0, used))
  }
  return present
}
