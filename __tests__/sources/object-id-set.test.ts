import { createHash } from 'node:crypto'
import { ObjectIdSet } from '../../src/git/object-id-set.js'

const sha1 = (n: number) => createHash('sha1').update(String(n)).digest('hex')
const sha256 = (n: number) => createHash('sha256').update(String(n)).digest('hex')

describe('ObjectIdSet', () => {
  it('adds each id once and finds it again, through many grows', () => {
    const set = new ObjectIdSet()
    for (let i = 0; i < 20_000; i++) expect(set.add(sha1(i))).toBe(true)
    for (let i = 0; i < 20_000; i += 7) expect(set.add(sha1(i))).toBe(false)
    expect(set.size).toBe(20_000)
    for (let i = 0; i < 20_000; i += 13) expect(set.has(sha1(i))).toBe(true)
    for (let i = 20_000; i < 20_100; i++) expect(set.has(sha1(i))).toBe(false)
    expect(set.has(sha1(5).toUpperCase())).toBe(true)
    expect(set.has('not an id')).toBe(false)
  })

  it('takes SHA-256 ids, and refuses what is not an id', () => {
    const set = new ObjectIdSet()
    expect(set.add(sha256(1))).toBe(true)
    expect(set.has(sha256(1))).toBe(true)
    expect(set.has(sha256(2))).toBe(false)
    expect(() => set.add('z'.repeat(64))).toThrow(/Not an object id/)
    expect(() => new ObjectIdSet().add('abc')).toThrow(/Not an object id length/)
  })
})

describe('ObjectIdSet on bytes', () => {
  it('adds and finds hex ids read in place from a buffer, the same set as from strings', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => sha1(i))
    const bytes = Buffer.from(ids.map((id) => `x ${id}\n`).join(''), 'latin1')
    const set = new ObjectIdSet()
    ids.forEach((_, i) => expect(set.addBytes(bytes, i * 43 + 2, 40)).toBe(true))
    expect(set.addBytes(bytes, 2, 40)).toBe(false)
    expect(set.size).toBe(3000)
    for (let i = 0; i < 3000; i += 11) {
      expect(set.has(ids[i]!)).toBe(true)
      expect(set.hasBytes(bytes, i * 43 + 2, 40)).toBe(true)
    }
    expect(set.hasBytes(Buffer.from(sha1(99_999), 'latin1'), 0, 40)).toBe(false)
    expect(set.hasBytes(Buffer.from(sha256(1), 'latin1'), 0, 64)).toBe(false)
    // Cut short, or not hex: never a hit, and never added.
    expect(set.hasBytes(bytes, bytes.length - 10, 40)).toBe(false)
    expect(() => set.addBytes(Buffer.from('g'.repeat(40)), 0, 40)).toThrow(/Not an object id/)
  })
})
