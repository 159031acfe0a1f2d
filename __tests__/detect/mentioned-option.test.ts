// detect(text, { mentioned: true }) skips the whole-text keyword test a source has already run on the bytes.
// The answer must not change, and a source may claim it only for a text that does name Mistral.
import fc from 'fast-check'
import { detect } from '../../src/detect/detector.js'
import { mentionsMistral, mentionsMistralBytes } from '../../src/detect/keywords.js'
import { silentLogger } from '../../src/log.js'
import { diffSource } from '../../src/sources/diff.js'
import { emptyStats, type Fragment } from '../../src/sources/fragment.js'
import type { Detector, Source } from '../../src/sources/source.js'
import { stagedSource } from '../../src/sources/staged.js'
import { treeSource } from '../../src/sources/tree.js'
import { fakeKey } from '../helpers/keys.js'
import { makeRepo } from '../helpers/repo.js'
import { checkProperty } from './check-property.js'

const keys = Array.from({ length: 8 }, (_, i) => fakeKey(9300 + i))
const piece = fc.oneof(
  fc.constantFrom(...keys),
  fc.constantFrom('\n', ' ', '"', '=', ': ', 'MISTRAL_API_KEY=', 'api_key = "', 'mistral:\n', 'openai:\n', 'Codestral'),
  fc.constantFrom('client = Mistral(api_key=', 'https://api.mistral.ai/v1', '# mistral-guard:allow', 'x = 1\n'),
)
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))

describe('detect with `mentioned`', () => {
  it('gives the same matches as without it, for every text that names Mistral (2 000 texts)', () => {
    let named = 0
    let found = 0
    checkProperty(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }), (input, picked) => {
        if (!mentionsMistral(input)) return
        named++
        const full = detect(input)
        found += full.length
        expect(detect(input, { mentioned: true })).toEqual(full)
        const lines = new Set(picked)
        expect(detect(input, { lines, mentioned: true })).toEqual(detect(input, { lines }))
      }),
      { numRuns: 2000 },
    )
    // Floors far below what any seed gives (20 seeds: 1,416–1,479 such texts, 248–333 findings): the generator
    // must keep making texts that hold findings.
    expect(named).toBeGreaterThan(300)
    expect(found).toBeGreaterThan(100)
  })

  it('is claimed by the tree, staged and diff sources only for texts that name Mistral', async () => {
    const repo = makeRepo()
    try {
      repo.write('README.md', '# notes\n')
      repo.write('.env', 'A=1\n')
      repo.commit('base')
      repo.git('checkout', '-q', '-b', 'pr')
      repo.write('.env', `A=1\nMISTRAL_API_KEY=${keys[0]}\n`)
      repo.write('app.py', `client = Mistral(api_key="${keys[1]}")\n`)
      // Bytes the byte test cannot read (UTF-16 with its mark): decoded first, never claimed.
      repo.write('notes-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`mistral ${keys[2]}\n`, 'utf16le')]))
      repo.write('plain.txt', `trace ${keys[3]}\n`)
      repo.commit('keys')
      repo.write('staged.env', `MISTRAL_API_KEY=${keys[4]}\n`)
      repo.git('add', 'staged.env')
      const detector: Detector = { mentions: mentionsMistral, mentionsBytes: mentionsMistralBytes, detect }
      const fragmentsOf = async (source: Source): Promise<Fragment[]> => {
        const fragments: Fragment[] = []
        const context = { root: repo.dir, stats: emptyStats(), log: silentLogger, detector }
        for await (const fragment of source(context)) fragments.push(fragment)
        return fragments
      }
      for (const source of [treeSource, stagedSource, diffSource({ base: 'main', head: 'pr' })]) {
        const fragments = await fragmentsOf(source)
        const claimed = fragments.filter((fragment) => fragment.mentioned)
        expect(claimed.length).toBeGreaterThan(0)
        for (const fragment of claimed) expect([fragment.file, mentionsMistral(fragment.text)]).toEqual([fragment.file, true])
        const utf16 = fragments.find((fragment) => fragment.file === 'notes-utf16.txt')
        if (utf16) expect(utf16.mentioned).toBeFalsy()
      }
    } finally {
      repo.remove()
    }
  })
})
