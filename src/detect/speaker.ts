// Who speaks on a chat line: `[10:43] alice: …`, `alice: …`. A speaker's name is not a label: the value after it
// is as bare as a value alone on its line, so the lines above (`alice: can you try with my mistral key?`) speak
// for it. A YAML key (`redis: …`) looks the same, so a name counts as a speaker only with a chat's marks: a
// timestamp before it, or the same name opening a line of prose nearby (YAML does not repeat a key).

/** Optional indentation and timestamp (`[10:43]`, `10:43:12`, `(2024-05-01 10:43 PM)`), then `name: `. */
const SPEAKER =
  /[ \t]*(?:([[(]?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[\])]?)[ \t]+)?@?([a-z][a-z0-9]{1,19}|[A-Z][a-z0-9]{1,19}):[ \t]+/y
/** How far a speaker prefix may reach into its line. */
const PREFIX_REACH = 64
/** How many lines either side may repeat the speaker. */
const NEAR_LINES = 4
const NEAR_CHARS = 1200
/** A line of prose: at least this many words after the speaker. */
const PROSE_WORDS = 3

export interface Speaker {
  /** The name, as written, and where it sits. */
  name: string
  nameFrom: number
  nameTo: number
  /** Where what the speaker says begins. */
  end: number
  timestamped: boolean
}

/** The speaker opening the line at `lineStart`, if its prefix ends by `limit`. */
export function speakerAt(text: string, lineStart: number, limit: number): Speaker | null {
  SPEAKER.lastIndex = lineStart
  // Sticky and bounded: only the line's first few characters are read.
  const match = SPEAKER.exec(text)
  if (match === null || match[0].length > PREFIX_REACH) return null
  const end = lineStart + match[0].length
  if (end > limit) return null
  const name = match[2]!
  const nameTo = lineStart + match[0].lastIndexOf(':')
  return { name, nameFrom: nameTo - name.length, nameTo, end, timestamped: match[1] !== undefined }
}

/** Whether the same speaker opens a line of prose within a few lines of the one at `lineStart`. */
export function speaksNearby(text: string, lineStart: number, name: string): boolean {
  // Above.
  let end = lineStart - 1
  for (let n = 0; n < NEAR_LINES && end > 0 && lineStart - end < NEAR_CHARS; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    if (isProseBy(text, start, end, name)) return true
    end = start - 1
  }
  // Below.
  let start = text.indexOf('\n', lineStart)
  for (let n = 0; n < NEAR_LINES && start >= 0 && start - lineStart < NEAR_CHARS; n++) {
    start++
    const lineEnd = text.indexOf('\n', start)
    if (isProseBy(text, start, lineEnd < 0 ? text.length : lineEnd, name)) return true
    start = lineEnd
  }
  return false
}

function isProseBy(text: string, start: number, end: number, name: string): boolean {
  const speaker = speakerAt(text, start, end)
  if (speaker === null || speaker.name !== name) return false
  const said = text.slice(speaker.end, Math.min(end, speaker.end + 200)).trim()
  return said.split(/\s+/).length >= PROSE_WORDS
}
