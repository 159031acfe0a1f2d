// Mentions searches a text in blocks, on first use, in whatever order the detector asks. Every answer must be
// the answer of one pass over the whole text (the reference below, built with the plain global regex), for
// any text and any order of questions: texts mix provider names, hosts and long runs of word characters (where
// a block cannot start a search cold), in blocks of 1,024 characters.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ALL_MENTIONS_SOURCE, PROVIDER_WORDS, type Provider } from '../../src/detect/keywords.js'
import { Mentions } from '../../src/detect/mentions.js'
import { checkProperty } from './check-property.js'

interface Mention {
  start: number
  provider: Provider
  prefixed: boolean
}

/** One pass over the whole text: every mention, and Mistral's hosts. */
function reference(text: string): { mentions: Mention[]; hosts: { start: number; provider: Provider }[] } {
  const regex = new RegExp(ALL_MENTIONS_SOURCE, 'gi')
  const mentions: Mention[] = []
  const hosts: { start: number; provider: Provider }[] = []
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const family = m[1]?.toLowerCase()
    let provider: Provider = family === undefined ? 'other' : family === 'codestral' ? 'codestral' : 'mistral'
    const afterCodestral = family === 'mistral' && /^codestral\.$/i.test(text.slice(m.index - 10, m.index))
    if (afterCodestral) provider = 'codestral'
    const host = family === 'mistral' && /^\.ai(?![a-z0-9_-]|\.[a-z0-9])/i.test(text.slice(m.index + 7))
    if (host && afterCodestral) hosts.push({ start: m.index - 10, provider: 'codestral' })
    else if (host && /^api\.$/i.test(text.slice(m.index - 4, m.index))) hosts.push({ start: m.index - 4, provider: 'mistral' })
    mentions.push({ start: m.index, provider, prefixed: m[2] !== undefined || m[4] !== undefined })
  }
  return { mentions, hosts }
}

function within(list: Mention[], from: number, to: number): Provider | null {
  const said = list.filter((m) => m.start >= from && m.start < to).map((m) => m.provider)
  if (said.includes('codestral')) return 'codestral'
  if (said.includes('mistral')) return 'mistral'
  return said.length > 0 ? 'other' : null
}

function nearest(list: Mention[], from: number, to: number, lower: number, upper: number): Provider | null {
  let best: Provider | null = null
  let bestDistance = Infinity
  for (const { start, provider } of list) {
    if (start < lower || start >= upper) continue
    const distance = start < from ? from - start : start >= to ? start - to : 0
    if (distance < bestDistance || (distance === bestDistance && best !== 'codestral' && provider !== 'other' && provider !== best)) {
      best = provider
      bestDistance = distance
    }
  }
  return best
}

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROVIDER_WORDS, 'api.mistral.ai', 'codestral.mistral.ai/v1', 'Mistral.AI') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\n', '.', '_', '-', '"', 'é') },
  // Word characters without a break: 0 to 3,000 of them, so some blocks hold no place to start cold.
  { weight: 1, arbitrary: fc.nat(3000).map((n) => 'Ab9_'.repeat(Math.ceil(n / 4)).slice(0, n)) },
  { weight: 2, arbitrary: fc.nat(1500).map((n) => 'lorem ipsum '.repeat(Math.ceil(n / 12)).slice(0, n)) },
)
const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''))
const question = fc.tuple(fc.constantFrom('within', 'nearest', 'family', 'host', 'prefixed'), fc.nat(), fc.nat(4000))

describe('Mentions', () => {
  it('answers as one pass over the whole text would, whatever it is asked first', () => {
    checkProperty(
      fc.property(text, fc.array(question, { minLength: 1, maxLength: 30 }), (sample, questions) => {
        const { mentions, hosts } = reference(sample)
        const lazy = new Mentions(sample)
        for (const [kind, at, span] of questions) {
          const from = at % (sample.length + 1)
          const to = from + span
          switch (kind) {
            case 'within':
              expect([kind, from, to, lazy.within(from, to)]).toEqual([kind, from, to, within(mentions, from, to)])
              break
            case 'nearest': {
              const lower = Math.max(0, from - span)
              const got = lazy.nearest(from, from + 32, lower, to + 32)
              expect([kind, from, got]).toEqual([kind, from, nearest(mentions, from, from + 32, lower, to + 32)])
              break
            }
            case 'family': {
              const expected = mentions.some((m) => m.provider !== 'other' && m.start >= from && m.start < to)
              expect([kind, from, to, lazy.hasFamilyWithin(from, to)]).toEqual([kind, from, to, expected])
              break
            }
            case 'host': {
              const found = hosts.filter((h) => h.start >= from && h.start < to).map((h) => h.provider)
              const expected = found.includes('codestral') ? 'codestral' : found.length > 0 ? 'mistral' : null
              expect([kind, from, to, lazy.hostWithin(from, to)]).toEqual([kind, from, to, expected])
              break
            }
            case 'prefixed': {
              const said = mentions.filter((m) => m.start >= from && m.start < to)
              const expected = said.length > 0 && said.every((m) => m.provider === 'other' && m.prefixed)
              expect([kind, from, to, lazy.onlyPrefixedWithin(from, to)]).toEqual([kind, from, to, expected])
              break
            }
          }
        }
      }),
      { numRuns: 400 },
    )
  })

  it('keeps a word that runs across a block edge whole, when the rest of it starts another word', () => {
    // One pass reads `gemini` then nothing; a search started inside it would read `ministral` instead.
    for (const compound of ['geministral', 'dashscopenai', 'serperplexity', 'chromagistral', 'predibaseten']) {
      for (const pad of [1010, 1016, 1018, 1020, 1021, 1022, 1023, 1024]) {
        for (const [before, filler] of [[' ', ' '], ['_', '_']]) {
          const sample = `${filler!.repeat(pad)}${before}${compound} `
          const { mentions } = reference(sample)
          // The positions from 1,000 on: nothing before them names a provider.
          const positions = Array.from({ length: sample.length - 1000 }, (_, i) => 1000 + i)
          const expected = positions.map((i) => within(mentions, i, i + 1))
          // Asked front to back, each block picks up where the one before left off; back to front, the block
          // after the edge is searched first, cold.
          const forward = new Mentions(sample)
          const backward = new Mentions(sample)
          const got = positions.map((i) => forward.within(i, i + 1))
          const gotBackward = [...positions].reverse().map((i) => backward.within(i, i + 1))
          expect([compound, pad, filler, got, gotBackward.reverse()]).toEqual([compound, pad, filler, expected, expected])
        }
      }
    }
  })

  it('reads codestral.mistral.ai as Codestral and api.mistral.ai as Mistral, across a block edge too', () => {
    for (const pad of [0, 1000, 1014, 1017, 1020, 1024, 1030]) {
      const codestral = `${' '.repeat(pad)}url = "https://codestral.mistral.ai/v1"`
      const at = codestral.indexOf('codestral')
      expect(new Mentions(codestral).hostWithin(at, at + 1)).toBe('codestral')
      expect(new Mentions(codestral).within(at + 10, at + 11)).toBe('codestral')
      const api = `${'x'.repeat(pad)} url = "https://api.mistral.ai/v1"`
      const apiAt = api.indexOf('api.')
      expect(new Mentions(api).hostWithin(apiAt, apiAt + 1)).toBe('mistral')
    }
  })
})
