import type { Command } from './io.js'

// Placeholder until the engine lands.
export const scanCommand: Command = async (_argv, io) => {
  io.stderr.write('mistral-guard: scan is not implemented yet\n')
  return 2
}
