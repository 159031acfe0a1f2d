// The hex test the detector applies to a run first, and the diff parser to the bytes of added lines: the two
// must agree, or the parser could drop a run the detector would judge.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isHexBytes, isHexWithin } from '../../src/detect/hex.js'
import { checkProperty } from './check-property.js'

describe('isHexBytes / isHexWithin', () => {
  it('give the same answer on bytes and on their text (2 000 samples)', () => {
    const unit = fc.constantFrom(...'0123456789abcdefABCDEFgGzZ-_ é\u00ff'.split(''))
    checkProperty(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const bytes = Buffer.from(text, 'utf8')
        expect(isHexBytes(bytes, 0, bytes.length)).toBe(isHexWithin(bytes.toString('latin1'), 0, bytes.length))
      }),
      { numRuns: 2000 },
    )
  })

  it('takes digests and UUIDs without dashes, nothing else', () => {
    const hex = (text: string) => isHexBytes(Buffer.from(text), 0, text.length)
    expect(hex('0123456789abcdefABCDEF0123456789')).toBe(true)
    expect(hex('0123456789abcdefABCDEF012345678g')).toBe(false)
    expect(isHexWithin('xx00ffxx', 2, 6)).toBe(true)
    expect(isHexWithin('é0', 0, 2)).toBe(false)
  })
})
