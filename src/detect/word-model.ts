// Tells names built from words (`ChatCompletionChoiceFinishReason`, `LibrariesDocumentsPatchV1Request`) from
// random keys. A name splits on case changes and digits into long, pronounceable segments that a small word
// list covers; a random key splits into many short segments no word list covers. Words the list lacks are
// judged by a letter-bigram model trained on the list itself, so the list can stay small.
import { isDigit, isLower, isUpper } from './char-codes.js'
import { WORD_LIST } from './words.js'

export interface Segment {
  text: string
  kind: 'letters' | 'digits'
}

/** Splits `HTTPApiV1Request2x` into `HTTP`, `Api`, `V`, `1`, `Request`, `2`, `x`: the way names are built. */
export function splitSegments(token: string): Segment[] {
  const segments: Segment[] = []
  let i = 0
  const n = token.length
  while (i < n) {
    const code = token.charCodeAt(i)
    let j = i + 1
    if (isDigit(code)) {
      while (j < n && isDigit(token.charCodeAt(j))) j++
      segments.push({ text: token.slice(i, j), kind: 'digits' })
    } else if (isUpper(code)) {
      while (j < n && isUpper(token.charCodeAt(j))) j++
      if (j - i === 1) {
        while (j < n && isLower(token.charCodeAt(j))) j++
      } else if (j < n && isLower(token.charCodeAt(j))) {
        j-- // `APIKey`: the last capital starts the next word
      }
      segments.push({ text: token.slice(i, j), kind: 'letters' })
    } else {
      while (j < n && isLower(token.charCodeAt(j))) j++
      segments.push({ text: token.slice(i, j), kind: 'letters' })
    }
    i = j
  }
  return segments
}

// The model (a trie of the word list, letter-bigram scores, the coverage of short segments) is built on first use,
// each part when it is first needed, not at import: the action's cold start loads this module on runs that never
// judge a candidate, and a run that judges a few judges them in a millisecond or two.
/** The word list as a trie over lowercase letters: one walk per start position instead of a slice per pair. */
interface Trie {
  /** Child of node n by letter l at n * 26 + l; -1 when none. Node 0 is the root. */
  next: Int32Array
  terminal: Uint8Array
}

let trie: Trie | null = null

function theTrie(): Trie {
  return (trie ??= buildTrie())
}

function buildTrie(): Trie {
  let letters = 0
  for (const word of WORD_LIST) letters += word.length
  // One node per letter at most, plus the root.
  const next = new Int32Array((letters + 1) * 26).fill(-1)
  const terminal = new Uint8Array(letters + 1)
  let nodes = 1
  for (const word of WORD_LIST) {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97
      if (letter < 0 || letter > 25) {
        node = -1
        break
      }
      let child = next[node * 26 + letter]!
      if (child < 0) {
        child = nodes++
        next[node * 26 + letter] = child
      }
      node = child
    }
    if (node > 0) terminal[node] = 1
  }
  return { next, terminal }
}

/** Most letters of `word` (lowercase) that dictionary words of two letters or more can cover, in order. */
export function dictionaryCoverage(word: string): number {
  const trie = theTrie()
  const n = word.length
  const best = new Array<number>(n + 1).fill(0)
  for (let start = 0; start < n; start++) {
    // best[start] is final here: every word ending at `start` began before it.
    if (best[start]! < (start > 0 ? best[start - 1]! : 0)) best[start] = best[start - 1]!
    let node = 0
    for (let end = start; end < n; end++) {
      const letter = word.charCodeAt(end) - 97
      node = letter >= 0 && letter < 26 ? trie.next[node * 26 + letter]! : -1
      if (node < 0) break
      const length = end - start + 1
      if (length >= 2 && trie.terminal[node] === 1 && best[start]! + length > best[end + 1]!) {
        best[end + 1] = best[start]! + length
      }
    }
  }
  return Math.max(best[n]!, n > 0 ? best[n - 1]! : 0)
}

// Letter-bigram log-probabilities with word boundaries (index 26), trained once from the word list.
const BOUNDARY = 26
let bigramScores: Float64Array | null = null

function buildBigramScores(): Float64Array {
  const counts = new Float64Array(27 * 27).fill(0.5) // add-half smoothing: unseen pairs stay possible
  for (const word of WORD_LIST) {
    if (word.length < 3) continue
    let previous = BOUNDARY
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i) - 97
      if (letter < 0 || letter > 25) {
        previous = BOUNDARY
        continue
      }
      counts[previous * 27 + letter]! += 1
      previous = letter
    }
    counts[previous * 27 + BOUNDARY]! += 1
  }
  const scores = new Float64Array(27 * 27)
  for (let from = 0; from < 27; from++) {
    let total = 0
    for (let to = 0; to < 27; to++) total += counts[from * 27 + to]!
    // Log-ratio against a uniform choice: positive means "more English than chance".
    for (let to = 0; to < 27; to++) scores[from * 27 + to] = Math.log2((counts[from * 27 + to]! / total) * 27)
  }
  return scores
}

/** Mean bigram log-ratio of a lowercase word: English words mostly score above 0.4, random letters below 0. */
export function pronounceability(word: string): number {
  const scores = (bigramScores ??= buildBigramScores())
  let previous = BOUNDARY
  let sum = 0
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97
    sum += scores[previous * 27 + letter]!
    previous = letter
  }
  sum += scores[previous * 27 + BOUNDARY]!
  return sum / (word.length + 1)
}

const PRONOUNCEABLE = 0.4
const MIN_PRONOUNCEABLE_LENGTH = 4

/** Letters of one segment that read as words: covered by the list, or the whole segment if it sounds like one. */
function wordLetters(segment: string): number {
  const lower = segment.toLowerCase()
  const covered = dictionaryCoverage(lower)
  if (covered >= lower.length - 1) return covered
  if (lower.length >= MIN_PRONOUNCEABLE_LENGTH && pronounceability(lower) >= PRONOUNCEABLE) return lower.length
  return covered
}

export interface Wordiness {
  /** Share of letters that sit in word-like segments (0..1). */
  ratio: number
  letters: number
  segments: number
}

/** Share of letters in word-like segments from which a token counts as a name built from words. */
export const NAME_RATIO = 0.7

/** Single letters never count, except `V` before digits (`V1`): a version marker is part of the name. */
function mayCount(segments: Segment[], i: number): boolean {
  const text = segments[i]!.text
  return text.length >= 2 || (text === 'V' && segments[i + 1]?.kind === 'digits')
}

export function wordiness(token: string): Wordiness {
  let letters = 0
  let covered = 0
  const segments = splitSegments(token)
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    if (segment.kind !== 'letters') continue
    letters += segment.text.length
    if (mayCount(segments, i)) covered += segment.text.length === 1 ? 1 : wordLetters(segment.text)
  }
  return { ratio: letters === 0 ? 0 : covered / letters, letters, segments: segments.length }
}

// Exact coverage of every two- and three-letter segment, so the bound below needs no strings; each entry is worked
// out the first time a segment is met. Words count from two letters, so `ab` is covered (2) when it is a word, and
// `abc` wholly (3) when it is one, else by `ab` or `bc` (2).
const PAIRS = 26 * 26 * 26
const UNKNOWN = 255
let shortCoverage: Uint8Array | null = null

function shortCoverageOf(a: number, b: number, c: number): number {
  const table = (shortCoverage ??= new Uint8Array(PAIRS + 26 * 26).fill(UNKNOWN))
  const index = c < 0 ? PAIRS + a * 26 + b : (a * 26 + b) * 26 + c
  let coverage = table[index]!
  if (coverage === UNKNOWN) {
    const { next, terminal } = theTrie()
    const child = (node: number, letter: number) => (node < 0 ? -1 : next[node * 26 + letter]!)
    const isWord = (node: number) => node >= 0 && terminal[node] === 1
    const pair = child(child(0, a), b)
    if (c < 0) coverage = isWord(pair) ? 2 : 0
    else coverage = isWord(child(pair, c)) ? 3 : isWord(pair) || isWord(child(child(0, b), c)) ? 2 : 0
    table[index] = coverage
  }
  return coverage
}

function lowerIndex(code: number): number {
  return code >= 97 ? code - 97 : code - 65
}

/** Letters a segment [start, end) could have covered at most: exact for 2 and 3 letters, all of it beyond. */
function coverageBound(token: string, start: number, end: number): number {
  const length = end - start
  if (length >= 4) return length
  if (length === 1) return 0
  const a = lowerIndex(token.charCodeAt(start))
  const b = lowerIndex(token.charCodeAt(start + 1))
  return shortCoverageOf(a, b, length === 2 ? -1 : lowerIndex(token.charCodeAt(start + 2)))
}

export function looksLikeName(token: string): boolean {
  // Cheap bound first, without building segments: most random keys cannot reach the bar even if every
  // segment of four letters or more were a word.
  let letters = 0
  let possible = 0
  const n = token.length
  for (let i = 0; i < n; ) {
    const code = token.charCodeAt(i)
    let j = i + 1
    if (isDigit(code)) {
      while (j < n && isDigit(token.charCodeAt(j))) j++
    } else {
      if (isUpper(code)) {
        while (j < n && isUpper(token.charCodeAt(j))) j++
        if (j - i === 1) while (j < n && isLower(token.charCodeAt(j))) j++
        else if (j < n && isLower(token.charCodeAt(j))) j--
      } else {
        while (j < n && isLower(token.charCodeAt(j))) j++
      }
      letters += j - i
      const version = code === 86 && j - i === 1 && j < n && isDigit(token.charCodeAt(j))
      possible += version ? 1 : coverageBound(token, i, j)
    }
    i = j
  }
  if (letters === 0 || possible / letters < NAME_RATIO) return false
  return wordiness(token).ratio >= NAME_RATIO
}
