// Keys for rule examples, made at module load from a seed, never written down: the repository scans itself,
// and a committed key-shaped literal would be a finding (and a bad habit).

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 32-character key like Mistral's: random letters and digits with at least one capital, one small letter
 * and (unless `lettersOnly`) one digit. The same seed always gives the same key.
 */
export function exampleKey(seed: number, options: { lettersOnly?: boolean } = {}): string {
  const random = prng(seed * 104729 + 7)
  const alphabet = options.lettersOnly ? LETTERS : ALNUM
  for (;;) {
    let key = ''
    for (let i = 0; i < 32; i++) key += alphabet[Math.floor(random() * alphabet.length)]
    if (/[A-Z]/.test(key) && /[a-z]/.test(key) && (options.lettersOnly || /[0-9]/.test(key))) return key
  }
}

/** A 32-character lowercase hex string (an MD5 or a UUID without dashes) from a seed. */
export function exampleHex(seed: number): string {
  const random = prng(seed * 7727 + 3)
  let hex = ''
  for (let i = 0; i < 32; i++) hex += '0123456789abcdef'[Math.floor(random() * 16)]
  return hex
}
