// Reads a small text file that a repository supplies (a config, a .gitignore) without trusting it: a
// symlink may point at /dev/zero, a FIFO or a file outside the repository, and a pull request controls it.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'

export type SmallFileResult = { ok: true; text: string } | { ok: false; reason: string }

/**
 * Reads `file` when it is a regular file of at most `maxBytes`. A symlink is followed only when it resolves
 * to a regular file inside `root`. Never throws for the file's sake: the caller words the error.
 */
export function readSmallFile(file: string, root: string, maxBytes = 1_000_000): SmallFileResult {
  let stat
  try {
    stat = lstatSync(file)
    if (stat.isSymbolicLink()) {
      const target = realpathSync(file)
      const relative = path.relative(realpathSync(root), target)
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        return { ok: false, reason: 'it is a symbolic link that leads out of the repository' }
      }
      stat = statSync(target)
    }
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'it cannot be read' }
  }
  if (!stat.isFile()) return { ok: false, reason: 'it is not a regular file' }
  if (stat.size > maxBytes) return { ok: false, reason: `it is larger than ${maxBytes} bytes` }
  try {
    return { ok: true, text: readFileSync(file, 'utf8') }
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? 'it cannot be read' }
  }
}
