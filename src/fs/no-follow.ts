// How a work-tree file is opened by the readers that read many of them synchronously (the tree source, the
// checklist's files): never through a symlink (the open fails with ELOOP, as an lstat would have told), and without
// waiting on a FIFO (one without a writer reads as empty).
import { constants } from 'node:fs'

/** O_NOFOLLOW, or undefined where there is none (Windows): there each file is looked at with lstat first. */
export const NO_FOLLOW = constants.O_NOFOLLOW as number | undefined

export const OPEN_FLAGS =
  constants.O_RDONLY | (NO_FOLLOW ?? 0) | ((constants.O_NONBLOCK as number | undefined) ?? 0)
