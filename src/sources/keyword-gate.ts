// Cheap tests put before the detector's keyword test. Most blobs of a history mention none of Mistral's
// names, and every name of the family shares one literal (`tral`, with `s` or `x` before it): a text without
// that literal, in any case, names none of them. Both tests are exact necessary conditions, never guesses.

/** The longest substring (4 characters or more) every word contains, lowercase; null when there is none. */
export function commonCore(words: readonly string[]): string | null {
  if (words.length === 0) return null
  const lower = words.map((word) => word.toLowerCase())
  const shortest = lower.reduce((a, b) => (a.length <= b.length ? a : b))
  for (let length = shortest.length; length >= 4; length--) {
    for (let start = 0; start + length <= shortest.length; start++) {
      const core = shortest.slice(start, start + length)
      if (lower.every((word) => word.includes(core))) return core
    }
  }
  return null
}

/** The letters found just before the core in the words, when every word has one there; null otherwise. */
function leadingLetters(words: readonly string[], core: string): string[] | null {
  const lower = words.map((word) => word.toLowerCase())
  if (!lower.every((word) => word.indexOf(core) > 0)) return null
  return [...new Set(lower.map((word) => word[word.indexOf(core) - 1]!))]
}

/**
 * Puts a one-literal test before the keyword test `mentions`: one case-insensitive literal (`[sx]tral`)
 * rejects a text ~4x faster than the alternation of all words.
 */
export function quickGate(words: readonly string[], mentions: (text: string) => boolean): (text: string) => boolean {
  const core = commonCore(words)
  if (!core) return mentions
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')
  const lead = leadingLetters(words, core)
  const gate = new RegExp((lead ? `[${lead.map(escape).join('')}]` : '') + escape(core), 'i')
  return (text) => gate.test(text) && mentions(text)
}

/**
 * The same literal test on raw 8-bit bytes (UTF-8, latin1; not UTF-16), with no string made: the bytes of
 * the core's last letter are found natively (both cases), and the letters before each are compared folded.
 * ASCII bytes never occur inside a UTF-8 multi-byte sequence, so the answer is exact for ASCII words.
 * Null when the words share no ASCII core.
 */
export function byteGate(words: readonly string[]): ((bytes: Buffer) => boolean) | null {
  const core = commonCore(words)
  if (!core || !/^[\x20-\x7e]+$/.test(core)) return null
  const letters = leadingLetters(words, core)
  const lead = letters && letters.every((char) => /^[\x20-\x7e]$/.test(char)) ? letters : null
  const before = core.slice(0, -1)
  const last = core.charCodeAt(core.length - 1)
  const lasts = [...new Set([last, foldUp(last)])]
  const wanted = [...before].map((char) => char.charCodeAt(0))
  const leads = lead ? new Set(lead.map((char) => char.charCodeAt(0))) : null
  const reach = wanted.length + (leads ? 1 : 0)
  return (bytes) => {
    for (const byte of lasts) {
      for (let at = bytes.indexOf(byte, reach); at >= 0; at = bytes.indexOf(byte, at + 1)) {
        let matched = true
        for (let k = 0; k < wanted.length && matched; k++) {
          matched = foldDown(bytes[at - wanted.length + k]!) === wanted[k]
        }
        if (matched && (!leads || leads.has(foldDown(bytes[at - reach]!)))) return true
      }
    }
    return false
  }
}

function foldDown(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}

function foldUp(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code
}
