// `mistral-guard scan`: flags -> settings -> scan() -> report in the chosen format -> exit code.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../config/config-error.js'
import { stderrLogger } from '../log.js'
import { failureReasons } from '../policy/verdict.js'
import { render } from '../report/reporter.js'
import { scan } from '../scan.js'
import { SCAN_FLAGS_HELP, scanOptionsFromArgv } from '../settings/from-argv.js'
import { VERSION } from './dispatch.js'
import type { Command } from './io.js'

const USAGE = `Usage: mistral-guard scan [options] [range]

Finds Mistral API keys in a repository and checks it against the Mistral security checklist.
Exit codes: 0 pass, 1 findings or failed checks at or above --fail-on, 2 usage or runtime error.

Options:
${SCAN_FLAGS_HELP}
`

export const scanCommand: Command = async (argv, io) => {
  const options = scanOptionsFromArgv(argv, io.cwd)
  if (options.help) {
    io.stdout.write(USAGE)
    return 0
  }
  const log = stderrLogger(io.stderr, { verbose: options.verbose })
  const { report } = await scan(options.settings, log)
  const color = options.format === 'text' && !options.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR
  const text = render(report, options.format, { color, toolVersion: VERSION })
  if (options.output) {
    writeReport(options.output, text)
    log.info(`Wrote the ${options.format} report to ${options.output}.`)
  } else {
    io.stdout.write(text)
  }
  const reasons = failureReasons(report, options.settings.failOn)
  if (reasons.length === 0) return 0
  log.info(`Failing (--fail-on ${options.settings.failOn}): ${reasons.join(', ')}.`)
  return 1
}

export function writeReport(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new UsageError(`Cannot write '${file}': ${reason}.`)
  }
}
