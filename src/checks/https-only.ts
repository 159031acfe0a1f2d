// The key travels in a header: over plain HTTP anyone on the path reads it. Flags a Mistral host over
// http://, and a server URL setting (serverURL, server_url, endpoint, base URL, MISTRAL_*_URL) over http:// in
// a file that talks to Mistral (by its name or content). Loopback addresses are fine (local proxies, test servers).
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, plural, result } from './check.js'
import { allowedPath, policyOf } from './policy.js'

export const HTTPS_ONLY = 'https-only'
const TITLE = CHECK_TITLES[HTTPS_ONLY]

const HTTP_URL = /\bhttp:\/\/([^\s'"`<>()[\]{}\\,;]+)/gi
const SERVER_SETTING =
  /\b(server_?url|serverURL|endpoint|base_?url|baseURL|api_?base|MISTRAL_[A-Z0-9_]*(URL|ENDPOINT|HOST))\b/i
const MENTIONS_MISTRAL = /mistral|codestral/i

export const httpsOnly: Check = async (run) => {
  const allowed = allowedPath(policyOf(run.config))
  const hits: Array<CheckLocation & { url: string }> = []
  let read = 0
  for await (const { path: file, text } of run.files.texts((candidate) => !allowed(candidate))) {
    read++
    if (!/http:\/\//i.test(text)) continue
    const mistralFile = MENTIONS_MISTRAL.test(file) || MENTIONS_MISTRAL.test(text)
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(HTTP_URL)) {
        const host = hostOf(match[1])
        if (host === '' || isLoopback(host)) continue
        const mistralHost = host === 'mistral.ai' || host.endsWith('.mistral.ai')
        if (mistralHost || (mistralFile && SERVER_SETTING.test(line))) {
          // Only the host is shown: a URL may carry credentials or a key in its query.
          hits.push({ file, line: index + 1, url: /^[a-z0-9.-]+$/.test(host) ? `http://${host}` : 'http://…' })
        }
      }
    })
  }
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

/** The host of `rest` (what follows `http://`), lowercased, without credentials or port. */
export function hostOf(rest: string): string {
  const authority = rest.split(/[/?#]/)[0]
  const host = authority.slice(authority.lastIndexOf('@') + 1)
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase()
  return host.split(':')[0].toLowerCase().replace(/\.$/, '')
}

/** localhost, *.localhost, 127.0.0.0/8, [::1] and 0.0.0.0 (a local bind address, never a remote endpoint). */
export function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  )
}
