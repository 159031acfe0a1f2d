// `history`: every commit reachable from every ref (or a range, or --since/--until), merges included. We
// never parse `git log -p`: one walk of the raw log names the blobs each commit writes, each unique blob is
// read once as the walk first names it (history-walk.ts) and scanned (history-blobs.ts), and
// history-attribution.ts gives each key to the commit that introduced it.
import { rawLogArgs } from '../git/raw-log.js'
import { splitRevisions } from '../git/revisions.js'
import { gitText } from '../git/runner.js'
import type { Fragment } from './fragment.js'
import { attribute, keysAtHead } from './history-attribution.js'
import { HistoryWalk } from './history-walk.js'
import type { SourceContext } from './source.js'
import { BIG_TEXT_BYTES } from './text-windows.js'

export interface HistoryOptions {
  /** Only commits more recent / older than these dates (git's --since / --until). */
  since?: string
  until?: string
  /** A revision range such as `A..B`, instead of every ref. */
  range?: string
  /** Blob ids sent to cat-file and not yet answered, at most (default 4096). */
  maxInFlight?: number
  /** Bytes of the log skimmed between two checks of the blobs in flight (default 64 KB; small in tests). */
  logPieceBytes?: number
  /** Blobs of this many bytes or more are scanned in windows as they stream (default BIG_TEXT_BYTES). */
  bigBlobBytes?: number
  /**
   * Called with each path a commit adds when every ref is walked (the walk reads every record anyway); oldest
   * commits come last. Not called for a range or dates, which see only some commits.
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
  const shallow = (await gitText(['rev-parse', '--is-shallow-repository'], { cwd: root })).trim()
  if (shallow === 'true') {
    log.warn(
      'This is a shallow clone: history is incomplete, and keys from before its oldest commit are attributed to that ' +
        'commit. Fetch the full history (fetch-depth: 0) for a complete scan.',
    )
  }
  const started = Date.now()
  // Added paths are only told for a walk of every ref: a range or dates would leave some out.
  const everyRef = revisions.length === 0 && filters.length === 0
  const walk = new HistoryWalk(context, { ...options, onAddedPath: everyRef ? options.onAddedPath : undefined })
  await walk.run(rawLogArgs(revisions, filters))
  const { keysByBlob } = walk.blobs
  context.stats.commits += walk.commits
  log.debug(
    `History: walked ${walk.commits} commit(s), scanned ` +
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

