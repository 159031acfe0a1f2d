#!/usr/bin/env node
// CLI entry: picks the command and maps any escaped error to exit 2. Each command lives in src/commands/.
// A diff or staged scan's git work starts first, while the engine loads (commands/prefetch.ts).
import { prefetchForArgv } from './commands/prefetch.js'
import { run } from './commands/dispatch.js'
import { dropPrefetchedDiff } from './sources/diff-prefetch.js'
import { dropPrefetchedStaged } from './sources/staged-prefetch.js'

const argv = process.argv.slice(2)
prefetchForArgv(argv, process.cwd())
try {
  process.exitCode = await run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  })
} finally {
  dropPrefetchedDiff()
  dropPrefetchedStaged()
}
