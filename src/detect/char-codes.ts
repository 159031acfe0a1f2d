// ASCII character classes by char code, for the hot loops that read text one code at a time.

export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90
}

export function isLower(code: number): boolean {
  return code >= 97 && code <= 122
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
