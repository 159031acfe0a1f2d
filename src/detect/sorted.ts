// Binary search over a sorted list of offsets or line numbers, shared by the detector's lookups and the
// windows a streamed text is cut into.

/** Index of the first value at or after `value` in an ascending list (its length when there is none). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}
