// Which commit of a range added a given line: `git blame --porcelain -L n,n [-L m,m …] base..head -- file`.
// Asked only for lines that hold a finding, so its cost does not grow with the size of a diff; the lines of one
// file asked in the same turn share one git (a dotenv file with five keys costs one blame, not five).
import { runGit } from './runner.js'

/** A porcelain group header: `<sha> <line in the commit> <line at head>[ <lines in the group>]`. */
const HEADER = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/

/**
 * For each of `lines` (1-based, at `head`) of `file`, the commit in `base..head` that added it; a line that came
 * from before `base` (a boundary commit), or that git cannot blame, is absent.
 */
export async function blameLines(
  root: string,
  base: string | null,
  head: string,
  file: string,
  lines: readonly number[],
): Promise<Map<number, string>> {
  const found = new Map<number, string>()
  if (lines.length === 0) return found
  const range = base ? `${base}..${head}` : head
  const ranges = [...new Set(lines)].flatMap((line) => ['-L', `${line},${line}`])
  const result = await runGit(['blame', '--porcelain', ...ranges, range, '--', file], { cwd: root, allowFailure: true })
  if (result.code !== 0) return found
  // A commit's details (`boundary` among them) follow its first header only.
  const boundary = new Set<string>()
  let current: string | null = null
  for (const line of result.stdout.toString('utf8').split('\n')) {
    // The line's own text (a key, here): never looked at.
    if (line.startsWith('\t')) continue
    const header = HEADER.exec(line)
    if (header) {
      current = header[1]!
      found.set(Number(header[2]), current)
    } else if (line === 'boundary' && current) {
      boundary.add(current)
    }
  }
  for (const [line, sha] of found) if (boundary.has(sha)) found.delete(line)
  return found
}

/**
 * blameLines for lines asked one at a time: the lines of a file asked before the next turn of the event loop's
 * microtasks go to git together.
 */
export class BatchedBlame {
  private readonly pending = new Map<string, { lines: number[]; answer: Promise<Map<number, string>> }>()

  constructor(
    private readonly root: string,
    private readonly base: string | null,
    private readonly head: string,
  ) {}

  /** The commit in base..head that added `line` of `file`; null when it came from before base. */
  async commitOf(file: string, line: number): Promise<string | null> {
    let batch = this.pending.get(file)
    if (!batch) {
      const lines: number[] = []
      // Started once the caller's synchronous run of asks is over.
      const answer = Promise.resolve().then(() => {
        this.pending.delete(file)
        return blameLines(this.root, this.base, this.head, file, lines)
      })
      batch = { lines, answer }
      this.pending.set(file, batch)
    }
    batch.lines.push(line)
    return (await batch.answer).get(line) ?? null
  }
}
