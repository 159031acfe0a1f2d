import { decodeBytes, isPlainBytes, StreamDecoder } from '../../src/sources/decode.js'

describe('decodeBytes', () => {
  it('reads UTF-8 and keeps CRLF', () => {
    expect(decodeBytes(Buffer.from('a\r\nb\r\n'))).toEqual({ binary: false, text: 'a\r\nb\r\n' })
  })

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(Buffer.from('\ufeffhello'))).toEqual({ binary: false, text: 'hello' })
  })

  it('replaces invalid UTF-8 instead of failing', () => {
    const decoded = decodeBytes(Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3]))
    expect(decoded).toEqual({ binary: false, text: 'a\ufffd\ufffdb\ufffd' })
  })

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('mistral = 1\n', 'utf16le')])
    const be = Buffer.from(le.subarray(2))
    be.swap16()
    expect(decodeBytes(le)).toEqual({ binary: false, text: 'mistral = 1\n' })
    const withBom = Buffer.concat([Buffer.from([0xfe, 0xff]), be])
    expect(decodeBytes(withBom)).toEqual({ binary: false, text: 'mistral = 1\n' })
  })

  it('decodes UTF-16 LE written without a BOM', () => {
    expect(decodeBytes(Buffer.from('MISTRAL_API_KEY=abc\r\n', 'utf16le'))).toEqual({
      binary: false,
      text: 'MISTRAL_API_KEY=abc\r\n',
    })
  })

  it('calls a file with a NUL in its first 8000 bytes binary', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0x00, 0x00]))).toEqual({
      binary: true,
    })
    const late = Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])])
    expect(decodeBytes(late).binary).toBe(false)
  })

  it('survives empty and odd-length input', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ binary: false, text: '' })
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x61]))).toEqual({ binary: false, text: '' })
  })
})

describe('isPlainBytes', () => {
  it('is true for 8-bit text without a BOM, whose ASCII words a latin1 copy keeps', () => {
    const bytes = Buffer.from('é Mistral ü\n')
    expect(isPlainBytes(bytes)).toBe(true)
    expect(bytes.toString('latin1')).toContain('Mistral')
    expect(isPlainBytes(Buffer.from('\ufeffx'))).toBe(false)
    expect(isPlainBytes(Buffer.from('a\0b'))).toBe(false)
    expect(isPlainBytes(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe(false)
  })
})

describe('StreamDecoder', () => {
  /** The text of `bytes` fed in the given chunk sizes (cycled). */
  function streamed(bytes: Buffer, sizes: number[]): string {
    const pieces: string[] = []
    const decoder = new StreamDecoder((piece) => pieces.push(piece))
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length]!
      decoder.write(bytes.subarray(at, at + size))
      at += size
    }
    decoder.end()
    return pieces.join('')
  }

  it('gives the text decodeBytes gives, for ASCII and UTF-8 chunks cut anywhere (ASCII chunks take a shortcut)', () => {
    // Long ASCII stretches (the shortcut) between multi-byte characters, broken sequences and a lone lead byte.
    const parts = ['mistral = 1\n'.repeat(700), 'é', 'x'.repeat(300), '日本', '🙂', 'tail\n'.repeat(600)]
    const valid = Buffer.from(parts.join(''), 'utf8')
    const broken = Buffer.concat([valid.subarray(0, 9000), Buffer.from([0xe6, 0x97]), valid.subarray(9000), Buffer.from([0xf0])])
    for (const bytes of [valid, broken]) {
      const expected = (decodeBytes(bytes) as { text: string }).text
      for (const sizes of [[1], [2], [3], [4095, 1, 2, 3], [4096], [5000, 7], [bytes.length]]) {
        expect(streamed(bytes, sizes)).toBe(expected)
      }
    }
  })
})
