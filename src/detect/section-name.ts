// Whether a parent line opens a section named after something of its own: `deepinfra:`, `"weaviate": {`,
// `[cache]`, `- name: SESSION_SECRET`. Such a section is a boundary: what its siblings say (a `mistral:` section
// next to it) is not about the values inside it. A section named only with generic or structural words
// (`config:`, `env:`, `providers:`, `spec:`) is no boundary, nor one that names a provider (the mention decides).
import { isGenericWord, labelWords } from './label.js'
import type { LineSpan } from './lines.js'

/** Section names that only structure a file (k8s, compose, CI, app config), on top of the label's generic words. */
const STRUCTURAL = new Set([
  'spec', 'data', 'string', 'stringdata', 'metadata', 'template', 'envs', 'env', 'environment', 'vars', 'containers',
  'container', 'init', 'services', 'service', 'jobs', 'job', 'steps', 'step', 'with', 'inputs', 'secrets', 'secret',
  'providers', 'models', 'model', 'llms', 'integrations', 'integration', 'apis', 'clients', 'connection',
  'connections', 'backends', 'backend', 'endpoints', 'chat', 'completion', 'completions', 'embedding', 'embeddings',
  'defaults', 'common', 'shared', 'base', 'app', 'application', 'spring', 'parameters', 'properties', 'values',
  'items', 'args', 'kwargs', 'body', 'payload', 'request', 'json', 'extra', 'extras', 'custom', 'main', 'root',
  'accounts', 'account', 'primary', 'secondary', 'fallback', 'backup', 'public', 'test', 'tests', 'ci', 'local',
  'remote', 'cloud', 'server', 'servers', 'http', 'https', 'rest', 'try',
  'else', 'finally', 'except', 'do', 'then', 'vault', 'kv', 'keyring', 'stage', 'stages', 'deploy', 'deployment',
  'build', 'run', 'script', 'prod', 'preview', 'development', 'live', 'sandbox', 'example', 'examples', 'sample',
  'llm', 'ai', 'ml', 'genai', 'agent', 'agents', 'assistant', 'bot', 'chatbot', 'rag', 'inference', 'generation',
  // Prose and code lines that also end in a colon.
  'configuration', 'setup', 'usage', 'install', 'installation', 'note', 'notes', 'output', 'result', 'response',
  'demo', 'quickstart', 'docs', 'documentation', 'protected', 'internal', 'public', 'then',
])

const KEY_OPENER = /^\s*(?:-\s+)?(["']?)([A-Za-z0-9_.\-/]{1,60})\1\s*:\s*(?:[{[]\s*)?(?:#.*)?$/
const NAMED_ITEM = /^\s*-\s+["']?(?:name|key)["']?\s*:\s*["']?([A-Za-z0-9_.\- ]{1,60}?)["']?\s*(?:#.*)?$/i
const HEADER = /^\s*\[+\s*["']?([A-Za-z0-9_.\- ]{1,60}?)["']?\s*\]+\s*$/
const MAX_LINE = 200
/** `v1:`, `2024:` name no service. */
const VERSION = /^v?\d+$/

/** Whether the line opens a named section that is a boundary (see above). */
export function isNamedSection(text: string, line: LineSpan): boolean {
  if (line.end - line.start > MAX_LINE) return false
  const content = text.slice(line.start, line.end)
  const name = NAMED_ITEM.exec(content)?.[1] ?? KEY_OPENER.exec(content)?.[2] ?? HEADER.exec(content)?.[1]
  if (name === undefined) return false
  const words = labelWords(name)
  return words.some((word) => !isGenericWord(word) && !STRUCTURAL.has(word) && !VERSION.test(word))
}
