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

export interface RawLogHandler {
  commit(commit: RawCommit): void
  /** A change of the commit last passed to `commit`. */
  change(change: RawChange): void
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
 * Parses `rawLogArgs` output pushed chunk by chunk, calling the handler synchronously: no promise per
 * record, which over hundreds of thousands of changes is most of the cost of reading them.
 */
export class RawLogParser extends RawLogTokens {
  private status: string[] | null = null

  constructor(private readonly handler: RawLogHandler) {
    super()
  }

  protected token(token: Buffer): void {
    if (this.status) {
      this.handler.change(toChange(this.status, token.toString('utf8')))
      this.status = null
      return
    }
    // Between records git puts a newline (or nothing); a path, read above, keeps its bytes as they are.
    const at = recordStart(token)
    if (at < 0) return
    if (token[at] === 1) this.handler.commit(toCommit(token.toString('utf8', at + 1)))
    else if (token[at] === 0x3a) this.status = fieldsOf(token, at)
  }
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
