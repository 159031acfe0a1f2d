// Which files are program source, for the checks that read code (start-up validation, key logging).

const SOURCE_EXTENSIONS = new Set([
  'ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs', 'vue', 'svelte',
  'py', 'go', 'rb', 'java', 'kt', 'kts', 'scala', 'rs', 'php', 'cs', 'swift', 'dart', 'ex', 'exs',
  'sh', 'bash', 'zsh',
])

export function isSourceFile(file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 && SOURCE_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())
}

export function isShellFile(file: string): boolean {
  return /\.(sh|bash|zsh)$/i.test(file)
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
