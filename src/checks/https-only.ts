// The key travels in a header: over plain HTTP anyone on the path reads it. Flags a Mistral endpoint or a
// Mistral server URL setting over http:// (what counts: http-urls.ts). The files are searched in the pass
// shared with the other checks that read (nearly) every file.
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, plural, result } from './check.js'
import { allowedPath, policyOf } from './policy.js'
import { sharedTextPass } from './shared-text-pass.js'
import { harvest } from './text-visitor.js'

export { hostOf, isLoopback } from './http-urls.js'

export const HTTPS_ONLY = 'https-only'
const TITLE = CHECK_TITLES[HTTPS_ONLY]

export const httpsOnly: Check = async (run) => {
  const allowed = allowedPath(policyOf(run.config))
  const { hits, read } = harvest((await sharedTextPass(run)).plainHttp)
  if (read === 0) return result(HTTPS_ONLY, TITLE, 'skip', 'No readable text file to look at.')
  if (hits.length === 0) {
    const passed = [...run.files.skipped].filter((file) => !allowed(file)).length
    const over = passed > 0 ? ` (${plural(passed, 'binary or large file')} passed over)` : ''
    return result(
      HTTPS_ONLY,
      TITLE,
      'pass',
      `No Mistral endpoint or server URL over plain http:// in ${plural(read, 'file')}${over}.`,
    )
  }
  const named = hits.map((hit) => `${hit.file}:${hit.line} (${hit.url})`)
  return result(
    HTTPS_ONLY,
    TITLE,
    'fail',
    `${plural(hits.length, 'plain-HTTP endpoint')}: ${nameSome(named)}: use https:// (the key is sent with every request).`,
    hits,
  )
}
