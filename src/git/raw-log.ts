// `git log --raw -c -z`: which blob each commit wrote at each path, and what its parents had there, without
// a single line of patch. Merges come as combined entries (`::` with one mode and id per parent), listed when
// the merge's result differs from every parent: exactly the paths a conflict resolution can change.

export interface RawCommit {
  sha: string
  parents: string[]
  author: string
  /** ISO 8601 author date. */
  date: string
  /** Committer time in seconds, to find the oldest of several commits. */
  time: number
}

export interface RawChange {
  path: string
  /** The blob the commit wrote; the zero id for a deletion. */
  oid: string
  mode: string
  /** One per parent: the blob the parent had at the path (zero id: none). Empty for a root commit. */
  parentOids: string[]
  parentModes: string[]
  status: string
}

const COMMIT_MARK = '\x01'
const FIELD = '\x02'
const FORMAT = `--format=${COMMIT_MARK}%H${FIELD}%P${FIELD}%ct${FIELD}%aI${FIELD}%an`

export function isZeroOid(oid: string): boolean {
  return /^0+$/.test(oid)
}

/**
 * The `git log` arguments for a raw walk. `revisions` are already validated (no leading `-`): every ref when
 * empty; `options` (date filters, --find-object) go before them. Renames are off so that a key's file is
 * always the path it sits at.
 */
export function rawLogArgs(revisions: string[], options: string[] = []): string[] {
  return [
    'log',
    '--raw',
    '-c',
    '-z',
    '--no-abbrev',
    '--no-renames',
    '--full-history',
    '--no-ext-diff',
    '--no-textconv',
    FORMAT,
    ...options,
    ...(revisions.length === 0 ? ['--all'] : ['--end-of-options', ...revisions]),
    '--',
  ]
}

/**
 * Splits `rawLogArgs` output, pushed chunk by chunk (cut anywhere), into its NUL-terminated tokens. Tokens are
 * views of the chunks: a chunk must not be reused after it is fed.
 */
abstract class RawLogTokens {
  private pending: Buffer[] = []

  feed(chunk: Buffer): void {
    let start = 0
    for (;;) {
      const end = chunk.indexOf(0, start)
      if (end < 0) break
      if (this.pending.length > 0) {
        this.pending.push(chunk.subarray(start, end))
        this.token(Buffer.concat(this.pending))
        this.pending = []
      } else {
        this.token(chunk.subarray(start, end))
      }
      start = end + 1
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start))
  }

  end(): void {
    if (this.pending.length > 0) this.token(Buffer.concat(this.pending))
    this.pending = []
  }

  protected abstract token(token: Buffer): void
}

/** Where a token's record starts: after the newlines git puts between records; -1 for an empty token. */
function recordStart(token: Buffer): number {
  let at = 0
  while (at < token.length && token[at] === 10) at++
  return at === token.length ? -1 : at
}

/**
 * The layout of one `:mode… oid… status` record, read in place: n colons for n parents, n + 1 modes of six
 * octal digits, n + 1 ids. One instance is reused for every record (no allocation per change).
 */
export class RawRecord {
  token: Buffer = Buffer.alloc(0)
  /** Where the record starts in `token` (at its first colon). */
  start = 0
  parents = 0
  oidLength = 0
  private modesAt = 0
  private oidsAt = 0

  read(token: Buffer, at: number): this {
    let colons = 0
    while (token[at + colons] === 0x3a) colons++
    this.token = token
    this.start = at
    this.parents = colons
    this.modesAt = at + colons
    this.oidsAt = this.modesAt + (colons + 1) * 7
    const space = token.indexOf(32, this.oidsAt)
    this.oidLength = (space < 0 ? token.length : space) - this.oidsAt
    return this
  }

  /** Offset of the id of parent `index` (0 … parents - 1), or of the new blob for `index === parents`. */
  oidAt(index: number): number {
    return this.oidsAt + index * (this.oidLength + 1)
  }

  modeOf(index: number): string {
    const at = this.modesAt + index * 7
    return this.token.toString('latin1', at, at + 6)
  }

  isZero(index: number): boolean {
    const at = this.oidAt(index)
    for (let i = at; i < at + this.oidLength; i++) if (this.token[i] !== 0x30) return false
    return true
  }

  /** A plain commit's (or a root commit's) record for a file it adds. */
  get added(): boolean {
    const statusAt = this.oidAt(this.parents + 1)
    return this.parents === 1 && this.token[statusAt] === 0x41
  }
}

export interface RawSkimHandler {
  /** A commit's header token (`\x01<sha>\x02…`), valid as long as the chunk it came in. */
  commit(header: Buffer): void
  /** One change, read in place; `record` and `path` are valid only during the call. */
  change(record: RawRecord, path: Buffer): void
}

/**
 * A light reading of the same output: commits are counted, not parsed, and each change is handed over as
 * bytes. What a history scan needs from every record (is its blob there? does it add a file?) costs no
 * strings this way.
 */
export class RawLogSkimmer extends RawLogTokens {
  private record: RawRecord | null = null
  private readonly reused = new RawRecord()

  constructor(private readonly handler: RawSkimHandler) {
    super()
  }

  protected token(token: Buffer): void {
    if (this.record) {
      this.handler.change(this.record, token)
      this.record = null
      return
    }
    const at = recordStart(token)
    if (at < 0) return
    if (token[at] === 1) this.handler.commit(token)
    // A view of the chunk, which stays valid: the path comes in the next token, maybe in the next chunk.
    else if (token[at] === 0x3a) this.record = this.reused.read(token, at)
  }
}

/** The commit of a header token as RawLogSkimmer hands it over. */
export function commitOf(header: Buffer): RawCommit {
  return toCommit(header.toString('utf8', header.indexOf(1) + 1))
}

/** Only the commit id of a header token as RawLogSkimmer hands it over: no parsing of the rest. */
export function shaOfHeader(header: Buffer): string {
  const start = header.indexOf(1) + 1
  const end = header.indexOf(FIELD.charCodeAt(0), start)
  return header.toString('latin1', start, end < 0 ? header.length : end)
}

/** The change of a record as RawLogSkimmer hands it over, with its path. */
export function changeOf(record: RawRecord, path: Buffer): RawChange {
  return toChange(fieldsOf(record.token, record.start), path.toString('utf8'))
}

/**
 * The space-separated fields of a `:mode… oid… status` record, each read straight from the bytes: fresh
 * strings, not slices of one record string that every kept blob id would keep alive.
 */
function fieldsOf(token: Buffer, start: number): string[] {
  const fields: string[] = []
  let from = start
  for (;;) {
    const space = token.indexOf(32, from)
    const end = space < 0 ? token.length : space
    fields.push(token.toString('latin1', from, end))
    if (space < 0) return fields
    from = space + 1
  }
}

function toCommit(header: string): RawCommit {
  const [sha, parents, time, date, ...author] = header.split(FIELD)
  return {
    sha,
    parents: parents ? parents.split(' ') : [],
    time: Number(time),
    date,
    author: author.join(FIELD),
  }
}

/** `:mode… oid… status` with one colon per parent: n parent modes, the new mode, n parent ids, the new id. */
function toChange(fields: string[], path: string): RawChange {
  const parentCount = fields[0].length - fields[0].replace(/^:+/, '').length
  fields[0] = fields[0].replace(/^:+/, '')
  const modes = fields.slice(0, parentCount + 1)
  const oids = fields.slice(parentCount + 1, 2 * parentCount + 2)
  return {
    path,
    mode: modes[parentCount],
    oid: oids[parentCount],
    parentModes: modes.slice(0, parentCount),
    parentOids: oids.slice(0, parentCount),
    status: fields[2 * parentCount + 2] ?? '',
  }
}
