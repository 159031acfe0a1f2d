// Strings that must not keep their source alive: V8 keeps a slice of 13 characters or more as a view into its
// parent, so a 32-character key sliced from a 5 MB blob holds the whole blob for as long as the key is kept.

/** A copy of `text` that shares no memory with the string it came from (slicing a fresh concatenation). */
export function flatCopy(text: string): string {
  return (' ' + text).slice(1)
}
