// The engine's findings as a checklist row, so the table shows leaks next to everything else.
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, plural, result } from './check.js'

export const NO_LEAKED_KEYS = 'no-leaked-keys'
const TITLE = CHECK_TITLES[NO_LEAKED_KEYS]

export const noLeakedKeys: Check = async ({ findings, mode }) => {
  const where = mode === 'history' ? 'in the history' : mode === 'diff' ? 'in the changes' : 'in the files scanned'
  if (findings.length === 0) return result(NO_LEAKED_KEYS, TITLE, 'pass', `No Mistral API key found ${where}.`)
  const files = [...new Set(findings.map((finding) => finding.file))]
  const purge =
    mode === 'history' ? ' and purge it from the history (git filter-repo), as every clone still holds it' : ''
  return result(
    NO_LEAKED_KEYS,
    TITLE,
    'fail',
    `${plural(findings.length, 'leaked key')} found ${where} (${nameSome(files)}): revoke each key in the Mistral ` +
      `console, load it from an environment variable instead${purge}.`,
    findings.map((finding) => ({ file: finding.file, line: finding.line })),
  )
}
