// Reads one per-environment config file (JSON or YAML; `yaml` reads both) keeping the source position of every
// value, so that a violation is reported at its own line. Loaded only when such a file is there.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { EnvConfigFile } from './env-config-files.js'

export function parseEnvConfig(file: string, text: string): EnvConfigFile {
  const base = file.slice(file.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  const environment = dot > 0 ? base.slice(0, dot) : base
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false })
  const lineOf = (path: ReadonlyArray<string | number>): number => lineIn(doc, counter, path)
  if (doc.errors.length > 0) {
    const first = doc.errors[0]
    const line = counter.linePos(first.pos[0]).line
    return { file, environment, error: { line, message: first.message.split('\n')[0] }, lineOf }
  }
  return { file, environment, data: doc.toJS({ maxAliasCount: 100 }), lineOf }
}

function lineIn(doc: Document, counter: LineCounter, path: ReadonlyArray<string | number>): number {
  let node: unknown = doc.contents
  let line = 1
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return line
      const at = (pair.value as { range?: [number, number, number] } | null)?.range ?? (isScalar(pair.key) ? pair.key.range : undefined)
      if (at) line = counter.linePos(at[0]).line
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined
      if (!item?.range) return line
      line = counter.linePos(item.range[0]).line
      node = item
    } else {
      return line
    }
  }
  return line
}
