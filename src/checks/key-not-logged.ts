// Logs are kept, shipped and shared far more widely than secrets: a key printed once is leaked. Warns on a
// line that both calls a print or log function and uses the key variable (or a client's apiKey) as code
// (what counts: key-log-lines.ts). A heuristic, hence a warning, never a failure. The files are searched in
// the pass shared with the other checks that read (nearly) every file.
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, plural, result } from './check.js'
import { loggedNames } from './key-log-lines.js'
import { policyOf } from './policy.js'
import { sharedTextPass } from './shared-text-pass.js'
import { harvest } from './text-visitor.js'

export { codeOnly, logsName } from './key-log-lines.js'

export const KEY_NOT_LOGGED = 'key-not-logged'
const TITLE = CHECK_TITLES[KEY_NOT_LOGGED]

export const keyNotLogged: Check = async (run) => {
  const names = loggedNames(policyOf(run.config))
  const { hits, read } = harvest((await sharedTextPass(run)).keyLogs)
  if (read === 0) return result(KEY_NOT_LOGGED, TITLE, 'skip', 'No source file to look at.')
  if (hits.length === 0) {
    return result(KEY_NOT_LOGGED, TITLE, 'pass', `No print or log call uses ${nameSome(names)} in ${plural(read, 'source file')}.`)
  }
  return result(
    KEY_NOT_LOGGED,
    TITLE,
    'warn',
    `${plural(hits.length, 'line')} may print or log the key (${nameSome(hits.map((hit) => `${hit.file}:${hit.line}`))}): ` +
      'log whether it is set (e.g. `!!apiKey`) or its first 4 characters, never the value.',
    hits,
  )
}
