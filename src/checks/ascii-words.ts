// Whether raw bytes hold one of a few ASCII words, in any case: the gate a text check puts before decoding a
// file. UTF-8 never hides an ASCII byte inside a multi-byte character, and a case-insensitive JS pattern never
// folds a non-ASCII character onto an ASCII letter, so a word is in the bytes exactly when it is in the text.

/** Lowercase for ASCII letters; every other byte is itself. */
const FOLD = new Uint8Array(256)
for (let byte = 0; byte < 256; byte++) FOLD[byte] = byte >= 65 && byte <= 90 ? byte + 32 : byte

export class AsciiWords {
  private readonly words: Uint8Array[]
  /** The shortest word's length: the window each step looks at. */
  private readonly span: number
  /** Horspool's shift for the (folded) byte under the window's last position. */
  private readonly shift: Uint8Array
  /** 1 for a (folded) byte some word has at the window's last position: only there is a word compared. */
  private readonly ends: Uint8Array

  constructor(words: readonly string[]) {
    if (words.length === 0) throw new Error('AsciiWords: no word to look for')
    for (const word of words) {
      if (word.length === 0 || !/^[\x20-\x7e]+$/.test(word)) {
        throw new Error(`AsciiWords: '${word}' is not a word of printable ASCII`)
      }
    }
    // A word that holds another is found whenever it is (MISTRAL_API_KEY holds api_key): only the others are
    // looked for, and the window can be no longer than the shortest.
    const lower = [...new Set(words.map((word) => word.toLowerCase()))]
    const needed = lower.filter((word) => !lower.some((other) => other !== word && word.includes(other)))
    this.words = needed.map((word) => Uint8Array.from(word, (char) => char.charCodeAt(0)))
    this.span = Math.min(255, ...this.words.map((word) => word.length))
    this.shift = new Uint8Array(256).fill(this.span)
    this.ends = new Uint8Array(256)
    for (const word of this.words) {
      for (let at = 0; at < this.span - 1; at++) {
        this.shift[word[at]!] = Math.min(this.shift[word[at]!]!, this.span - 1 - at)
      }
      this.ends[word[this.span - 1]!] = 1
    }
  }

  /** True when some word occurs in bytes[from, to), in any case. */
  in(bytes: Uint8Array, from = 0, to = bytes.length): boolean {
    const { span, shift, ends } = this
    for (let end = from + span - 1; end < to; ) {
      const last = FOLD[bytes[end]!]!
      if (ends[last] === 1 && this.someWordAt(bytes, end - span + 1, to)) return true
      end += shift[last]!
    }
    return false
  }

  private someWordAt(bytes: Uint8Array, start: number, to: number): boolean {
    for (const word of this.words) {
      if (start + word.length > to) continue
      let at = 0
      while (at < word.length && FOLD[bytes[start + at]!] === word[at]) at++
      if (at === word.length) return true
    }
    return false
  }
}
