import { UsageError } from '../config/config-error.js'
import type { CliIO, Command } from './io.js'

const USAGE = `Usage: mistral-guard <command> [options]

Commands:
  scan       Scan for Mistral API keys and check the repository (default)
  baseline   Write the current findings' fingerprints to a baseline file
  init       Write a starter .mistral-guard.yml and add missing .gitignore lines
  plan       Plan an organization or history scan as a job matrix
  schema     Print the JSON Schema of .mistral-guard.yml

Run 'mistral-guard <command> --help' for the options of a command.
`

// Loaded on demand so that a command pulls in only what it needs.
const commands: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.js')).scanCommand,
  baseline: async () => (await import('./baseline.js')).baselineCommand,
  init: async () => (await import('./init.js')).initCommand,
  plan: async () => (await import('./plan.js')).planCommand,
  schema: async () => (await import('./schema.js')).schemaCommand,
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(USAGE)
    return 0
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  const named = first !== undefined && !first.startsWith('-')
  const name = named ? first : 'scan'
  const load = commands[name]
  if (!load) {
    io.stderr.write(`mistral-guard: unknown command '${name}'.\n\n${USAGE}`)
    return 2
  }
  try {
    return await (await load())(named ? rest : argv, io)
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `error: ${(error as Error)?.message ?? String(error)}`
    io.stderr.write(`mistral-guard: ${message}\n`)
    return 2
  }
}

export const VERSION = '0.1.0'
