// Finds, for the https-only check, a Mistral host over http://, and a server URL setting (serverURL,
// server_url, endpoint, base URL, MISTRAL_*_URL) over http:// in a file that talks to Mistral (by its name or
// content). Loopback addresses are fine (local proxies, test servers).
import type { CheckLocation } from '../report/report.js'
import { AsciiWords } from './ascii-words.js'
import { LineCounter } from './line-counter.js'
import type { TextVisitor } from './text-visitor.js'

const HTTP_URL = /\bhttp:\/\/([^\s'"`<>()[\]{}\\,;]+)/gi
const SERVER_SETTING =
  /\b(server_?url|serverURL|endpoint|base_?url|baseURL|api_?base|MISTRAL_[A-Z0-9_]*(URL|ENDPOINT|HOST))\b/i
const MENTIONS_MISTRAL = /mistral|codestral/i
const MISTRAL_NAMES = ['mistral', 'codestral']
const MISTRAL_WORDS = new AsciiWords(MISTRAL_NAMES)

export interface PlainHttpUrls {
  /** Where each plain-HTTP endpoint is, with only its host shown. */
  hits: Array<CheckLocation & { url: string }>
  /** Readable text files looked at. */
  read: number
}

/** Looks at every readable file `allow.paths` does not exempt. */
export function plainHttpVisitor(allowed: (file: string) => boolean): TextVisitor<PlainHttpUrls> {
  const found: PlainHttpUrls = { hits: [], read: 0 }
  return {
    wants: (file) => !allowed(file),
    // Every hit is a URL over http:// in a file that names Mistral (a Mistral host does): both tell from the bytes.
    mayHold: (file, bytes) => holdsHttpScheme(bytes) && (MENTIONS_MISTRAL.test(file) || MISTRAL_WORDS.in(bytes)),
    gate: { words: MISTRAL_NAMES, always: (file) => MENTIONS_MISTRAL.test(file) },
    skim: () => void found.read++,
    visit(file, text) {
      found.read++
      // Most files hold no URL at all: a plain search for `://` settles them before any pattern runs.
      if (!text.includes('://') || !/http:\/\//i.test(text)) return
      const mistralFile = MENTIONS_MISTRAL.test(file) || MENTIONS_MISTRAL.test(text)
      // A URL never spans a line (it stops at white space): the whole text is searched once, and only the lines
      // of its URLs are cut out.
      const lines = new LineCounter(text)
      for (const match of text.matchAll(HTTP_URL)) {
        const host = hostOf(match[1])
        if (host === '' || isLoopback(host)) continue
        const mistralHost = host === 'mistral.ai' || host.endsWith('.mistral.ai')
        const { start, end, number } = lines.lineAt(match.index)
        if (mistralHost || (mistralFile && SERVER_SETTING.test(text.slice(start, end)))) {
          // Only the host is shown: a URL may carry credentials or a key in its query.
          const url = /^[a-z0-9.-]+$/.test(host) ? `http://${host}` : 'http://…'
          found.hits.push({ file, line: number, url })
        }
      }
    },
    gathered: () => found,
  }
}

const COLON_SLASH_SLASH = Buffer.from('://')
const LOWER = 0x20

/** Whether the bytes hold `http://`, in any case (what /http:\/\//i finds in their text). */
export function holdsHttpScheme(bytes: Buffer): boolean {
  // The native search for `://` skips most bytes unread; each hit is then checked for the four letters before it.
  for (let at = bytes.indexOf(COLON_SLASH_SLASH); at >= 0; at = bytes.indexOf(COLON_SLASH_SLASH, at + 1)) {
    if (
      at >= 4 &&
      (bytes[at - 4]! | LOWER) === 0x68 &&
      (bytes[at - 3]! | LOWER) === 0x74 &&
      (bytes[at - 2]! | LOWER) === 0x74 &&
      (bytes[at - 1]! | LOWER) === 0x70
    ) {
      return true
    }
  }
  return false
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
