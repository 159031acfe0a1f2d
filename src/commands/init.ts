import type { Command } from './io.js'

// Placeholder until its issue lands.
export const initCommand: Command = async (_argv, io) => {
  io.stderr.write('mistral-guard: init is not implemented yet\n')
  return 2
}
