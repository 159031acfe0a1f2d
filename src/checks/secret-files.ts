// Which file names hold secrets by convention. Templates that document variables without values are fine.

/** `.env.example`, `.env.production.sample`, `.env.template`, `.env.dist`: meant to be committed. */
const TEMPLATE_SUFFIX = /\.(example|sample|template|dist)$/

/** Why `file` is a secret file by its name, or null. `.envrc` (direnv) is not an env file. */
export function secretFileKind(file: string): string | null {
  // Asked of every path of a repository: no array of segments, and each test only where it can hold.
  const base = file.slice(file.lastIndexOf('/') + 1)
  if (base.startsWith('.env') && /^\.env(\..+)?$/.test(base)) return TEMPLATE_SUFFIX.test(base) ? null : 'env file'
  if (base.endsWith('.pem')) return 'PEM file'
  if (base.endsWith('.key')) return 'key file'
  // A folder named `secrets` anywhere above the file.
  if (file.startsWith('secrets/') || file.includes('/secrets/')) return 'in a secrets/ folder'
  return null
}

/** An env file meant as a template: `.env.example`, `app.env.sample`, `env.template`. */
export function isEnvTemplateName(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1)
  return /^(.*\.)?env(\..+)?\.(example|sample|template)$/.test(base)
}
