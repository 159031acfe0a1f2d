#!/usr/bin/env node
// CLI entry: picks the command and maps any escaped error to exit 2. Each command lives in src/commands/.
import { run } from './commands/dispatch.js'

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
})
