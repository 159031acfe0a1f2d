// The CLI in-process: `run()` with captured stdout and stderr.
import { Writable } from 'node:stream'
import { run } from '../../src/commands/dispatch.js'

class Collector extends Writable {
  text = ''
  _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString()
    callback()
  }
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export async function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const stdout = new Collector()
  const stderr = new Collector()
  const code = await run(argv, { cwd, env: { ...process.env, ...env }, stdout, stderr })
  return { code, stdout: stdout.text, stderr: stderr.text }
}
