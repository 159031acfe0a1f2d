import type { Command } from './io.js'

// Placeholder until its issue lands.
export const planCommand: Command = async (_argv, io) => {
  io.stderr.write('mistral-guard: plan is not implemented yet\n')
  return 2
}
