// Which commit of a range added a given line: `git blame --porcelain -L n,n base..head -- file`.
// Asked only for lines that hold a finding, so its cost does not grow with the size of a diff.
import { runGit } from './runner.js'

/** The commit in `base..head` that added `line` of `file` at `head`; null when it came from before `base`. */
export async function blameLine(
  root: string,
  base: string | null,
  head: string,
  file: string,
  line: number,
): Promise<string | null> {
  const range = base ? `${base}..${head}` : head
  const result = await runGit(['blame', '--porcelain', '-L', `${line},${line}`, range, '--', file], {
    cwd: root,
    allowFailure: true,
  })
  if (result.code !== 0) return null
  const text = result.stdout.toString('utf8')
  const sha = /^([0-9a-f]{40,64}) /.exec(text)?.[1]
  if (!sha || /\nboundary\n/.test(text)) return null
  return sha
}
