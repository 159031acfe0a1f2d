// The name a candidate is assigned to, read from the few characters before it on its line: `MISTRAL_API_KEY=`,
// `"api_key": "`, `apiKey: '`, `Authorization: Bearer `, `ENV MISTRAL_API_KEY `, `'api_key' => '`,
// `Mistral("`. Its words say whose key it is, whether it is a secret at all, or nothing (a bare value).
import { isDigit, isLower, isUpper } from './char-codes.js'
import type { Provider } from './keywords.js'
import { speakerAt, speaksNearby } from './speaker.js'
import { MAX_WRAPPERS, wrapperStart } from './wrapper.js'

const LABEL_REACH = 64
const LONG_TOKEN = 24
const MAX_WORDS = 8
/** A chat speaker's prefix sits within a line's first characters. */
const SPEAKER_REACH = 64

/** Where one value ends and the next begins: the label is read after the last of these. */
const CUTS = new Uint8Array(128)
for (const char of ',;{}[]()|&?<>') CUTS[char.charCodeAt(0)] = 1
/** After these, an empty label reaches back one step: `Mistral(`, `keys = [`, `'api_key' =>`, `{`. */
const REACH_BACK = new Uint8Array(128)
for (const char of '([{>') REACH_BACK[char.charCodeAt(0)] = 1

function isAlnumCode(code: number): boolean {
  return isUpper(code) || isLower(code) || isDigit(code)
}

function isCut(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 128 && CUTS[code] === 1
}

/** Words that name a secret or only dress an assignment, so they leave the label generic. */
// `secret` and `password` are not here: a bare `SECRET_KEY` or `PASSWORD` next to Mistral settings is usually
// the app's own secret, so those labels need an enclosing scope that names Mistral.
const GENERIC = new Set([
  'key', 'keys', 'apikey', 'apikeys', 'api', 'token', 'tokens', 'bearer', 'authorization',
  'auth', 'credential', 'credentials', 'cred', 'creds', 'access', 'x', 'h',
  'header', 'headers', 'export', 'env', 'arg', 'set', 'setx', 'const', 'let', 'var', 'val', 'string', 'str',
  'final', 'static', 'private', 'readonly', 'my', 'the', 'default', 'client', 'llm', 'ai', 'provider', 'value',
  'config', 'settings', 'dim', 'local', 'global', 'def', 'self', 'this', 'is', 'here', 'use', 'with', 'new', 'f',
  'r', 'b', 'u', 'option', 'options', 'param', 'params', 'define', 'declare', 'pub', 'mut', 'fn', 'location',
  'environment', 'variable', 'variables', 'prod', 'production', 'dev', 'staging',
])

/** Words that make a secret of the label. */
const SECRET_WORDS = new Set([
  'key', 'keys', 'apikey', 'apikeys', 'token', 'tokens', 'secret', 'secrets', 'bearer', 'authorization', 'auth',
  'password', 'passwd', 'pwd', 'credential', 'credentials', 'creds',
])

/** A label ending in one of these names something that is not a secret: `request_id`, `file_hash`. */
const NOT_SECRET_HEADS = new Set([
  'id', 'ids', 'uuid', 'guid', 'hash', 'hashes', 'sha', 'sha1', 'sha256', 'md5', 'checksum', 'digest', 'etag',
  'integrity', 'nonce', 'salt', 'iv', 'commit', 'revision', 'rev', 'version', 'model', 'name', 'path', 'file',
  'filename', 'dir', 'url', 'uri', 'endpoint', 'host', 'ref', 'tag', 'slug', 'color', 'class', 'seed', 'cursor',
  'trace', 'span', 'fingerprint', 'session', 'cid', 'oid', 'sid',
])
/** `cache_key`, `idempotency_key`, `public_key`: keys that are not credentials. */
const NOT_SECRET_QUALIFIERS = new Set([
  'cache', 'idempotency', 'public', 'primary', 'foreign', 'sort', 'partition', 'dedup', 'dedupe', 'lookup',
  'storage', 'object', 'row', 'map', 'dict', 'hash', 'index', 'react', 'unique', 'i18n', 'translation', 'csrf',
  'xsrf', 'csrftoken', 'anti', 'verification', 'continuation', 'page', 'next', 'pagination', 'sync', 'refresh',
])

export type LabelKind =
  /** Names Mistral or Codestral: `MISTRAL_API_KEY`. */
  | 'mistral'
  | 'codestral'
  /** Names another provider: `COHERE_API_KEY`. */
  | 'other'
  /**
   * Names only providers whose keys carry a prefix (`OPENAI_API_KEY`, `GROQ_API_KEY`): a bare 32-character value
   * there is not their key, and is Mistral's when a Mistral host is configured next to it.
   */
  | 'prefixed-other'
  /** Names something that is not a secret: `request_id`, `cache_key`. */
  | 'not-secret'
  /** Only generic words: `api_key`, `Authorization: Bearer`, `export TOKEN`. */
  | 'generic'
  /** No words: a list item, a positional argument, a value alone on its line. */
  | 'bare'
  /** Words that are none of the above: `SESSION_SECRET`, `foo`. */
  | 'qualified'

export interface Label {
  kind: LabelKind
  words: string[]
  /** Where the label's words were read: [from, to). */
  from: number
  to: number
}

/** What the provider names in a stretch of text say (the detector answers from its mention index). */
export interface ProvidersIn {
  within(from: number, to: number): Provider | null
  onlyPrefixedWithin(from: number, to: number): boolean
}

/** Whether a lowercase word only dresses a label (`api`, `config`, `env`) or names a secret (`key`, `token`). */
export function isGenericWord(word: string): boolean {
  return GENERIC.has(word) || SECRET_WORDS.has(word)
}

/** Splits `MISTRAL_API_KEY`, `mistralApiKey`, `x-api-key`, `APIKey` into lowercase words; `\n` escapes split too. */
export function labelWords(text: string, from = 0, to = text.length): string[] {
  const words: string[] = []
  let wordStart = -1
  const flush = (end: number) => {
    if (wordStart >= 0 && end > wordStart) words.push(text.slice(wordStart, end).toLowerCase())
    wordStart = -1
  }
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 92 && i + 1 < to) {
      // `\n`, `\t`, `\"` inside a JSON string: an escape, not part of a word.
      flush(i)
      i++
      continue
    }
    if (!(isUpper(code) || isLower(code) || isDigit(code))) {
      flush(i)
      continue
    }
    if (wordStart < 0) {
      wordStart = i
      continue
    }
    const previous = text.charCodeAt(i - 1)
    const next = i + 1 < to ? text.charCodeAt(i + 1) : 0
    // camelCase (`apiKey`) and the end of an acronym (`APIKey`) start a new word.
    if (isUpper(code) && (isLower(previous) || isDigit(previous) || (isUpper(previous) && isLower(next)))) {
      flush(i)
      wordStart = i
    }
  }
  flush(to)
  return words
}

/** Whether a chat speaker opens a line of prose near the line at `lineStart` (speaksNearby; see own-line.ts). */
export type SpeakerNearby = (text: string, lineStart: number, name: string) => boolean

/**
 * The label of the value starting at `start`, read within its line (which starts at `lineStart`). Only a chat
 * speaker's prefix looks past the line, through `nearby`.
 */
export function readLabel(
  text: string,
  lineStart: number,
  start: number,
  providers: ProvidersIn,
  nearby: SpeakerNearby = speaksNearby,
): Label {
  const floor = Math.max(lineStart, start - LABEL_REACH)
  let cut = start - 1
  let run = 0
  let hardCut = false
  for (; cut >= floor; cut--) {
    if (isCut(text, cut)) break
    run = isAlnumCode(text.charCodeAt(cut)) ? run + 1 : 0
    // A long token before the value is another value (or a key), not a name: the label starts after it.
    if (run >= LONG_TOKEN) {
      cut += LONG_TOKEN
      while (cut < start && isAlnumCode(text.charCodeAt(cut))) cut++
      hardCut = true
      break
    }
  }
  let from = cut + 1
  let to = start
  let words = labelWords(text, from, to)
  // An empty label reaches back one step; a generic wrapper (`Some(`, `SecretStr(`) is looked through, one more
  // step each, so `Client::new(Some("…"))` is labelled by `Client::new` as `Client::new("…")` is.
  for (let hops = 0; words.length === 0 && !hardCut && cut >= floor && hops < MAX_WRAPPERS + 1; hops++) {
    if (REACH_BACK[text.charCodeAt(cut)] !== 1) break
    let previous = cut - 1
    while (previous >= floor && !isCut(text, previous)) previous--
    from = previous + 1
    to = text.charCodeAt(cut) === 40 ? wrapperStart(text, from, cut) : cut
    words = labelWords(text, from, to)
    if (to === cut) break
    cut = previous
  }
  const speaker = from < lineStart + SPEAKER_REACH ? speakerEnd(text, lineStart, start, providers, nearby) : -1
  if (speaker > from && speaker <= start) {
    // `[10:43] alice: …`: who speaks is not what the value is.
    from = Math.min(speaker, to)
    words = labelWords(text, from, to)
  }
  return labelOf(text, from, to, providers, words)
}

/**
 * Where a chat speaker's prefix ends on the line (`[10:43] alice: `), or -1: a name that is not a key, secret or
 * provider word, marked as a speaker by a timestamp or by the same name opening prose nearby.
 */
function speakerEnd(
  text: string,
  lineStart: number,
  start: number,
  providers: ProvidersIn,
  nearby: SpeakerNearby,
): number {
  const speaker = speakerAt(text, lineStart, start)
  if (speaker === null) return -1
  const word = speaker.name.toLowerCase()
  if (isGenericWord(word) || NOT_SECRET_HEADS.has(word) || NOT_SECRET_QUALIFIERS.has(word)) return -1
  if (providers.within(speaker.nameFrom, speaker.nameTo) !== null) return -1
  return speaker.timestamped || nearby(text, lineStart, speaker.name) ? speaker.end : -1
}

/** The label made of the words in [from, to): a name read elsewhere (`name: SESSION_SECRET`) is judged the same way. */
export function labelOf(
  text: string,
  from: number,
  to: number,
  providers: ProvidersIn,
  words = labelWords(text, from, to),
): Label {
  if (words.length > MAX_WORDS) words = words.slice(-MAX_WORDS)
  let kind = kindOf(words, words.length > 0 ? providers.within(from, to) : null)
  // Azure's OpenAI keys carry no prefix.
  if (kind === 'other' && !words.includes('azure') && providers.onlyPrefixedWithin(from, to)) kind = 'prefixed-other'
  return { kind, words, from, to }
}

function kindOf(words: string[], provider: Provider | null): LabelKind {
  if (words.length === 0) return 'bare'
  const secret = words.some((word) => SECRET_WORDS.has(word))
  const head = words[words.length - 1]!
  if (!secret && NOT_SECRET_HEADS.has(head)) return 'not-secret'
  if (words.some((word, i) => SECRET_WORDS.has(word) && i > 0 && NOT_SECRET_QUALIFIERS.has(words[i - 1]!))) {
    return 'not-secret'
  }
  if (provider !== null) return provider
  return words.every((word) => GENERIC.has(word)) ? 'generic' : 'qualified'
}
