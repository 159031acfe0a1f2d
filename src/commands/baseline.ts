import type { Command } from './io.js'

// Placeholder until its issue lands.
export const baselineCommand: Command = async (_argv, io) => {
  io.stderr.write('mistral-guard: baseline is not implemented yet\n')
  return 2
}
