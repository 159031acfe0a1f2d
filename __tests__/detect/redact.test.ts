import { redact } from '../../src/detect/redact.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'

describe('redact', () => {
  it('shows the first four characters and the length', () => {
    const key = fakeKey(3)
    expect(redact(key)).toBe(`${key.slice(0, 4)}…(32)`)
  })

  it('never shows more than four characters of the key', () => {
    for (let seed = 0; seed < 50; seed++) {
      const key = fakeKey(seed)
      const redacted = redact(key)
      expectNoKey(redacted, [key], 'redacted')
      expect(redacted.replace(/…\(\d+\)$/, '')).toHaveLength(4)
    }
  })

  it('shows no characters of a short value', () => {
    expect(redact('abcdefgh')).toBe('…(8)')
    expect(redact('')).toBe('…(0)')
  })
})
