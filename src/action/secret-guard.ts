// The last line of defence: every text the action sends anywhere (log, annotation, comment, summary,
// output, file, API body) passes through here, and a text holding a key stops the run instead of leaving.
export class SecretLeakError extends Error {
  constructor(where: string) {
    super(`refusing to write ${where}: it contains a leaked key (a bug in mistral-guard; please report it).`)
    this.name = 'SecretLeakError'
  }
}

export class SecretGuard {
  private readonly secrets: string[]

  constructor(secrets: Iterable<string>) {
    this.secrets = [...new Set(secrets)].filter((secret) => secret.length >= 8)
  }

  /** Throws SecretLeakError when `text` holds any key; returns it unchanged otherwise. */
  check(text: string, where: string): string {
    for (const secret of this.secrets) if (text.includes(secret)) throw new SecretLeakError(where)
    return text
  }
}
