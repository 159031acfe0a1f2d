// `scan`'s (and `baseline`'s) flags as node:util's parseArgs reads them: one list for the strict reading of
// settings/from-argv.ts and the lenient early reading of commands/prefetch.ts, which runs before the engine
// loads and so must not import it.
export const SCAN_FLAGS = {
  mode: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  range: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  'no-checks': { type: 'boolean' },
  verify: { type: 'boolean' },
  'verify-base-url': { type: 'string' },
  repo: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const
