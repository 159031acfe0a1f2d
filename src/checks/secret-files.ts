// Which file names hold secrets by convention. Templates that document variables without values are fine.

/** `.env.example`, `.env.production.sample`, `.env.template`, `.env.dist`: meant to be committed. */
const TEMPLATE_SUFFIX = /\.(example|sample|template|dist)$/

/** Why `file` is a secret file by its name, or null. `.envrc` (direnv) is not an env file. */
export function secretFileKind(file: string): string | null {
  const segments = file.split('/')
  const base = segments[segments.length - 1]
  if (/^\.env(\..+)?$/.test(base)) return TEMPLATE_SUFFIX.test(base) ? null : 'env file'
  if (base.endsWith('.pem')) return 'PEM file'
  if (base.endsWith('.key')) return 'key file'
  if (segments.slice(0, -1).includes('secrets')) return 'in a secrets/ folder'
  return null
}

/** An env file meant as a template: `.env.example`, `app.env.sample`, `env.template`. */
export function isEnvTemplateName(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1)
  return /^(.*\.)?env(\..+)?\.(example|sample|template)$/.test(base)
}
