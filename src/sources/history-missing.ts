// A blob history needs and git cannot produce: an error that says which and where, never a silent gap.
import { missingObjectError, unfetchedObject } from '../git/missing-object.js'

/** Where a blob was first needed, for the error when git cannot produce it. */
export interface Where {
  path: string
  commit: string
  parent: boolean
}

/** Thrown inside the blob callback; turned into a MissingObjectError with the repository's details. */
export class Missing extends Error {
  constructor(
    readonly oid: string,
    readonly where: Where | undefined,
  ) {
    super(`object ${oid} is missing`)
  }
}

/**
 * The error to report for `error`: a MissingObjectError naming the object and where it was needed when git
 * lacked one (`where` looks up a place for an id git named itself), else `error` as it is.
 */
export async function explainMissing(
  root: string,
  error: Error,
  where: (oid: string) => Where | undefined,
): Promise<Error> {
  let oid: string
  let place: Where | undefined
  if (error instanceof Missing) {
    oid = error.oid
    place = error.where
  } else {
    const unfetched = unfetchedObject(error)
    if (unfetched === null) return error
    oid = unfetched
    place = where(oid)
  }
  const named = place
    ? `'${place.path}' in ${place.parent ? 'a parent of ' : ''}commit ${place.commit.slice(0, 12)}`
    : 'a blob of the history'
  return missingObjectError(root, oid, named)
}
