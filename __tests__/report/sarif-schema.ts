// The SARIF 2.1.0 schema that @microsoft/jest-sarif ships, compiled with ajv 8. The file declares
// draft-04 (`id`, not `$id`), which ajv 8 does not load as such; its keywords are all ones draft-07 reads
// the same way, so only the top-level id and $schema are translated. (It is draft-04, not draft-07.)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const SCHEMA_FILE = path.join(process.cwd(), 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')

let validator: ValidateFunction | undefined

export function sarifValidator(): ValidateFunction {
  if (validator) return validator
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the u flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  // ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv) => Ajv
  addFormats(ajv)
  validator = ajv.compile({ $id: String(id), ...schema })
  return validator
}

/** The schema errors as readable lines (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  const validate = sarifValidator()
  if (validate(log)) return []
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}
