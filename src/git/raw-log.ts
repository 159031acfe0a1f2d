// `git log --raw -c -z`: which blob each commit wrote at each path, and what its parents had there, without
// a single line of patch. Merges come as combined entries (`::` with one mode and id per parent), listed when
// the merge's result differs from every parent: exactly the paths a conflict resolution can change.
import { nulTokens, streamGit } from './runner.js'

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

export type RawLogItem = { kind: 'commit'; commit: RawCommit } | { kind: 'change'; change: RawChange }

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

/** Streams commits and, after each, its changes. */
export async function* rawLog(cwd: string, args: string[]): AsyncGenerator<RawLogItem> {
  let status: string[] | null = null
  for await (const token of nulTokens(streamGit(args, { cwd }))) {
    if (status) {
      yield { kind: 'change', change: toChange(status, token) }
      status = null
      continue
    }
    // Between records git puts a newline (or nothing); a path, read above, keeps its bytes as they are.
    const record = token.replace(/^\n+/, '')
    if (record === '') continue
    if (record.startsWith(COMMIT_MARK)) {
      yield { kind: 'commit', commit: toCommit(record.slice(1)) }
    } else if (record.startsWith(':')) {
      status = record.split(' ')
    }
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
