// `history`: every commit reachable from every ref (or a range, or --since/--until), merges included. We
// never parse `git log -p`: each unique blob is scanned once (history-blobs.ts), the raw log says which
// commit wrote which blob at which path, and history-attribution.ts gives each key to the commit that
// introduced it. Two ways to get there: for the whole history, every blob of the store in pack order beside
// the log (history-pack.ts); for a range, dates or a partial clone, only the blobs the walk names
// (history-walk.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { partialCloneFilter } from '../git/missing-object.js'
import { rawLogArgs } from '../git/raw-log.js'
import { splitRevisions } from '../git/revisions.js'
import { gitText } from '../git/runner.js'
import type { Fragment } from './fragment.js'
import { attribute, keysAtHead } from './history-attribution.js'
import { PackScan } from './history-pack.js'
import { HistoryWalk } from './history-walk.js'
import type { SourceContext } from './source.js'
import { BIG_TEXT_BYTES } from './text-windows.js'

export interface HistoryOptions {
  /** Only commits more recent / older than these dates (git's --since / --until). */
  since?: string
  until?: string
  /** A revision range such as `A..B`, instead of every ref. */
  range?: string
  /** Blob ids sent to cat-file and not yet answered, at most (default 4096), when walking a range. */
  maxInFlight?: number
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
  /**
   * Called with each path a commit adds when the whole history is read (its skim of the log sees them all
   * anyway); oldest commits come last. Not called for a range or dates.
   */
  onAddedPath?: (file: string, commit: string) => void
  /**
   * Called once git has written the log: from then on only cat-file and node work, and node often waits, so
   * other work (the checklist) can start without slowing the scan much.
   */
  onLogRead?: () => void
}

export function historySource(options: HistoryOptions = {}): (context: SourceContext) => AsyncIterable<Fragment> {
  return (context) => scanHistory(context, options)
}

async function* scanHistory(context: SourceContext, options: HistoryOptions): AsyncGenerator<Fragment> {
  const { root, log } = context
  // `A..B ^C D`: each revision is its own argument to git.
  const revisions = options.range ? splitRevisions(options.range, '--range') : []
  const filters = [
    ...(options.since ? [`--since=${options.since}`] : []),
    ...(options.until ? [`--until=${options.until}`] : []),
  ]
  const [shallow, alternatesFile] = (
    await gitText(['rev-parse', '--is-shallow-repository', '--git-path', 'objects/info/alternates'], { cwd: root })
  ).split('\n')
  if (shallow === 'true') {
    log.warn(
      'This is a shallow clone: history is incomplete, and keys from before its oldest commit are attributed to that ' +
        'commit. Fetch the full history (fetch-depth: 0) for a complete scan.',
    )
  }
  const started = Date.now()
  // Every ref and no dates: reading the whole store in pack order is cheaper than following a walk, unless
  // the store lacks blobs on purpose (a partial clone), where the walk reports exactly which it needs, or
  // borrows another's (`clone --reference`/`--shared`), which may hold far more than this repository uses.
  const everyRef = revisions.length === 0 && filters.length === 0
  const whole =
    everyRef && !borrowsObjects(path.resolve(root, alternatesFile ?? '')) && (await partialCloneFilter(root)) === null
  // Added paths are only told for a walk of every ref: a range or dates would leave some out.
  const onAddedPath = everyRef ? options.onAddedPath : undefined
  const walk = whole
    ? new PackScan(context, { bigBlobBytes: options.bigBlobBytes, onAddedPath, onLogRead: options.onLogRead })
    : new HistoryWalk(context, { ...options, onAddedPath })
  await walk.run(rawLogArgs(revisions, filters))
  const { keysByBlob } = walk.blobs
  context.stats.commits += walk.commits
  log.debug(
    `History: ${whole ? 'read every blob and walked' : 'walked'} ${walk.commits} commit(s), scanned ` +
      `${context.stats.files} blob(s) in ${Date.now() - started} ms; ${keysByBlob.size} hold a key.`,
  )
  const leaks = attribute(walk.kept, keysByBlob)
  const headStarted = Date.now()
  const atHead = await keysAtHead(root, leaks, options.bigBlobBytes ?? BIG_TEXT_BYTES)
  log.debug(`History: ${leaks.size} leak(s); checked HEAD in ${Date.now() - headStarted} ms.`)
  for (const leak of leaks.values()) {
    const { sha, author, date } = leak.commit
    yield {
      file: leak.file,
      text: '',
      addedLines: null,
      commit: { sha, author, date },
      matches: [leak.match],
      inHead: atHead(leak),
    }
  }
}


/** Whether the repository's object store lists alternates (other stores it reads objects from). */
function borrowsObjects(alternatesFile: string): boolean {
  try {
    return readFileSync(alternatesFile, 'utf8').trim() !== ''
  } catch {
    return false
  }
}
