// Runs a CLI command in-process with captured output.
import { PassThrough } from 'node:stream'
import type { CliIO } from '../../src/commands/io.js'

export interface CapturedIO extends CliIO {
  out(): string
  err(): string
}

export function captureIO(cwd: string, env: NodeJS.ProcessEnv = {}): CapturedIO {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] }
  stdout.on('data', (c: Buffer) => chunks.out.push(c))
  stderr.on('data', (c: Buffer) => chunks.err.push(c))
  return {
    cwd,
    env,
    stdout,
    stderr,
    out: () => Buffer.concat(chunks.out).toString('utf8'),
    err: () => Buffer.concat(chunks.err).toString('utf8'),
  }
}
