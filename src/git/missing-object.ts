// An object git should have but does not: a corrupt repository, or a partial clone (`--filter=blob:none`)
// that left blobs on the server. Either way a scan that skipped it could miss a key, so it is an error
// (exit 2) that names the object and where it was needed, never a silent pass.
import { GitError, runGit } from './runner.js'

export class MissingObjectError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MissingObjectError'
  }
}

/**
 * The object a git process died for because a partial clone could not fetch it (lazy fetching off, or the
 * promisor remote unreachable); null for any other failure.
 */
export function unfetchedObject(error: unknown): string | null {
  if (!(error instanceof GitError)) return null
  return /could not fetch ([0-9a-f]{40,64}) from promisor remote/.exec(error.stderr)?.[1] ?? null
}

/** The partial-clone filter of the repository (`blob:none`, …), '' for a partial clone without one, or null. */
export async function partialCloneFilter(root: string): Promise<string | null> {
  const result = await runGit(
    ['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.(promisor|partialclonefilter))$'],
    { cwd: root, allowFailure: true },
  )
  const lines = result.stdout.toString('utf8').split('\n').filter(Boolean)
  if (lines.length === 0) return null
  const filter = lines.find((line) => /\.partialclonefilter /i.test(line))
  return filter ? filter.slice(filter.indexOf(' ') + 1) : ''
}

/**
 * The error for object `oid`, missing from the repository at `root`; `where` says what needed it
 * (`'app.py' in commit 1a2b3c4`).
 */
export async function missingObjectError(root: string, oid: string, where: string): Promise<MissingObjectError> {
  const object = `git object ${oid} (${where})`
  const filter = await partialCloneFilter(root).catch(() => null)
  if (filter !== null) {
    const named = filter ? ` with --filter=${filter}` : ''
    return new MissingObjectError(
      `${object} is not in this repository: it is a partial clone${named}, and mistral-guard reads every blob ` +
        'it scans locally (it does not fetch them one by one). Scan a full clone: clone without --filter ' +
        '(actions/checkout: leave `filter` unset, fetch-depth: 0).',
    )
  }
  return new MissingObjectError(
    `${object} is missing from the repository: it is corrupt or incomplete (see \`git fsck\`). ` +
      'Nothing was reported, since a scan that skipped it could miss a key.',
  )
}
