// fc.assert, but a failure report never prints a key: fast-check's own report quotes the counterexample, and
// these inputs hold generated keys. Every run of 16 letters and digits is blanked; the seed and path reproduce it.
import fc from 'fast-check'

export function blankRuns(text: string): string {
  return text.replace(/[A-Za-z0-9]{16,}/g, '[run]')
}

export function checkProperty<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
  const details = fc.check(property, params)
  if (!details.failed) return
  const example = details.counterexample
    ? blankRuns(JSON.stringify(details.counterexample, setsAsArrays)).slice(0, 2000)
    : 'none'
  const error = blankRuns(String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance))
  throw new Error(
    `property failed after ${details.numRuns} run(s) (seed ${details.seed}, path "${details.counterexamplePath}")\n` +
      `counterexample: ${example}\nerror: ${error.slice(0, 1000)}`,
  )
}

function setsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...(value as Set<unknown>)] : value
}
