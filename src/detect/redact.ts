// The only form of a key that may leave the engine: its first four characters and its length, `AbCd…(32)`.
// Short values (which are never keys) show no characters at all, so a redaction never reveals half a secret.

const SHOWN = 4
const MIN_LENGTH_TO_SHOW = 16

export function redact(secret: string): string {
  const shown = secret.length >= MIN_LENGTH_TO_SHOW ? secret.slice(0, SHOWN) : ''
  return `${shown}…(${secret.length})`
}
