// PLACEHOLDER (the detect helper replaces this): finds 32-character alphanumeric tokens on lines that mention Mistral.
import type { Match } from './match.js'

export function detect(text: string): Match[] {
  const matches: Match[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (!/mistral/i.test(line)) return
    for (const m of line.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g)) {
      matches.push({ ruleId: 'mistral-api-key', line: index + 1, column: (m.index ?? 0) + 1, secret: m[0] })
    }
  })
  return matches
}
