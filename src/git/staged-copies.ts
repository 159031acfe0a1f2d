// Which files of the work tree hold the words of their staged blob: those git's own stat check finds unchanged
// since they were staged, and that checkout wrote without a filter or another encoding (end-of-line conversion
// changes no word). A search of the work tree then speaks for the index, without inflating a blob.
import { runGit } from './runner.js'

export class StagedCopies {
  /** The paths whose copy is not proven; null until both gits have answered (or for good, if one failed). */
  private unproven: Set<string> | null = null
  readonly settled: Promise<void>

  constructor(root: string, paths: readonly string[]) {
    this.settled = (async () => {
      const [changed, attributes] = await Promise.all([
        // Compares each entry's stat data with the file, and the content of a racily clean one.
        runGit(['diff-files', '--name-only', '-z'], { cwd: root }),
        runGit(['check-attr', '-z', '--stdin', 'filter', 'working-tree-encoding'], {
          cwd: root,
          input: paths.length > 0 ? `${paths.join('\0')}\0` : '',
        }),
      ])
      const unproven = new Set(changed.stdout.toString('utf8').split('\0').filter(Boolean))
      // `<path>\0<attribute>\0<value>\0`, the value `unspecified`, `unset`, `set` or a filter or encoding name.
      const fields = attributes.stdout.toString('utf8').split('\0')
      for (let at = 0; at + 2 < fields.length; at += 3) {
        if (fields[at + 2] !== 'unspecified' && fields[at + 2] !== 'unset') unproven.add(fields[at]!)
      }
      this.unproven = unproven
    })().catch(() => undefined)
  }

  /** True once the file is known to hold its staged blob's words; false while unknown. */
  proven(path: string): boolean {
    return this.unproven !== null && !this.unproven.has(path)
  }

  /** Whether the file holds its staged blob's words, once both gits have answered (false if one failed). */
  async proves(path: string): Promise<boolean> {
    await this.settled
    return this.proven(path)
  }
}
