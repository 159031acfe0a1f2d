// Whether a key-shaped run reads as a random key or as something that only has its shape: a hash, a
// placeholder, a pattern typed by hand, or a name built from words. The tests are tuned so that together they
// reject about two in a million uniformly random keys (measured over a million generated keys, a quarter of
// them letters only), while all 4 182 key-shaped runs in 242 MB of npm packages (names, hashes) fail them.
import { looksLikeName } from './word-model.js'
import { PLACEHOLDER_WORDS } from './words.js'

export type NotAKeyReason =
  | 'hex'
  | 'single-case'
  | 'few-characters'
  | 'repeated'
  | 'sequential'
  | 'placeholder'
  | 'name'

// Which characters a run holds, stamped per call so the table is never cleared.
const seen = new Uint32Array(128)
let stamp = 0

/** Null when `run` looks like a random key; otherwise why it does not. */
export function whyNotAKey(run: string): NotAKeyReason | null {
  stamp = (stamp + 1) >>> 0 || 1
  let upper = 0
  let lower = 0
  let hex = true
  let distinct = 0
  let repeat = 1
  let up = 1
  let down = 1
  let upAnyCase = 1
  let downAnyCase = 1
  let sequential = false
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i)
    if (code >= 65 && code <= 90) {
      upper++
      if (code > 70) hex = false
    } else if (code >= 97 && code <= 122) {
      lower++
      if (code > 102) hex = false
    }
    if (code < 128 && seen[code] !== stamp) {
      seen[code] = stamp
      distinct++
    }
    if (i > 0) {
      const previous = run.charCodeAt(i - 1)
      repeat = code === previous ? repeat + 1 : 1
      if (repeat >= 6) return 'repeated'
      // Runs like `12345`, `abcdef`, `FEDCBA` (exact) or `AbCdEfG` (any case), up or down.
      const step = code - previous
      const sameKind = kindOf(code) === kindOf(previous)
      up = step === 1 && sameKind ? up + 1 : 1
      down = step === -1 && sameKind ? down + 1 : 1
      const letters = previous >= 65 && code >= 65
      const foldedStep = folded(code) - folded(previous)
      upAnyCase = letters && foldedStep === 1 ? upAnyCase + 1 : 1
      downAnyCase = letters && foldedStep === -1 ? downAnyCase + 1 : 1
      const exactLimit = code <= 57 ? 5 : 6
      if (up >= exactLimit || down >= exactLimit || upAnyCase >= 7 || downAnyCase >= 7) sequential = true
    }
  }
  if (hex) return 'hex'
  // Keys mix cases: a random key with fewer than two capitals or two small letters is about one in a million.
  if (upper < 2 || lower < 2) return 'single-case'
  if (distinct < 12) return 'few-characters'
  if (sequential) return 'sequential'
  if (hasPlaceholderWord(run)) return 'placeholder'
  if (looksLikeName(run)) return 'name'
  return null
}

function kindOf(code: number): number {
  return code <= 57 ? 0 : code <= 90 ? 1 : 2
}

function folded(code: number): number {
  return code >= 97 ? code - 32 : code
}

/**
 * A placeholder word written as people write it: lowercase, UPPERCASE or Capitalized. Short words (`test`,
 * `your`) only count as a whole segment at either end (`TestKey…`, `…_fake`), which random keys rarely form.
 */
const ANY_PLACEHOLDER_WORD = new RegExp(PLACEHOLDER_WORDS.join('|'), 'i')

function hasPlaceholderWord(run: string): boolean {
  if (!ANY_PLACEHOLDER_WORD.test(run)) return false
  const lowerRun = run.toLowerCase()
  for (const word of PLACEHOLDER_WORDS) {
    let at = lowerRun.indexOf(word)
    while (at >= 0) {
      const written = run.slice(at, at + word.length)
      const natural =
        written === word || written === word.toUpperCase() || written === word[0]!.toUpperCase() + word.slice(1)
      const atAnEnd = at === 0 || at + word.length === run.length
      if (natural && (word.length >= 5 || (atAnEnd && isWholeSegment(run, at, word.length)))) return true
      at = lowerRun.indexOf(word, at + 1)
    }
  }
  return false
}

function isWholeSegment(run: string, at: number, length: number): boolean {
  const after = run.charCodeAt(at + length)
  const lowerWord = run.charCodeAt(at + length - 1) >= 97
  // The next character starts a new segment: a capital or a digit after a small letter, or the end.
  const endsSegment = Number.isNaN(after) || (lowerWord ? after < 97 : after < 65 || after >= 97)
  const before = run.charCodeAt(at - 1)
  const startsSegment = Number.isNaN(before) || run.charCodeAt(at) < 97 || before < 97
  return endsSegment && startsSegment
}
