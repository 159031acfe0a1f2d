import { fingerprint } from '../../src/detect/fingerprint.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'

describe('fingerprint', () => {
  const key = fakeKey(1)

  it('is 64 lowercase hex characters', () => {
    expect(fingerprint('mistral-api-key', 'app/.env', key)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is stable for the same rule, file and key (lines moving do not matter)', () => {
    expect(fingerprint('mistral-api-key', 'app/.env', key)).toBe(fingerprint('mistral-api-key', 'app/.env', key))
  })

  it('changes with the rule, the file or the key', () => {
    const base = fingerprint('mistral-api-key', 'app/.env', key)
    expect(fingerprint('codestral-api-key', 'app/.env', key)).not.toBe(base)
    expect(fingerprint('mistral-api-key', 'app/.env.local', key)).not.toBe(base)
    expect(fingerprint('mistral-api-key', 'app/.env', fakeKey(2))).not.toBe(base)
  })

  it('separates its fields, so shifting characters between them changes the hash', () => {
    expect(fingerprint('a', 'bc', key)).not.toBe(fingerprint('ab', 'c', key))
  })

  it('reveals nothing of the key', () => {
    expectNoKey(fingerprint('mistral-api-key', 'x', key), [key], 'fingerprint')
  })

  it('handles paths with spaces, newlines and non-ASCII characters', () => {
    expect(fingerprint('mistral-api-key', 'dir with space/é\nfile.env', key)).toMatch(/^[0-9a-f]{64}$/)
  })
})
