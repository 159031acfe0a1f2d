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
