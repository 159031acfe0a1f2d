// Which of many strings occur in a text, in about one pass: checking thousands of keys against a 30 MB file
// one includes() at a time would read the file thousands of times.

const ALNUM_RUN = /[A-Za-z0-9]+/g

/** The members of `needles` that occur in `text`. */
export function findStrings(text: string, needles: Iterable<string>): Set<string> {
  const found = new Set<string>()
  const alnum = new Map<number, Set<string>>()
  for (const needle of needles) {
    if (needle === '') continue
    if (/^[A-Za-z0-9]+$/.test(needle)) {
      const sameLength = alnum.get(needle.length) ?? new Set<string>()
      sameLength.add(needle)
      alnum.set(needle.length, sameLength)
    } else if (text.includes(needle)) {
      found.add(needle)
    }
  }
  if (alnum.size === 0) return found
  // Few needles: includes() is fastest. Many: look every alphanumeric run up by its windows.
  const count = [...alnum.values()].reduce((sum, set) => sum + set.size, 0)
  if (count <= 8) {
    for (const set of alnum.values()) for (const needle of set) if (text.includes(needle)) found.add(needle)
    return found
  }
  const shortest = Math.min(...alnum.keys())
  ALNUM_RUN.lastIndex = 0
  for (let run = ALNUM_RUN.exec(text); run !== null; run = ALNUM_RUN.exec(text)) {
    const token = run[0]
    if (token.length < shortest) continue
    for (const [length, set] of alnum) {
      for (let start = 0; start + length <= token.length; start++) {
        const window = token.length === length ? token : token.slice(start, start + length)
        if (set.has(window)) found.add(window)
      }
    }
  }
  return found
}
