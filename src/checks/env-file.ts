// Reads dotenv files the way dotenv does, well enough to know what a template declares: `KEY=value`,
// `export KEY=value`, quoted values, trailing ` # comments`, CRLF line ends.

export interface EnvEntry {
  name: string
  /** Unquoted, trimmed; '' when declared without a value. */
  value: string
  /** 1-based. */
  line: number
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/

/** The declarations of a dotenv file, first one wins for a name declared twice (dotenv's rule). */
export function parseEnvFile(text: string): Map<string, EnvEntry> {
  const entries = new Map<string, EnvEntry>()
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (/^\s*(#|$)/.test(line)) return
    const match = ASSIGNMENT.exec(line)
    if (!match || entries.has(match[1])) return
    entries.set(match[1], { name: match[1], value: unquote(match[2]), line: index + 1 })
  })
  return entries
}

function unquote(raw: string): string {
  const value = raw.trim()
  const quote = value[0]
  if (quote === '"' || quote === "'" || quote === '`') {
    const end = value.indexOf(quote, 1)
    if (end > 0) return value.slice(1, end)
  }
  // An unquoted value ends where a comment starts (a # after whitespace).
  const comment = value.search(/\s#/)
  return (comment >= 0 ? value.slice(0, comment) : value).trim()
}
