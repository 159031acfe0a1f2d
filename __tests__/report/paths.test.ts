import fc from 'fast-check'
import { encodePath, escapeUnsafe, quotePath, wellFormed } from '../../src/report/paths.js'

describe('paths', () => {
  test('quotePath leaves ordinary names alone, spaces and non-ASCII included', () => {
    for (const name of ['src/a.ts', 'dir with space/x y.env', 'ünïcödé/日本語.py', "it's.ts"]) expect(quotePath(name)).toBe(name)
  })

  test('quotePath quotes names with quotes, backslashes or control characters, git style', () => {
    expect(quotePath('a"b')).toBe('"a\\"b"')
    expect(quotePath('a\\b')).toBe('"a\\\\b"')
    expect(quotePath('new\nline')).toBe('"new\\nline"')
    expect(quotePath('tab\there')).toBe('"tab\\there"')
    expect(quotePath('esc\x1b[0m')).toBe('"esc\\x1b[0m"')
    expect(quotePath('rtl\u202etxt.exe')).toBe('"rtl\\u202etxt.exe"')
    expect(quotePath('lone\uD800')).toBe('"lone\\ud800"')
  })

  test('quotePath never lets a control character through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        expect(quotePath(name)).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/)
      }),
    )
  })

  test('encodePath round-trips through decodeURIComponent and leaves nothing a URI reference forbids (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (name) => {
        const encoded = encodePath(name)
        expect(encoded).toMatch(/^[A-Za-z0-9\-._~%/]*$/)
        expect(encoded.split('/').map(decodeURIComponent).join('/')).toBe(name)
      }),
    )
  })

  test('encodePath survives lone surrogates, which encodeURIComponent throws on', () => {
    expect(encodePath('bad\uDC00name')).toBe('bad%EF%BF%BDname')
    expect(wellFormed('ok\uD83D\uDE00')).toBe('ok\uD83D\uDE00')
  })

  test('escapeUnsafe shows control characters and keeps the rest', () => {
    expect(escapeUnsafe('a\r\nb\x00c\x7f')).toBe('a\\r\\nb\\x00c\\x7f')
    expect(escapeUnsafe('Zoë 日本')).toBe('Zoë 日本')
  })
})
