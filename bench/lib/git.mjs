// git as every benchmark runs it, the scans it times included: the machine's and the user's git config are left
// out (a global diff.algorithm, core.autocrlf or pager would change what is measured, and differ between machines),
// in the C locale, never prompting.
import { execFileSync } from 'node:child_process'

export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
}

/** Runs git in `cwd` and returns its output as text; throws when git fails. */
export function git(cwd, args, options = {}) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30, ...options })
}

/** A `fail(message)` that prints `<who>: message` and exits with 2 (the scripts' "could not run" code). */
export function failWith(who) {
  return (message) => {
    process.stderr.write(`${who}: ${message}\n`)
    process.exit(2)
  }
}
