// The key-shape verdict cache: the same answer as whyNotAKey, from memory for runs seen recently, in bounded
// memory however many distinct runs pass through it.
import { describe, expect, it } from '@jest/globals'
import { whyNotAKey } from '../../src/detect/looks-random.js'
import { keyShapeVerdicts, VerdictCache } from '../../src/detect/verdict-cache.js'
import { fakeKey } from '../helpers/keys.js'
import { Gen } from './corpus/gen.js'

/** Random keys, names built from words, hex digests, single-case runs: every verdict whyNotAKey gives. */
function runs(seed: number, count: number): string[] {
  const g = new Gen(seed)
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const kind = i % 6
    if (kind === 0) out.push(fakeKey(seed * 10_000 + i))
    else if (kind === 1) out.push(fakeKey(seed * 10_000 + i, { lettersOnly: true }))
    else if (kind === 2) out.push(g.sdkName())
    else if (kind === 3) out.push(g.camel())
    else if (kind === 4) out.push(g.hex(32))
    else out.push(g.sdkName().toLowerCase())
  }
  return out.filter((run) => run.length === 32)
}

describe('VerdictCache', () => {
  it('answers as whyNotAKey does, first time and from memory', () => {
    const cache = new VerdictCache(64)
    const all = runs(3, 3000)
    expect(new Set(all.map((run) => whyNotAKey(run) === null)).size).toBe(2)
    for (let pass = 0; pass < 3; pass++) {
      for (const run of all) {
        if (cache.looksLikeKey(run) !== (whyNotAKey(run) === null)) {
          throw new Error(`verdict differs for a run starting ${run.slice(0, 4)} (pass ${pass})`)
        }
      }
    }
  })

  it('tells what it knows without judging: hex runs, and runs judged recently', () => {
    const cache = new VerdictCache(64)
    const all = runs(5, 600).filter((run) => !/^[0-9a-f]+$/i.test(run))
    expect(cache.known('0123456789abcdef'.repeat(2))).toBe(false)
    for (const run of all) expect(cache.known(run)).toBeUndefined()
    expect([cache.hits, cache.misses, cache.size]).toEqual([0, 0, 0])
    const recent = all.slice(-64)
    for (const run of recent) cache.looksLikeKey(run)
    for (const run of recent) expect(cache.known(run)).toBe(whyNotAKey(run) === null)
    // Asking moves nothing and counts nothing.
    expect([cache.hits, cache.misses]).toEqual([0, recent.length])
  })

  it('holds at most twice its capacity, and never a hex run', () => {
    const cache = new VerdictCache(100)
    const all = runs(4, 5000)
    for (const run of all) cache.looksLikeKey(run)
    expect(cache.misses).toBeGreaterThan(3000)
    expect(cache.size).toBeLessThanOrEqual(200)
    expect(cache.size).toBeGreaterThan(100)
    cache.clear()
    expect(cache.size).toBe(0)
    const g = new Gen(5)
    for (let i = 0; i < 50; i++) expect(cache.looksLikeKey(g.hex(32, i % 2 === 0))).toBe(false)
    expect(cache.size + cache.hits + cache.misses).toBe(0)
  })

  it('keeps a run in use while many others pass through', () => {
    const cache = new VerdictCache(10)
    const kept = fakeKey(9001)
    const others = runs(6, 400).filter((run) => !/^[0-9a-fA-F]+$/.test(run))
    cache.looksLikeKey(kept)
    let keptLookups = 0
    for (const [i, run] of others.entries()) {
      cache.looksLikeKey(run)
      if (i % 5 === 0) {
        expect(cache.looksLikeKey(kept)).toBe(true)
        keptLookups++
      }
    }
    expect(cache.size).toBeLessThanOrEqual(20)
    // Every lookup of the kept run after the first was a hit; each other run was judged once.
    expect(cache.misses).toBe(1 + new Set(others).size)
    expect(cache.hits).toBe(keptLookups + others.length - new Set(others).size)
  })

  it('is what the detector uses (one shared instance)', () => {
    expect(keyShapeVerdicts).toBeInstanceOf(VerdictCache)
  })
})
