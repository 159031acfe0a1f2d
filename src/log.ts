// The engine's only way to speak: the CLI logs to stderr, the action passes one backed by @actions/core.
// Messages never hold a key (only redacted forms and fingerprints).

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} }

export interface StderrLoggerOptions {
  /** Print debug lines too. */
  verbose?: boolean
  /** Print info lines (default true); warnings are always printed. */
  quiet?: boolean
}

/** Writes `mistral-guard: …` lines to a stream (stderr by default). */
export function stderrLogger(
  stream: NodeJS.WritableStream = process.stderr,
  options: StderrLoggerOptions = {},
): Logger {
  const write = (prefix: string, message: string): void => {
    stream.write(`mistral-guard: ${prefix}${message}\n`)
  }
  return {
    debug: (message) => {
      if (options.verbose) write('debug: ', message)
    },
    info: (message) => {
      if (!options.quiet) write('', message)
    },
    warn: (message) => write('warning: ', message),
  }
}
