// The working tree: tracked files plus untracked files git does not ignore, read from disk as they are now.
// Files deleted from the working tree are skipped and counted; symlinks are never followed (so nothing
// outside the repository is read); submodules are not descended. Big files are scanned in windows as they
// are read, never held whole.
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import type { Match } from '../detect/match.js'
import { NO_FOLLOW, OPEN_FLAGS } from '../fs/no-follow.js'
import { nulTokens, streamGit } from '../git/runner.js'
import { BINARY_PROBE_BYTES, decodeBytes, isPlainBytes, KEYWORD_OVERLAP_BYTES, keywordInBytes } from './decode.js'
import type { Fragment } from './fragment.js'
import type { Detector, SourceContext } from './source.js'
import { StreamedDetection, type StreamedResult } from './text-windows.js'

/** Files read ahead of the detector: a big one streams through its own detection meanwhile. */
const READ_AHEAD = 8
/**
 * Files this big or bigger are scanned as they are read (in one window up to WINDOW_CHARS, so with the same
 * result as whole), which keeps the files read ahead small.
 */
const STREAM_FILE_BYTES = 1024 * 1024

type Read =
  | { file: string; bytes: Buffer; streamed?: undefined; reason?: undefined }
  | { file: string; bytes: null; streamed: StreamedResult; reason?: undefined }
  | { file: string; bytes: null; streamed?: undefined; reason: string }

export async function* treeSource(context: SourceContext): AsyncGenerator<Fragment> {
  const { root, stats, log } = context
  const inside = insideRepository(root)
  const queue: Array<Read | Promise<Read>> = []
  let deleted = 0
  // One big file at a time: each holds a window of text while it is scanned.
  let streaming: Promise<unknown> = Promise.resolve()
  const streamOne = (full: string): Promise<StreamedResult> => {
    const scanned = streaming.then(() => scanStreamed(full, context.detector))
    streaming = scanned.catch(() => undefined)
    return scanned
  }

  // A small file is read synchronously, in four system calls (open, fstat, read, close): through fs.promises the
  // same file took five thread-pool round trips, which cost more CPU than the scanning (1.4 of 2.8 s on 29,099 files).
  const readOne = (file: string): Read | Promise<Read> => {
    const full = path.join(root, file)
    if (!inside(path.dirname(full))) return { file, bytes: null, reason: 'outside' }
    let fd: number
    try {
      if (NO_FOLLOW === undefined && lstatSync(full).isSymbolicLink()) return { file, bytes: null, reason: 'symlink' }
      fd = openSync(full, OPEN_FLAGS)
    } catch (error) {
      return { file, bytes: null, reason: unopened(error) }
    }
    try {
      const info = fstatSync(fd)
      if (info.isDirectory()) return { file, bytes: null, reason: 'directory' }
      if (!info.isFile()) return { file, bytes: null, reason: 'special' }
      // A big binary (a video, an archive) is told apart by its first bytes, not read whole.
      if (info.size >= STREAM_FILE_BYTES) return readBig(file, full)
      return { file, bytes: readAll(fd, info) }
    } catch {
      return { file, bytes: null, reason: 'unreadable' }
    } finally {
      closeSync(fd)
    }
  }

  const readBig = async (file: string, full: string): Promise<Read> => {
    try {
      if (await looksBinary(full)) return { file, bytes: null, reason: 'binary' }
      return { file, bytes: null, streamed: await streamOne(full) }
    } catch (error) {
      return { file, bytes: null, reason: unopened(error) }
    }
  }

  function* drain(read: Read): Generator<Fragment> {
    if (read.streamed) {
      stats.bytes += read.streamed.bytes
      if (read.streamed.binary) {
        stats.skipped++
        return
      }
      stats.files++
      const matches: readonly Match[] = read.streamed.matches
      yield { file: read.file, text: '', matches, addedLines: null, commit: null, inHead: true }
      return
    }
    if (!read.bytes) {
      // Submodules (a directory in place of a file) are not descended and not counted as skipped files.
      if (read.reason === 'directory') {
        log.debug(`Not descending into submodule '${read.file}'.`)
        return
      }
      stats.skipped++
      if (read.reason === 'deleted') deleted++
      else log.debug(`Skipped '${read.file}' (${read.reason}).`)
      return
    }
    stats.bytes += read.bytes.length
    // A file whose bytes name no Mistral keyword cannot hold a finding: counted, never decoded.
    const mentioned = keywordInBytes(read.bytes, context.detector.mentionsBytes)
    if (mentioned === false) {
      stats.files++
      return
    }
    const decoded = decodeBytes(read.bytes)
    if (decoded.binary) {
      stats.skipped++
      return
    }
    stats.files++
    yield { file: read.file, text: decoded.text, mentioned: mentioned === true, addedLines: null, commit: null, inHead: true }
  }

  const listing = streamGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name'], {
    cwd: root,
  })
  let previous: string | null = null
  for await (const file of nulTokens(listing)) {
    // An unmerged file is listed once per stage.
    if (file === '' || file === previous) continue
    previous = file
    queue.push(readOne(file))
    if (queue.length >= READ_AHEAD) yield* drain(await queue.shift()!)
  }
  while (queue.length > 0) yield* drain(await queue.shift()!)
  if (deleted > 0) log.info(`Skipped ${deleted} tracked file(s) deleted from the working tree.`)
}

/** Reads a file chunk by chunk into a windowed detection: memory stays at a window, whatever the file's size. */
async function scanStreamed(file: string, detector: Detector): Promise<StreamedResult> {
  const unmentioned = detector.mentionsBytes ? await unmentionedSize(file, detector.mentionsBytes) : null
  if (unmentioned !== null) return { binary: false, bytes: unmentioned, matches: [] }
  const detection = new StreamedDetection((text) => detector.detect(text))
  const handle = await open(file, 'r')
  try {
    const chunk = Buffer.allocUnsafe(1024 * 1024)
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0 || detection.binary) break
      detection.write(chunk.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return detection.end()
}

/**
 * The size of a big file whose bytes name no keyword (the detector's byte test), read once without decoding: most
 * big files (bundles, data, lock files) are such, and cannot hold a finding. Null when the file may: it names a
 * keyword, or its first bytes are not plain 8-bit text (a BOM, a NUL), which the test cannot read. It is then
 * decoded and scanned from its start, read a second time (from the page cache).
 */
async function unmentionedSize(file: string, mentionsBytes: (bytes: Buffer) => boolean): Promise<number | null> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(KEYWORD_OVERLAP_BYTES + 1024 * 1024)
    let size = 0
    let kept = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null)
      if (bytesRead === 0) return size
      if (size === 0 && !isPlainBytes(buffer.subarray(0, bytesRead))) return null
      size += bytesRead
      // The chunk with the previous chunk's last bytes in front of it.
      const tested = buffer.subarray(0, kept + bytesRead)
      if (mentionsBytes(tested)) return null
      kept = Math.min(KEYWORD_OVERLAP_BYTES, tested.length)
      tested.copy(buffer, 0, tested.length - kept)
    }
  } finally {
    await handle.close()
  }
}

async function looksBinary(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const probe = Buffer.alloc(BINARY_PROBE_BYTES)
    const { bytesRead } = await handle.read(probe, 0, probe.length, 0)
    const head = probe.subarray(0, bytesRead)
    return !isPlainBytes(head) && decodeBytes(head).binary
  } finally {
    await handle.close()
  }
}

/** Why a file could not be opened: gone, a symlink (O_NOFOLLOW), a socket, or something else. */
function unopened(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'deleted'
  if (code === 'ELOOP') return 'symlink'
  if (code === 'ENXIO') return 'special'
  return 'unreadable'
}

/** The open file's bytes, read to the size fstat gave (a file that grew since is read to that size). */
function readAll(fd: number, info: Stats): Buffer {
  const bytes = Buffer.allocUnsafe(info.size)
  let length = 0
  while (length < bytes.length) {
    const read = readSync(fd, bytes, length, bytes.length - length, null)
    if (read === 0) break
    length += read
  }
  return length < bytes.length ? bytes.subarray(0, length) : bytes
}

/** Whether a directory, symlinks resolved, still lies inside the repository (cached per directory). */
function insideRepository(root: string): (dir: string) => boolean {
  const cache = new Map<string, boolean>()
  const realRoot = realpathSync.native(root)
  const prefix = realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep
  return (dir) => {
    let answer = cache.get(dir)
    if (answer === undefined) {
      try {
        const real = realpathSync.native(dir)
        answer = real === realRoot || real.startsWith(prefix)
      } catch {
        // Gone (or unreadable): the open that follows says so.
        answer = true
      }
      cache.set(dir, answer)
    }
    return answer
  }
}
