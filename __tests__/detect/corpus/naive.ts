// The peer baseline to compare with: trufflehog PR #4953's pattern, "mistral" then, within 40 characters,
// a 32-character alphanumeric token on word boundaries:  (?i:mistral)(?:.|[\n\r]){0,40}?\b([A-Za-z0-9]{32})\b

const NAIVE = /mistral[\s\S]{0,40}?\b([A-Za-z0-9]{32})\b/gi

export function naiveDetect(text: string): { secret: string }[] {
  const found: { secret: string }[] = []
  for (const match of text.matchAll(NAIVE)) found.push({ secret: match[1]! })
  return found
}
