// The line around a position of a text, for visitors that search the whole text and look at the lines of
// their hits only: splitting every file into lines costs far more than the few lines that matter.

export interface TextLine {
  /** Offset of the line's first character. */
  start: number
  /** Offset of its `\n` (the text's length for the last line): the line is text[start, end). */
  end: number
  /** 1-based. */
  number: number
}

/** Answers for positions in ascending order, counting newlines once across all of them. */
export class LineCounter {
  private start = 0
  private number = 1
  private end: number

  constructor(private readonly text: string) {
    this.end = this.newlineFrom(0)
  }

  /** The line holding `position`; positions must not go back. */
  lineAt(position: number): TextLine {
    if (position < this.start) throw new Error(`LineCounter: position ${position} is before line ${this.number}`)
    while (this.end < position) {
      this.start = this.end + 1
      this.number++
      this.end = this.newlineFrom(this.start)
    }
    return { start: this.start, end: this.end, number: this.number }
  }

  private newlineFrom(from: number): number {
    const at = this.text.indexOf('\n', from)
    return at < 0 ? this.text.length : at
  }
}
