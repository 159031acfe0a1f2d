// Big files are read in overlapping windows: the keys found, their lines and columns must be exactly what
// one pass over the whole text finds, wherever the windows and the chunks fall. Small windows here, so that
// a few hundred KB of text cross many window edges.
import { detect } from '../../src/detect/detector.js'
import type { Match } from '../../src/detect/match.js'
import { StreamDecoder, decodeBytes } from '../../src/sources/decode.js'
import {
  StreamedDetection,
  StreamedSearch,
  TextWindows,
  type TextWindow,
  type WindowOptions,
} from '../../src/sources/text-windows.js'
import { fakeKey } from '../helpers/keys.js'
import { namer } from './collect.js'

const SMALL: WindowOptions = { windowChars: 40_000, marginChars: 4_000 }

/** Feeds bytes in pieces of varying size (1 byte up to ~70 KB), as pipes and file reads cut them. */
function feed(bytes: Buffer, write: (chunk: Buffer) => void): void {
  const sizes = [1, 7, 4096, 65536, 3, 70_001, 999]
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!
    write(bytes.subarray(at, at + size))
    at += size
  }
}

function streamed(bytes: Buffer, options = SMALL): Match[] {
  const detection = new StreamedDetection(detect, options)
  feed(bytes, (chunk) => detection.write(chunk))
  const result = detection.end()
  expect(result.binary).toBe(false)
  expect(result.bytes).toBe(bytes.length)
  return result.matches
}

function whole(bytes: Buffer): Match[] {
  const decoded = decodeBytes(bytes)
  if (decoded.binary) throw new Error('binary')
  return detect(decoded.text)
}

/** Matches as `line:column name rule`, never with the key itself. */
function shown(matches: Match[], keys: Record<string, string>): string[] {
  const name = namer(keys)
  return matches.map((match) => `${match.line}:${match.column} ${name(match.secret)} ${match.ruleId}`)
}

/** Lines of filler with keys in Mistral context spread through them, some lines long, some with non-ASCII text. */
function manyLines(keys: Record<string, string>): string {
  const parts: string[] = []
  const names = Object.keys(keys)
  for (let i = 0; i < 6000; i++) {
    if (i % 500 === 250) parts.push(`MISTRAL_API_KEY=${keys[names[(i / 500) | 0]!]}`)
    else if (i % 97 === 0) parts.push(`// été ${'ü'.repeat(i % 50)} 🙂 ${'x'.repeat(i % 3000)}`)
    else parts.push(`const value${i} = compute(${i}, "plain text that is not a key")`)
  }
  // CRLF and LF mixed, as real files are.
  return parts.map((part, i) => part + (i % 2 === 0 ? '\r\n' : '\n')).join('')
}

describe('windows over a big text', () => {
  const keys: Record<string, string> = {}
  for (let i = 0; i < 12; i++) keys[`k${i}`] = fakeKey(900 + i)

  it('finds every key of a many-line text at the line and column a whole pass finds', () => {
    const bytes = Buffer.from(manyLines(keys), 'utf8')
    const expected = shown(whole(bytes), keys)
    expect(expected).toHaveLength(12)
    expect(shown(streamed(bytes), keys)).toEqual(expected)
  })

  it('finds keys in one line much longer than a window, at their exact columns', () => {
    const filler = 'var a=function(b){return b+1};'.repeat(3000)
    const line = [0, 1, 2, 3].map((i) => `${filler}const client=new Mistral({apiKey:"${keys[`k${i}`]}"});`).join('')
    const bytes = Buffer.from(`first line\n${line}${filler}\nlast line\n`, 'utf8')
    const expected = shown(whole(bytes), keys)
    expect(expected).toHaveLength(4)
    expect(expected[0]).toMatch(/^2:/)
    expect(shown(streamed(bytes), keys)).toEqual(expected)
  })

  it('counts columns in UTF-16 code units across windows, and reads UTF-16 files', () => {
    const text = [
      `${'é🙂'.repeat(30_000)}mistral_api_key = "${keys.k5}"`,
      'ü'.repeat(50_000),
      `MISTRAL_API_KEY=${keys.k6}`,
      '',
    ].join('\n')
    const utf8 = Buffer.from(text, 'utf8')
    const expected = shown(whole(utf8), keys)
    expect(expected).toHaveLength(2)
    expect(shown(streamed(utf8), keys)).toEqual(expected)
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(shown(streamed(utf16le), keys)).toEqual(expected)
    const utf16be = Buffer.from(utf16le)
    utf16be.swap16()
    expect(shown(streamed(utf16be), keys)).toEqual(expected)
  })

  it('with added lines, finds in windows exactly the whole pass filtered to those lines', () => {
    const bytes = Buffer.from(manyLines(keys), 'utf8')
    const all = whole(bytes)
    // Every other key's line, plus lines with no key: the others must not be reported.
    const lines = new Set([...all.filter((_, i) => i % 2 === 0).map((match) => match.line), 1, 2, 777, 5999])
    const detection = new StreamedDetection(detect, { ...SMALL, lines })
    feed(bytes, (chunk) => detection.write(chunk))
    const found = detection.end().matches
    const expected = shown(all.filter((match) => lines.has(match.line)), keys)
    expect(expected).toHaveLength(6)
    expect(shown(found, keys)).toEqual(expected)
  })

  it('keeps windows about windowChars long when the text comes in chunks many windows big, same findings', () => {
    const bytes = Buffer.from(manyLines(keys), 'utf8')
    const lengths: number[] = []
    const detection = new StreamedDetection((text) => {
      lengths.push(text.length)
      return detect(text)
    }, SMALL)
    // Two chunks, each several windows long, as a 4 MB read of git's output hands them over.
    const half = Math.floor(bytes.length / 2)
    detection.write(bytes.subarray(0, half))
    detection.write(bytes.subarray(half))
    const found = detection.end().matches
    expect(bytes.length).toBeGreaterThan(8 * SMALL.windowChars!)
    // A piece of windowChars bytes may decode to fewer characters (UTF-8), so a window may take two.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2 * SMALL.windowChars! + 2 * SMALL.marginChars!)
    expect(lengths.length).toBeGreaterThan(8)
    expect(shown(found, keys)).toEqual(shown(whole(bytes), keys))
  })

  it('gives the same answer as a whole pass when the text fits in one window', () => {
    const bytes = Buffer.from(`client:\n  provider: mistral\n  api_key: ${keys.k7}\n`)
    expect(shown(streamed(bytes, {}), keys)).toEqual(shown(whole(bytes), keys))
    expect(shown(streamed(bytes, {}), keys)).toHaveLength(1)
  })

  it('calls a file binary from its first bytes and stops decoding', () => {
    const detection = new StreamedDetection(detect, SMALL)
    detection.write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 0]))
    detection.write(Buffer.alloc(10_000, 0))
    expect(detection.binary).toBe(true)
    expect(detection.end()).toEqual({ binary: true, bytes: 10_012, matches: [] })
  })

  it('tiles the text: owned stretches cover it once, and each window knows its line and column', () => {
    const text = manyLines(keys)
    const windows: TextWindow[] = []
    const cutter = new TextWindows((window) => windows.push(window), SMALL)
    const decoder = new StreamDecoder((piece) => cutter.push(piece))
    feed(Buffer.from(text, 'utf8'), (chunk) => decoder.write(chunk))
    decoder.end()
    cutter.end()
    expect(windows.length).toBeGreaterThan(5)
    let owned = 0
    for (const window of windows) {
      expect(window.ownedFrom).toBe(owned)
      expect(window.ownedTo).toBeGreaterThan(window.ownedFrom)
      expect(text.slice(window.start, window.start + window.text.length)).toBe(window.text)
      const before = text.slice(0, window.start)
      const lastNewline = before.lastIndexOf('\n')
      expect({ line: window.line, column: window.column }).toEqual({
        line: before.split('\n').length,
        column: window.start - (lastNewline + 1),
      })
      owned = window.ownedTo
    }
    expect(owned).toBe(text.length)
  })

  it('searches a streamed text for keys, also across window edges', () => {
    const text = manyLines(keys)
    const search = new StreamedSearch([keys.k0!, keys.k11!, fakeKey(999)], SMALL)
    feed(Buffer.from(text, 'utf8'), (chunk) => search.write(chunk))
    const name = namer({ ...keys, absent: fakeKey(999) })
    expect([...search.end()].map(name).sort()).toEqual(['k0', 'k11'])
  })
})
