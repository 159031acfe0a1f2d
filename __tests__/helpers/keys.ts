// Test keys are made at run time, never committed as key-shaped literals (the repository passes its own scan).
// A seeded generator keeps tests reproducible.

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick(alphabet: string, length: number, random: () => number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

/**
 * A realistic Mistral-style key: 32 random mixed-case letters and digits, with at least one upper,
 * one lower and one digit (like most real keys). `lettersOnly` makes a key without digits, which real
 * keys sometimes are.
 */
export function fakeKey(seed: number, options: { lettersOnly?: boolean } = {}): string {
  const random = prng(seed * 7919 + 17)
  for (;;) {
    const key = pick(options.lettersOnly ? LETTERS : ALNUM, 32, random)
    const ok = /[A-Z]/.test(key) && /[a-z]/.test(key) && (options.lettersOnly || /[0-9]/.test(key))
    if (ok) return key
  }
}

/** Every 16-character run of a key: no output may contain any of them. */
export function keyRuns(key: string, width = 16): string[] {
  const runs: string[] = []
  for (let i = 0; i + width <= key.length; i++) runs.push(key.slice(i, i + width))
  return runs
}

/** Throws (failing the test) if `text` holds a whole key or a 16-character run of one. */
export function expectNoKey(text: string, keys: string[], where = 'output'): void {
  for (const key of keys) {
    for (const run of keyRuns(key)) {
      if (text.includes(run)) throw new Error(`${where} contains a 16-character run of a key (starts ${key.slice(0, 4)}…)`)
    }
  }
}
