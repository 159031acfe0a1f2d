// LineCounter answers "which line holds this position" for ascending positions; firstLineMatching finds the
// first line on which a pattern matches within the line, searching the whole text once.
import { describe, expect, it } from '@jest/globals'
import { LineCounter } from '../../src/checks/line-counter.js'
import { firstLineMatching } from '../../src/checks/startup-validation.js'

describe('LineCounter', () => {
  it('gives each position its line: start, end (the newline) and 1-based number', () => {
    const text = 'ab\n\ncd\r\nef'
    const lines = new LineCounter(text)
    expect(lines.lineAt(0)).toEqual({ start: 0, end: 2, number: 1 })
    expect(lines.lineAt(2)).toEqual({ start: 0, end: 2, number: 1 })
    expect(lines.lineAt(3)).toEqual({ start: 3, end: 3, number: 2 })
    expect(lines.lineAt(5)).toEqual({ start: 4, end: 7, number: 3 })
    expect(lines.lineAt(9)).toEqual({ start: 8, end: 10, number: 4 })
    expect(lines.lineAt(10)).toEqual({ start: 8, end: 10, number: 4 })
    expect(() => lines.lineAt(1)).toThrow(/before line 4/)
  })

  it('reads a text without newlines as one line', () => {
    expect(new LineCounter('').lineAt(0)).toEqual({ start: 0, end: 0, number: 1 })
    expect(new LineCounter('x'.repeat(50)).lineAt(49)).toEqual({ start: 0, end: 50, number: 1 })
  })
})

describe('firstLineMatching', () => {
  const reads = /getenv\s*\(\s*['"]KEY['"]/

  it('finds the first line that holds a match', () => {
    expect(firstLineMatching('a\nb\nx = getenv("KEY")\ngetenv("KEY")', reads)).toBe(3)
    expect(firstLineMatching('getenv ( "KEY"', reads)).toBe(1)
    expect(firstLineMatching('nothing here', reads)).toBeNull()
  })

  it('does not count a match that runs over a line break, and still finds a later one within a line', () => {
    expect(firstLineMatching('getenv(\n"KEY")', reads)).toBeNull()
    expect(firstLineMatching('getenv(\n"KEY")\nok\ny = getenv("KEY")', reads)).toBe(4)
  })
})
