// Large generated files that imitate Mistral SDK sources (TS, Python, Go, Java): dense with 32-character
// identifiers, hex digests and base62 ids, the shapes most likely to be mistaken for a key. Everything is made
// at run time from a seed, so no key-shaped literal is committed.

import { fakeKey, prng } from '../helpers/keys.js'

export type Lang = 'ts' | 'py' | 'go' | 'java'

export interface SdkFile {
  path: string
  lang: Lang
  text: string
  /** Text with one key planted; `keyLine` is its 1-based line. */
  planted: string
  key: string
  keyLine: number
}

const WORDS = [
  'Chat', 'Completion', 'Stream', 'Request', 'Response', 'Fine', 'Tuning', 'Job', 'Agents', 'Libraries',
  'Documents', 'Batch', 'Classification', 'Moderation', 'Embedding', 'Ocr', 'Conversation', 'Get', 'List',
  'Create', 'Update', 'Delete', 'Patch', 'Model', 'Files', 'Upload', 'Retrieve', 'Cancel', 'Start', 'Archive',
  'Tool', 'Call', 'Message', 'Entry', 'Event', 'Output', 'Input', 'Content', 'Chunk', 'Delta', 'Params',
  'Config', 'Status', 'Metadata', 'Share', 'Access', 'Prompt', 'Append', 'Restart', 'Checkpoint', 'Legacy',
]
const DIGIT_PARTS = ['V1', 'V2', '2', '3', '4o', '25', '2024', 'V1V2']
const HEX = '0123456789abcdef'
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

const snake = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
const camel = (s: string): string => s[0].toLowerCase() + s.slice(1)

function randomText(alphabet: string, length: number, random: () => number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)]
  return out
}

/** An exactly-32-character PascalCase identifier made from SDK words, sometimes with a version/digit part. */
function identifier(random: () => number): string {
  for (;;) {
    let id = ''
    const withDigits = random() < 0.35
    while (id.length < 32) {
      if (withDigits && random() < 0.3) id += DIGIT_PARTS[Math.floor(random() * DIGIT_PARTS.length)]
      else id += WORDS[Math.floor(random() * WORDS.length)]
      if (id.length === 32 && /^[A-Z]/.test(id)) return id
    }
  }
}

function tsBlock(id: string, hex: string, b62: string): string[] {
  const c = camel(id)
  return [
    '/**',
    ` * ${id}: request/response model for the Mistral API.`,
    ' * Pass `apiKey` to the client; every call sends `Authorization: Bearer <apiKey>`.',
    ` * Server: https://api.mistral.ai/v1/${snake(id).replace(/_/g, '/')}`,
    ` * Generated from spec digest ${hex} (do not edit).`,
    ' */',
    `export type ${id} = {`,
    `  ${c}?: string | null | undefined`,
    '  model: string',
    `  /** Example id: "conv_${b62}" */`,
    '  id?: string | undefined',
    '}',
    '',
    '/** @internal */',
    `export const ${id}$inboundSchema: z.ZodType<${id}, z.ZodTypeDef, unknown> = z`,
    '  .object({',
    `    ${snake(id)}: z.nullable(z.string()).optional(),`,
    '    model: z.string(),',
    '  })',
    '  .transform((v) => {',
    `    return remap$(v, { ${snake(id)}: '${c}' })`,
    '  })',
    '',
    `export function ${c}ToJSON(${c}: ${id}): string {`,
    `  return JSON.stringify(${id}$outboundSchema.parse(${c}))`,
    '}',
    '',
  ]
}

function pyBlock(id: string, hex: string, b62: string): string[] {
  return [
    `class ${id}TypedDict(TypedDict):`,
    `    ${snake(id)}: NotRequired[Nullable[str]]`,
    '',
    '',
    `class ${id}(BaseModel):`,
    `    r"""${id} for the Mistral API.`,
    '',
    '    The client reads ``api_key`` (or MISTRAL_API_KEY) and sends ``Authorization: Bearer``.',
    `    Server URL: https://api.mistral.ai/v1/${snake(id)}`,
    '    """',
    '',
    `    ${snake(id)}: OptionalNullable[str] = UNSET`,
    `    etag: str = "${hex}"`,
    `    example_id: str = "job_${b62}"`,
    '',
    '    @model_serializer(mode="wrap")',
    '    def serialize_model(self, handler):',
    `        optional_fields = ["${snake(id)}"]`,
    `        nullable_fields = ["${snake(id)}"]`,
    '        return handler(self)',
    '',
    '',
  ]
}

function goBlock(id: string, hex: string, b62: string): string[] {
  return [
    `// ${id} - Mistral API model. Auth: Authorization: Bearer <apiKey>.`,
    `// Spec digest: ${hex}`,
    `type ${id} struct {`,
    `\t${id}Value *string \`json:"${snake(id)},omitempty"\``,
    '\tModel string `json:"model"`',
    '}',
    '',
    `func (o *${id}) Get${id.slice(0, 24)}() *string {`,
    '\tif o == nil {',
    '\t\treturn nil',
    '\t}',
    `\treturn o.${id}Value`,
    '}',
    '',
    `// Example batch id: batch_${b62}`,
    `const ${camel(id)}Path = "/v1/${snake(id)}"`,
    '',
  ]
}

function javaBlock(id: string, hex: string, b62: string): string[] {
  return [
    '/**',
    ` * ${id} - model for the Mistral API (server https://api.mistral.ai).`,
    ' * Requests carry Authorization: Bearer {apiKey}.',
    ` * Schema digest ${hex}; sample id doc_${b62}.`,
    ' */',
    `public class ${id} {`,
    '',
    `    @JsonProperty("${snake(id)}")`,
    `    private Optional<String> ${camel(id)};`,
    '',
    '    @JsonCreator',
    `    public ${id}(@JsonProperty("${snake(id)}") Optional<String> ${camel(id)}) {`,
    `        Utils.checkNotNull(${camel(id)}, "${camel(id)}");`,
    `        this.${camel(id)} = ${camel(id)};`,
    '    }',
    '',
    `    public Optional<String> ${camel(id)}() {`,
    `        return ${camel(id)};`,
    '    }',
    '}',
    '',
  ]
}

const HEADERS: Record<Lang, string[]> = {
  ts: [
    '/*',
    ' * Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT.',
    ' */',
    '',
    "import * as z from 'zod'",
    "import { remap as remap$ } from '../../lib/primitives.js'",
    "import { Mistral } from '../../index.js'",
    '',
  ],
  py: [
    '"""Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT."""',
    '',
    'from __future__ import annotations',
    'from mistralai.types import BaseModel, Nullable, OptionalNullable, UNSET',
    '',
    '',
  ],
  go: [
    '// Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT.',
    '',
    'package components',
    '',
    'import "github.com/mistralai/client-go/internal/utils"',
    '',
  ],
  java: [
    '/*',
    ' * Code generated by Speakeasy (https://speakeasy.com). DO NOT EDIT.',
    ' */',
    'package ai.mistral.models.components;',
    '',
    'import com.fasterxml.jackson.annotation.JsonProperty;',
    '',
  ],
}

const BLOCKS: Record<Lang, (id: string, hex: string, b62: string) => string[]> = {
  ts: tsBlock,
  py: pyBlock,
  go: goBlock,
  java: javaBlock,
}

/** Realistic places a developer pastes a key in SDK code, examples and tests. */
const PLANTS: Record<Lang, ((key: string) => string[])[]> = {
  ts: [
    (k) => ['// Usage example', `const mistral = new Mistral({ apiKey: "${k}" })`],
    (k) => ['const sdk = new Mistral({', `  apiKey: "${k}",`, '  serverURL: "https://api.mistral.ai",', '})'],
  ],
  py: [
    (k) => ['    r"""Example:', '', `        >>> client = Mistral(api_key="${k}")`, '    """'],
    (k) => ['# quick test against the Mistral API', `client = Mistral(api_key="${k}")`],
  ],
  go: [
    (k) => ['// Example:', `//   s := mistralclient.New(mistralclient.WithSecurity("${k}"))`],
    (k) => [`const mistralAPIKey = "${k}"`],
  ],
  java: [
    (k) => ['        Mistral sdk = Mistral.builder()', `                .apiKey("${k}")`, '                .build();'],
    (k) => [`    private static final String MISTRAL_API_KEY = "${k}";`],
  ],
}

const EXT: Record<Lang, string> = { ts: 'ts', py: 'py', go: 'go', java: 'java' }
const DIRS = ['models/components', 'models/operations', 'sdk', 'serializers', 'enums']

export interface Shapes {
  identifiers: number
  hexDigests: number
  base62Ids: number
}

export type Shape = 'identifier' | 'hexDigest' | 'base62Id'

export interface SdkCorpus {
  files: SdkFile[]
  shapes: Shapes
  /** Which generated shape a 32-character token is. */
  shapeOf: (token: string) => Shape
}

export function buildSdkCorpus(count = 30, seed = 4242): SdkCorpus {
  const random = prng(seed)
  const langs: Lang[] = ['ts', 'py', 'go', 'java']
  const files: SdkFile[] = []
  const shapes: Shapes = { identifiers: 0, hexDigests: 0, base62Ids: 0 }
  const names = new Set<string>()
  const shapeOf = (token: string): Shape =>
    names.has(token[0].toUpperCase() + token.slice(1))
      ? 'identifier'
      : /^[0-9a-f]+$/.test(token)
        ? 'hexDigest'
        : 'base62Id'
  for (let f = 0; f < count; f++) {
    const lang = langs[f % langs.length]
    const targetLines = 500 + Math.floor(random() * 1500)
    const lines = [...HEADERS[lang]]
    while (lines.length < targetLines) {
      const id = identifier(random)
      names.add(id)
      const block = BLOCKS[lang](id, randomText(HEX, 32, random), randomText(B62, 32, random))
      lines.push(...block)
    }
    const text = lines.join('\n') + '\n'
    // Count the shapes actually present (every occurrence, not every generated name).
    for (const token of text.match(/[A-Za-z0-9]+/g) ?? []) {
      if (token.length !== 32) continue
      const shape = shapeOf(token)
      if (shape === 'identifier') shapes.identifiers++
      else if (shape === 'hexDigest') shapes.hexDigests++
      else shapes.base62Ids++
    }
    // Plant one key at a realistic spot in the middle of the file, at a block boundary.
    const key = fakeKey(9000 + f)
    const plants = PLANTS[lang]
    const plant = plants[f % plants.length](key)
    let at = Math.floor(lines.length / 2)
    while (at < lines.length && lines[at] !== '') at++
    const plantedLines = [...lines.slice(0, at + 1), ...plant, '', ...lines.slice(at + 1)]
    const keyLine = at + 2 + plant.findIndex((l) => l.includes(key))
    files.push({
      path: `${DIRS[f % DIRS.length]}/file${f}.${EXT[lang]}`,
      lang,
      text,
      planted: plantedLines.join('\n') + '\n',
      key,
      keyLine,
    })
  }
  return { files, shapes, shapeOf }
}
