// `mistral-guard baseline`: scans like `scan` and writes the findings' fingerprints, so that later runs with
// `--baseline FILE` report only what is new. Any --baseline given is not applied here: the file written
// lists everything found now.
import { baselineText, DEFAULT_BASELINE_FILE } from '../baseline/baseline.js'
import { stderrLogger } from '../log.js'
import { scan } from '../scan.js'
import { SCAN_FLAGS_HELP, scanOptionsFromArgv } from '../settings/from-argv.js'
import type { Command } from './io.js'
import { writeReport } from './scan.js'

const USAGE = `Usage: mistral-guard baseline [--output FILE] [scan options] [range]

Writes the fingerprints of the current findings to a baseline file (default ${DEFAULT_BASELINE_FILE};
'-' for stdout). Commit it and pass --baseline ${DEFAULT_BASELINE_FILE} to scan so that only new leaks fail.
Fingerprints reveal nothing of the keys.

Options (as for scan; --format, --fail-on and --baseline do not apply):
${SCAN_FLAGS_HELP}
`

export const baselineCommand: Command = async (argv, io) => {
  const options = scanOptionsFromArgv(argv, io.cwd, { output: DEFAULT_BASELINE_FILE })
  if (options.help) {
    io.stdout.write(USAGE)
    return 0
  }
  const log = stderrLogger(io.stderr, { verbose: options.verbose })
  const settings = { ...options.settings, baselineFile: undefined, checks: false, verify: false }
  const { report } = await scan(settings, log)
  const text = baselineText(report.findings)
  if (options.output) {
    writeReport(options.output, text)
    log.info(`Wrote ${report.findings.length} fingerprint(s) to ${options.output}.`)
  } else {
    io.stdout.write(text)
  }
  return 0
}
