// Seeded randomness for the benchmark repository: the same seed builds the same repository, byte for byte.

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Helpers bound to one generator. */
export function randomTools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1))
  const pick = (list) => list[Math.floor(random() * list.length)]
  const chance = (p) => random() < p
  const chars = (alphabet, length) => {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
    return out
  }
  return { random, int, pick, chance, chars }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const HEX = '0123456789abcdef'
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A Mistral-shaped key: 32 mixed-case letters and digits, at least one of each kind. */
export function makeKey(tools) {
  for (;;) {
    const key = tools.chars(ALNUM, 32)
    if (/[A-Z]/.test(key) && /[a-z]/.test(key) && /[0-9]/.test(key)) return key
  }
}

/** What may be shown of a key: first 4 characters and the length. */
export function redact(key) {
  return `${key.slice(0, 4)}…(${key.length})`
}
