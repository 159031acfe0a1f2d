// Step outputs for a workflow: appended to the file GITHUB_OUTPUT names, in the heredoc form so that any
// value (one line of JSON or many) reads back whole.
import { appendFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { UsageError } from '../config/config-error.js'

export async function writeGitHubOutputs(
  env: NodeJS.ProcessEnv,
  outputs: Record<string, string | number>,
): Promise<void> {
  const file = env.GITHUB_OUTPUT
  if (!file) throw new UsageError('--github-output needs the GITHUB_OUTPUT environment variable (set by the runner).')
  const lines: string[] = []
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `mistral_guard_${randomUUID()}`
    lines.push(`${name}<<${delimiter}`, String(value), delimiter)
  }
  await appendFile(file, `${lines.join('\n')}\n`)
}
