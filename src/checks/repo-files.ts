// The files the checks look at, listed by git and read with care: regular files only (no symlinks or
// submodules), binary and huge files passed over and counted, odd names taken exactly as git stores them.
// Where the content comes from follows the mode: the index in staged mode (what is about to be committed),
// HEAD's tree in a bare repository, the working tree otherwise.
import * as crypto from 'node:crypto'
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs'
import path from 'node:path'
import { Minimatch } from 'minimatch'
import type { Mode } from '../report/report.js'
import { NO_FOLLOW, OPEN_FLAGS } from '../fs/no-follow.js'
import { BlobReader } from '../git/cat-file.js'
import { gitText, spawnGit, runGit } from '../git/runner.js'
import { StagedCopies } from '../git/staged-copies.js'
import { WordSearch } from '../git/word-search.js'

/** Larger files are passed over: configs and sources are far smaller, and a check must stay cheap. */
export const MAX_TEXT_BYTES = 1_000_000

/** Git marks a file binary when its first 8000 bytes hold a NUL; so do we. */
const BINARY_SNIFF_BYTES = 8000

const DISK_READ_BATCH = 32

/** Texts kept in memory for the other checks of the run (characters, about as many bytes for ASCII). */
const CACHE_BUDGET_CHARS = 8_000_000

/** Bytes asked for by the first read of a file: nearly every text file fits. */
const FIRST_READ = 64 * 1024

/** Room before a file's bytes for the header git hashes in front of a blob (`blob 1000000\0` is 13 bytes). */
const HEADER_ROOM = 32

/**
 * From this many files on, git searches them for the words of a pass's gates first. Most files of a big repository
 * name none of them, and git finds that out on every core (29,099 files: 0.89 s → 0.69 s for the checklist). Below
 * it, node reads them all in a quarter of a second, and a search of files that mostly do name them (the bench
 * checkout: 6,043 files, nine in ten) only takes CPU from it: the checklist took 0.05 s longer.
 */
const MIN_FILES_FOR_WORD_SEARCH = 10_000

const SYMLINK_MODE = '120000'
const SUBMODULE_MODE = '160000'

export interface RepoFile {
  /** Relative to the repository root, as git stores it. */
  path: string
  /** The blob id in the index or tree; used when content comes from git rather than the working tree. */
  oid: string
  /** In the index (or HEAD's tree); false for an untracked, not-ignored file of the working tree. */
  tracked: boolean
  symlink: boolean
  /**
   * Its position in the index, when `git grep` over the work tree reads the very bytes this reads: an entry in the
   * index, neither conflicted, assume-unchanged (git greps its blob) nor skip-worktree (git leaves it out).
   */
  searchRank?: number
}

export interface TextFile {
  path: string
  text: string
}

/** A readable file (not binary, not too large) that the caller's `worth` ruled out by its bytes: not decoded. */
export interface SkimmedFile {
  path: string
  text: null
}

/**
 * Whether a file's bytes are worth decoding (raw UTF-8, valid until the call returns): a caller that knows what it
 * looks for can tell from them that a file holds none of it.
 */
export type Worth = (file: string, bytes: Buffer) => boolean

/**
 * What `worth` looks for, in words git can search for: a file `worth` lets through holds one of `words` (printable
 * ASCII, in any case) unless `always(file)`. With a gate, a file git finds none of them in is not read at all.
 */
export interface WordGate {
  words: readonly string[]
  always(file: string): boolean
}

/** What a reader hands back for one file: its text, SKIMMED, or null when it is passed over (and counted). */
const SKIMMED = Symbol('skimmed')
type Read = string | typeof SKIMMED | null

/** True for a file git found none of a gate's words in: passed over unread. Waits while git has not got that far. */
type RuledOut = (file: RepoFile) => boolean | Promise<boolean>

export class RepoFiles {
  /** Paths passed over because they are binary, too large or unreadable (each counted once). */
  readonly skipped = new Set<string>()
  private readonly byPath: Map<string, RepoFile>
  private readonly cache = new Map<string, string>()
  private cachedChars = 0
  /** Work-tree files are read into this, one after another; each is decoded (copied) before the next. */
  private scratch: Buffer | null = null
  private readonly matched = new Map<string, string[]>()
  /** Every listed blob's size (staged mode), asked for once; needed only for a file whose copy is not its blob. */
  private sizes: Promise<Map<string, number>> | null = null

  /** A search of the work tree for the words a later pass's gate looks for, started with the listing. */
  private search: WordSearch | null = null
  /** In staged mode, which work-tree copies speak for their staged blob (asked for beside the search). */
  private copies: StagedCopies | null = null

  private constructor(
    readonly root: string,
    readonly bare: boolean,
    readonly files: RepoFile[],
    private readonly fromGit: boolean,
  ) {
    this.byPath = new Map(files.map((file) => [file.path, file]))
  }

  /**
   * Lists the files: in tree mode the tracked and untracked-but-not-ignored files (what `git add -A` would
   * commit), in staged mode the index, in a bare repository HEAD's tree, otherwise the index.
   */
  static async open(root: string, mode: Mode, searchFor: readonly string[] = []): Promise<RepoFiles> {
    const bare = (await gitText(['rev-parse', '--is-bare-repository'], { cwd: root })).trim() === 'true'
    if (bare) return new RepoFiles(root, true, await listHeadTree(root), true)
    const files = await listIndex(root)
    if (mode === 'tree') files.push(...(await listUntracked(root, new Set(files.map((file) => file.path)))))
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    const listed = new RepoFiles(root, false, files, mode === 'staged')
    if (searchFor.length > 0 && files.length >= MIN_FILES_FOR_WORD_SEARCH) {
      // git searches the work tree while node starts the checks: by the time the pass that wants it reads its first
      // file, git is well ahead. (Started before the listing, it only slowed the listing down.)
      const rankOf = (file: string) => listed.byPath.get(file)?.searchRank
      listed.search = new WordSearch(root, searchFor, rankOf, files.length)
      if (mode === 'staged') listed.copies = new StagedCopies(root, listed.paths)
    }
    // Asked for now, while the other checks start, so that they are there by the time a file needs them; with a
    // search, few files are read at all, and the sizes are asked for when the first one needs them.
    if (mode === 'staged' && listed.search === null) listed.stagedSizes()
    return listed
  }

  get paths(): string[] {
    return this.files.map((file) => file.path)
  }

  get trackedPaths(): string[] {
    return this.files.filter((file) => file.tracked).map((file) => file.path)
  }

  has(file: string): boolean {
    return this.byPath.has(file)
  }

  /** The listed paths any of `globs` matches (minimatch, dot files included). */
  match(globs: readonly string[]): string[] {
    if (globs.length === 0) return []
    // Several checks ask for the same globs (the env templates): each list is matched against every path once.
    const key = JSON.stringify(globs)
    let matched = this.matched.get(key)
    if (matched === undefined) {
      const matchers = globs.map((glob) => new Minimatch(glob, { dot: true }))
      matched = this.paths.filter((file) => matchers.some((matcher) => matcher.match(file)))
      this.matched.set(key, matched)
    }
    return [...matched]
  }

  /** One file's text, or null when it is absent, a symlink, binary, too large or unreadable. */
  async read(file: string): Promise<string | null> {
    for await (const text of this.texts((candidate) => candidate === file)) return text.text
    return null
  }

  /**
   * Streams the text of every listed file `wanted` selects, in path order; passed-over files are counted. With
   * `worth`, a readable file it rules out comes as a SkimmedFile (a file already in memory always comes whole).
   */
  texts(wanted: (file: string) => boolean): AsyncGenerator<TextFile>
  texts(wanted: (file: string) => boolean, worth: Worth, gate?: WordGate): AsyncGenerator<TextFile | SkimmedFile>
  async *texts(
    wanted: (file: string) => boolean,
    worth?: Worth,
    gate?: WordGate,
  ): AsyncGenerator<TextFile | SkimmedFile> {
    const selected: RepoFile[] = []
    for (const file of this.files) {
      if (!wanted(file.path)) continue
      if (file.symlink) this.skipped.add(file.path)
      else selected.push(file)
    }
    const uncached = selected.filter((file) => !this.cache.has(file.path))
    const ruledOut = worth !== undefined && gate !== undefined ? this.wordSearch(gate) : null
    // Each reader answers once per file, in order, so the two lists advance together.
    const read = this.bare
      ? this.readFromGit(uncached, worth)
      : this.fromGit
        ? this.readFromIndex(uncached, worth, ruledOut?.test)
        : this.readFromDisk(uncached, worth, ruledOut?.test)
    const reader = read[Symbol.asyncIterator]()
    try {
      for (const file of selected) {
        let text = this.cache.get(file.path)
        if (text === undefined) {
          const next = await reader.next()
          if (next.done) return
          if (next.value === null) continue
          if (next.value === SKIMMED) {
            yield { path: file.path, text: null }
            continue
          }
          text = next.value
          this.remember(file.path, text)
        }
        yield { path: file.path, text }
      }
    } finally {
      await reader.return?.(undefined)
      await ruledOut?.close()
    }
  }

  /**
   * The test that tells a file git found none of the gate's words in (its readers pass such a file over as skimmed,
   * unread), when the search started with the listing looks for all of them.
   */
  private wordSearch(gate: WordGate): { test: RuledOut; close: () => Promise<void> } | null {
    const { search, copies } = this
    if (search === null || !gate.words.every((word) => search.words.includes(word))) return null
    // In staged mode git searches the work tree, which speaks for the index only where the copy is proven.
    const ruledOut = async (file: RepoFile, rank: number) =>
      (await search.settle(file.path, rank)) === 'lacks' && (copies === null || (await copies.proves(file.path)))
    return {
      // Settled at once for most files (git is ahead of the reader), without a promise.
      test: (file) => {
        if (file.searchRank === undefined) return false
        const verdict = search.verdict(file.path, file.searchRank)
        if (verdict === 'holds' || (verdict === 'unknown' && !search.searching) || gate.always(file.path)) return false
        if (verdict === 'lacks' && copies?.proven(file.path) !== false) return true
        return ruledOut(file, file.searchRank)
      },
      // One pass uses the search: a later one reads every file (what git has not answered is unknown).
      close: () => search.close(),
    }
  }

  /** Several checks read every file: keep texts while they fit the budget, so most are read once. */
  private remember(file: string, text: string): void {
    if (this.cachedChars + text.length > CACHE_BUDGET_CHARS) return
    this.cache.set(file, text)
    this.cachedChars += text.length
  }

  private async *readFromDisk(files: RepoFile[], worth?: Worth, ruledOut?: RuledOut): AsyncGenerator<Read> {
    // Small files read synchronously cost a fraction of the five thread-pool round trips (lstat, open,
    // fstat, read, close) each asynchronous read takes; a pause between batches lets a scan running beside
    // the checks (tree, staged, diff) keep its git pipes flowing, and a word search its answers come in.
    for (let index = 0; index < files.length; index++) {
      if (index > 0 && index % DISK_READ_BATCH === 0) await nextTurn()
      const file = files[index]!
      const out = ruledOut?.(file)
      yield out === true || (out instanceof Promise && (await out)) ? SKIMMED : this.readOneFromDisk(file, worth)
    }
  }

  /** Every listed blob's size, from one `cat-file --batch-check` (headers only) started once. */
  private stagedSizes(): Promise<Map<string, number>> {
    if (this.sizes === null) {
      this.sizes = blobSizes(this.root, this.files.map((file) => file.oid))
      // Asked early, taken later (or never, when no check reads a text): a failure is reported by the reader.
      this.sizes.catch(() => undefined)
    }
    return this.sizes
  }

  /**
   * The file's text; SKIMMED when `worth` rules it out; null when it is gone, not a regular file, binary, too large
   * or unreadable.
   */
  private readOneFromDisk(file: RepoFile, worth?: Worth): Read {
    const full = path.join(this.root, file.path)
    if (NO_FOLLOW === undefined) return this.readOneAfterLstat(file, full, worth)
    // One open and one read into a buffer kept for the whole pass: less than half the cost of an lstat and a
    // readFileSync (two path lookups, five system calls, a Stats object and a new buffer per file).
    let fd: number
    try {
      fd = openSync(full, OPEN_FLAGS)
    } catch (error) {
      // Replaced by a symlink (ELOOP) or a socket (ENXIO): nothing to read, as for a folder below.
      if (!isErrorCode(error, 'ELOOP', 'ENXIO')) this.skipped.add(file.path)
      return null
    }
    try {
      return this.textOf(file, this.readWhole(fd), worth)
    } catch (error) {
      // Replaced by a folder (EISDIR) or a FIFO with a writer (EAGAIN): nothing to read.
      if (!isErrorCode(error, 'EISDIR', 'EAGAIN')) this.skipped.add(file.path)
      return null
    } finally {
      closeSync(fd)
    }
  }

  /**
   * The open file's bytes, read to its end into the scratch buffer (valid until the next read), or null when it
   * holds more than MAX_TEXT_BYTES: no more than one byte past that is ever read.
   */
  private readWhole(fd: number): Buffer | null {
    const scratch = this.scratchBuffer()
    const length = readInto(fd, scratch, 0, MAX_TEXT_BYTES + 1)
    return length > MAX_TEXT_BYTES ? null : scratch.subarray(0, length)
  }

  private readOneAfterLstat(file: RepoFile, full: string, worth?: Worth): Read {
    try {
      const stats = lstatSync(full)
      // Replaced by a folder or a symlink: nothing to read.
      if (!stats.isFile()) return null
      if (stats.size > MAX_TEXT_BYTES) {
        this.skipped.add(file.path)
        return null
      }
      return this.textOf(file, readFileSync(full), worth)
    } catch {
      this.skipped.add(file.path)
      return null
    }
  }

  /**
   * The staged content of each file. Mostly the work tree's copy, when its git hash is the index's id: then it
   * is the staged blob byte for byte, and reading a file costs a fraction of inflating its blob (0.16 s against
   * 0.63 s for 6,000 files). Otherwise (changed since it was staged, converted by an eol setting or a filter,
   * gone) the blob itself, through one cat-file started for the first such file, unless the blobs' sizes (asked
   * for as the files were listed, and only awaited here) show it over the size limit: then it is passed over unread.
   */
  private async *readFromIndex(files: RepoFile[], worth?: Worth, ruledOut?: RuledOut): AsyncGenerator<Read> {
    let reader: BlobReader | null = null
    try {
      // Paced as for the working tree: a scan running beside the checks keeps going.
      for (let index = 0; index < files.length; index++) {
        if (index > 0 && index % DISK_READ_BATCH === 0) await nextTurn()
        const file = files[index]!
        const out = ruledOut?.(file)
        if (out === true || (out instanceof Promise && (await out))) {
          yield SKIMMED
          continue
        }
        let content = this.stagedCopyOnDisk(file)
        if (content === null) {
          const size = (await this.stagedSizes()).get(file.oid)
          if (size !== undefined && size <= MAX_TEXT_BYTES) {
            reader ??= new BlobReader(this.root)
            const answer = await reader.read(file.oid)
            content = Buffer.isBuffer(answer) ? answer : null
          }
        }
        yield this.textOf(file, content, worth)
      }
    } finally {
      await reader?.close()
    }
  }

  /**
   * The work tree's copy of a listed file if it is exactly the staged blob, else null; valid until the next read (it
   * sits in the scratch buffer). The bytes git hashes for a blob are a header and the content: the file is read
   * after room for the header, which is written in front of it once its length is known, so that one hash covers
   * both and nothing is copied. The hash is the proof: a file changed meanwhile can only fail it. A symlink is not
   * followed; the blob is read instead.
   */
  private stagedCopyOnDisk(file: RepoFile): Buffer | null {
    const scratch = this.scratchBuffer()
    let fd: number
    try {
      fd = openSync(path.join(this.root, file.path), OPEN_FLAGS)
    } catch {
      return null
    }
    try {
      const length = readInto(fd, scratch, HEADER_ROOM, MAX_TEXT_BYTES + 1)
      if (length > MAX_TEXT_BYTES) return null
      const header = `blob ${length}\0`
      const start = HEADER_ROOM - header.length
      scratch.write(header, start, 'latin1')
      // The repository's hash: 40 hex digits are SHA-1, 64 are SHA-256.
      const id = blobId(scratch.subarray(start, HEADER_ROOM + length), file.oid.length === 64 ? 'sha256' : 'sha1')
      return id === file.oid ? scratch.subarray(HEADER_ROOM, HEADER_ROOM + length) : null
    } catch {
      return null
    } finally {
      closeSync(fd)
    }
  }

  /** Room for a blob header and, after it, the largest text read and one byte more. */
  private scratchBuffer(): Buffer {
    return (this.scratch ??= Buffer.allocUnsafe(HEADER_ROOM + MAX_TEXT_BYTES + 1))
  }

  private async *readFromGit(files: RepoFile[], worth?: Worth): AsyncGenerator<Read> {
    // One request per file, duplicates included: cat-file answers in request order.
    let index = 0
    for await (const blob of readBlobs(this.root, files.map((file) => file.oid))) {
      const file = files[index++]!
      yield this.textOf(file, blob.content, worth)
    }
  }

  /** A file's content as the readers hand it back: null (counted) when absent, too large or binary. */
  private textOf(file: RepoFile, content: Buffer | null, worth: Worth | undefined): Read {
    if (content === null || isBinary(content)) {
      this.skipped.add(file.path)
      return null
    }
    if (worth !== undefined && !worth(file.path, content)) return SKIMMED
    return decodeText(content)
  }
}

/**
 * Reads the just-opened file from where it stands (its start; a FIFO has no other) into `buffer` at `offset`, up to
 * `most` bytes or its end. Returns how many bytes it read, or `most` for a file that holds at least that many: one
 * that fills the first read is measured before any more is read, so a big file costs no more than that read.
 */
function readInto(fd: number, buffer: Buffer, offset: number, most: number): number {
  let length = 0
  while (length < most) {
    if (length === FIRST_READ && fstatSync(fd).size >= most) return most
    const want = length < FIRST_READ ? Math.min(most, FIRST_READ) - length : most - length
    const read = readSync(fd, buffer, offset + length, want, null)
    if (read === 0) break
    length += read
  }
  return length
}

/** The hex digest of `bytes`: in one call where node has crypto.hash (20.12 and later). */
function blobId(bytes: Buffer, algorithm: 'sha1' | 'sha256'): string {
  if (typeof crypto.hash === 'function') return crypto.hash(algorithm, bytes, 'hex')
  return crypto.createHash(algorithm).update(bytes).digest('hex')
}

function isErrorCode(error: unknown, ...codes: string[]): boolean {
  return codes.includes((error as NodeJS.ErrnoException)?.code ?? '')
}

/** Git's test: a NUL in the first 8000 bytes. */
function isBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_SNIFF_BYTES).includes(0)
}

/** Text content (not binary) as UTF-8, without a byte-order mark. */
function decodeText(content: Buffer): string {
  const text = content.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/**
 * A turn of the event loop, taken after every DISK_READ_BATCH files: the readers count files themselves, since a
 * generator of files in between would add promise hops to every one of them.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** Each present blob's size, from one `cat-file --batch-check` (headers only: nothing is inflated). */
async function blobSizes(root: string, oids: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  if (oids.length === 0) return sizes
  const out = await runGit(['cat-file', '--batch-check=%(objectname) %(objectsize)'], {
    cwd: root,
    input: `${oids.join('\n')}\n`,
    allowFailure: true,
  })
  // `<oid> <size>`, or `<oid> missing`.
  for (const line of out.stdout.toString('latin1').split('\n')) {
    const [oid, size] = line.split(' ')
    if (oid && size && size !== 'missing') sizes.set(oid, Number(size))
  }
  return sizes
}

async function listIndex(root: string): Promise<RepoFile[]> {
  // `<tag> <mode> <oid> <stage>\t<path>\0`, in index order; a conflicted path appears once per stage: keep the
  // first. The tag is `H` for a plain entry, lowercase when assume-unchanged, `S` for skip-worktree.
  const out = await gitText(['ls-files', '-s', '-v', '-z'], { cwd: root })
  const files = new Map<string, RepoFile>()
  let rank = 0
  for (const record of out.split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [tag, mode, oid, stage] = record.slice(0, tab).split(' ')
    const file = record.slice(tab + 1)
    rank++
    if (mode === SUBMODULE_MODE || files.has(file)) continue
    const listed: RepoFile = { path: file, oid, tracked: true, symlink: mode === SYMLINK_MODE }
    if (tag === 'H' && stage === '0') listed.searchRank = rank
    files.set(file, listed)
  }
  return [...files.values()]
}

async function listUntracked(root: string, tracked: Set<string>): Promise<RepoFile[]> {
  const out = await gitText(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: root })
  return out
    .split('\0')
    .filter((file) => file.length > 0 && !file.endsWith('/') && !tracked.has(file))
    .map((file) => ({ path: file, oid: '', tracked: false, symlink: false }))
}

async function listHeadTree(root: string): Promise<RepoFile[]> {
  // `<mode> <type> <oid>\t<path>\0`; an empty repository has no HEAD and so no files.
  const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], { cwd: root, allowFailure: true })
  if (result.code !== 0) return []
  const files: RepoFile[] = []
  for (const record of result.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, oid] = record.slice(0, tab).split(' ')
    if (type !== 'blob') continue
    files.push({ path: record.slice(tab + 1), oid, tracked: true, symlink: mode === SYMLINK_MODE })
  }
  return files
}

interface Blob {
  oid: string
  /** null when missing or larger than MAX_TEXT_BYTES (its bytes are read and dropped, never kept). */
  content: Buffer | null
}

/** Streams blobs through one `git cat-file --batch`, holding at most one file in memory. */
export async function* readBlobs(root: string, oids: string[]): AsyncGenerator<Blob> {
  if (oids.length === 0) return
  const child = spawnGit(['cat-file', '--batch'], { cwd: root })
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 128)))
  child.stdin.on('error', () => undefined) // git may exit early; the missing blobs are simply not yielded
  child.stdin.end(`${oids.join('\n')}\n`)
  let pending: Buffer = Buffer.alloc(0)
  let body: { oid: string; size: number; keep: boolean; parts: Buffer[]; got: number } | null = null
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      for (;;) {
        if (!body) {
          const newline = pending.indexOf(10)
          if (newline < 0) break
          const [oid, type, size] = pending.subarray(0, newline).toString('utf8').split(' ')
          pending = pending.subarray(newline + 1)
          if (type === 'missing' || size === undefined) {
            yield { oid, content: null }
            continue
          }
          body = { oid, size: Number(size), keep: Number(size) <= MAX_TEXT_BYTES, parts: [], got: 0 }
        }
        // The body is followed by one LF.
        const take = Math.min(pending.length, body.size + 1 - body.got)
        if (body.keep) body.parts.push(pending.subarray(0, take))
        body.got += take
        pending = pending.subarray(take)
        if (body.got < body.size + 1) break
        const content = body.keep ? Buffer.concat(body.parts).subarray(0, body.size) : null
        const done: Blob = { oid: body.oid, content }
        body = null
        yield done
      }
    }
  } finally {
    if (child.exitCode === null) child.kill()
    await exited
  }
}
