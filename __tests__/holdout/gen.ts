// Seeded random helpers for the held-out corpus. Everything key-shaped is made here at run time, so the
// repository never holds a key-shaped literal (it scans itself in CI).

import { fakeKey, prng } from '../helpers/keys.js'

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const DIGITS = '0123456789'
const ALNUM = UPPER + LOWER + DIGITS
const HEX = '0123456789abcdef'
const B64URL = ALNUM + '-_'

// Words the way generated SDKs (Speakeasy, OpenAPI generators, Spring AI, LangChain4j) glue them into type names.
const NAME_HEADS = [
  'Agents', 'Agent', 'Chat', 'Fim', 'Conversation', 'Conversations', 'Libraries', 'Library', 'Jobs', 'Batch', 'Ocr',
  'Classifier', 'Classification', 'Moderation', 'Embedding', 'Files', 'Models', 'FineTuning', 'FineTuned', 'Audio',
  'Transcription', 'Document', 'Documents', 'Beta', 'Connector', 'Completion', 'Function', 'Tool', 'Message',
  'Assistant', 'Reference', 'Prediction', 'Webhook', 'Legacy', 'Archive', 'Unarchive', 'Retrieve', 'Delete', 'Upload',
  'Signed', 'Checkpoint', 'Wandb', 'Github', 'Json', 'Image', 'Instruct', 'Entry', 'Input', 'Output', 'Handoff',
  'Built', 'Shared', 'Workspace', 'Usage', 'Http',
]
const NAME_MIDS = [
  'Completion', 'Stream', 'Request', 'Response', 'Choice', 'Finish', 'Reason', 'Content', 'Chunk', 'Tool', 'Call',
  'Arguments', 'Message', 'Messages', 'Role', 'Delta', 'Event', 'Entry', 'Entries', 'Job', 'Jobs', 'Detailed',
  'Metadata', 'Metrics', 'Training', 'Parameters', 'Integration', 'Repository', 'Document', 'Update', 'Create', 'List',
  'Get', 'Patch', 'Append', 'Restart', 'Start', 'Cancel', 'Status', 'Format', 'Schema', 'Mode', 'Usage', 'Info',
  'Filter', 'Page', 'Dimensions', 'Annotation', 'Bbox', 'Share', 'Access', 'Level', 'Object', 'Url', 'Item', 'Items',
  'Granularity', 'Segment', 'Timestamp', 'Language', 'Source', 'Target', 'Category', 'Scores', 'Model',
  'Capabilities', 'Card', 'Base', 'Fine', 'Tuned', 'Api', 'Http', 'Validation', 'Error', 'Detail', 'Loc', 'Union',
  'Query', 'Path', 'Body', 'V1', 'V2', 'Sse', 'Fim', 'Ocr', 'Json', 'Image', 'Text', 'Library', 'Agent', 'Connector',
  'Web', 'Search', 'Premium', 'Function', 'Result', 'Done', 'Started', 'Prompt', 'Token', 'Tokens', 'Choices',
  'Prediction', 'Chat', 'Mistral',
]
const NAME_TAILS = [
  'Request', 'Response', 'TypedDict', 'Param', 'Params', 'Schema', 'Type', 'Union', 'Item', 'Entry', 'Object',
  'Event', 'Content', 'Chunk', 'Data', 'Out', 'In', 'Model', 'Message', 'Choice', 'Reason', 'Status', 'Results',
  'Args', 'Config', 'Options', 'Inputs', 'Outputs', 'Body', 'Role',
]
// Application code around an SDK: services, tests, Spring beans.
const APP_HEADS = ['Mistral', 'MistralAi', 'Codestral', 'MistralChat', 'MistralEmbedding', 'Mistral']
const APP_TAILS = [
  'Service', 'Controller', 'Repository', 'Adapter', 'Factory', 'Handler', 'Tests', 'Test', 'Spec', 'Config',
  'Properties', 'Provider', 'Client', 'Builder', 'Options', 'Integration', 'IT', 'Mapper', 'Converter', 'Listener',
]
// Phrases people build placeholder and fixture "keys" from, in the order people write them.
const PLACEHOLDER_HEADS = ['Your', 'My', 'Insert', 'InsertYour', 'Paste', 'PasteYour', 'Put', 'Enter', 'EnterYour', 'Replace', 'Add']
const FIXTURE_HEADS = ['Fake', 'Dummy', 'Test', 'Mock', 'Sample', 'Example', 'NotA', 'NotAReal']
const PROVIDERS = ['Mistral', 'Codestral', 'MistralAi', 'MistralAI', 'LaPlateforme', '']
const NOUNS = ['ApiKey', 'APIKey', 'Key', 'Token', 'Secret', 'ApiToken']
const PLACEHOLDER_TAILS = ['Here', 'GoesHere', 'HereNow', 'ToUse', 'Please', 'Value', '']
const FIXTURE_TAILS = ['ForTests', 'ForTesting', 'ForUnitTests', 'ForLocalDev', 'ForCi', 'OnlyForTests', 'DoNotUse', '']

export class Gen {
  private readonly random: () => number
  private keySeed: number

  constructor(seed: number, keySeed: number) {
    this.random = prng(seed)
    this.keySeed = keySeed
  }

  int(n: number): number {
    return Math.floor(this.random() * n)
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1)
  }

  chance(p: number): boolean {
    return this.random() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      ;[out[i], out[j]] = [out[j] as T, out[i] as T]
    }
    return out
  }

  chars(alphabet: string, n: number): string {
    let out = ''
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)]
    return out
  }

  /** A Mistral key the detector must find. One in five has no digit, as some real keys do. */
  key(lettersOnly = this.chance(0.2)): string {
    return fakeKey(this.keySeed++, { lettersOnly })
  }

  hex(n: number): string {
    return this.chars(HEX, n)
  }

  alnum(n: number): string {
    return this.chars(ALNUM, n)
  }

  letters(n: number): string {
    return this.chars(UPPER + LOWER, n)
  }

  digits(n: number): string {
    return this.chars(DIGITS, n)
  }

  b64url(n: number): string {
    return this.chars(B64URL, n)
  }

  /** Real base64 of `bytes` random bytes (with + / and = padding). */
  base64(bytes: number): string {
    const buf = Buffer.alloc(bytes)
    for (let i = 0; i < bytes; i++) buf[i] = this.int(256)
    return buf.toString('base64')
  }

  uuid(): string {
    const h = this.hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`
  }

  /** A type name glued from SDK words, exactly `length` characters long (PascalCase, sometimes with V1/V2). */
  typeName(length = 32): string {
    return this.compose(NAME_HEADS, NAME_MIDS, NAME_TAILS, length)
  }

  /** A class name of application code around the SDK (`MistralAiChatCompletionService`-like). */
  appName(length = 32): string {
    return this.compose(APP_HEADS, NAME_MIDS, APP_TAILS, length)
  }

  /** camelCase function or method name. */
  methodName(length = 32): string {
    const name = this.typeName(length)
    return name[0]!.toLowerCase() + name.slice(1)
  }

  /** The all-lowercase module/file name generated SDKs use (`chatcompletionstreamrequest`). */
  fileName(length = 32): string {
    return this.typeName(length).toLowerCase()
  }

  /** A made-up "key" built from words and padded to `length`: a placeholder, not a secret. */
  placeholderWords(length = 32, heads: readonly string[] = PLACEHOLDER_HEADS, tails: readonly string[] = PLACEHOLDER_TAILS): string {
    for (;;) {
      const phrase = this.pick(heads) + this.pick(PROVIDERS) + this.pick(NOUNS) + this.pick(tails)
      if (phrase.length > length || phrase.length < length - 14) continue
      const rest = length - phrase.length
      const pad = this.pick(['1234567890'.repeat(2).slice(0, rest), '0'.repeat(rest), 'X'.repeat(rest), 'x'.repeat(rest)])
      return phrase + pad
    }
  }

  /** A fixture value that says it is fake (`FakeMistralApiKeyForTests000000`-like). */
  fixtureWords(length = 32): string {
    return this.placeholderWords(length, FIXTURE_HEADS, FIXTURE_TAILS)
  }

  /** A type name with upper-case acronyms (`OCRPageBBoxJSONSchema…`). */
  acronymName(length = 32): string {
    for (;;) {
      let out = ''
      while (out.length < length - 4) out += this.pick(['HTTP', 'JSON', 'API', 'OCR', 'SSE', 'FIM', 'URL', 'ID', 'BBox', 'Mistral', 'Chat', 'Page', 'Image', 'Stream', 'Request', 'Response', 'Decoder', 'Client', 'Schema', 'Annotation'])
      const rest = length - out.length
      const tail = ['Id', 'Out', 'Type', 'Item', 'Error'].filter((t) => t.length === rest)
      if (tail.length > 0 && /[a-z]/.test(out)) return out + this.pick(tail)
    }
  }

  model(): string {
    return this.pick([
      'mistral-large-latest', 'mistral-small-latest', 'mistral-medium-latest', 'open-mistral-nemo', 'ministral-8b-latest',
      'ministral-3b-latest', 'pixtral-12b-2409', 'open-mixtral-8x7b', 'open-mistral-7b', 'mistral-tiny',
      'pixtral-large-latest', 'mistral-saba-latest', 'magistral-medium-latest',
    ])
  }

  codestralModel(): string {
    return this.pick(['codestral-latest', 'codestral-2501', 'codestral-2405', 'devstral-small-latest'])
  }

  quote(): string {
    return this.pick(['"', "'"])
  }

  private compose(heads: readonly string[], mids: readonly string[], tails: readonly string[], length: number): string {
    for (let attempt = 0; attempt < 100000; attempt++) {
      let out = this.pick(heads)
      while (out.length < length - 12) {
        const word = this.pick(mids)
        if (!out.endsWith(word)) out += word
      }
      const rest = length - out.length
      const fitting = tails.filter((t) => t.length === rest)
      if (fitting.length > 0) {
        const name = out + this.pick(fitting)
        if (/^[A-Za-z0-9]+$/.test(name) && /[a-z]/.test(name)) return name
      }
      const mid = mids.filter((m) => m.length === rest)
      if (mid.length > 0) return out + this.pick(mid)
    }
    throw new Error(`could not compose a ${length}-character name`)
  }
}

/** Joins lines with LF and a final newline, as files on disk end. */
export function lines(...rows: string[]): string {
  return rows.join('\n') + '\n'
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

/** A Jupyter notebook (nbformat 4, indent 1 as Jupyter writes it) whose code cells hold `cells`. */
export function notebook(cells: string[][], outputs: Record<number, unknown[]> = {}): string {
  const nb = {
    cells: cells.map((src, i) => ({
      cell_type: 'code',
      execution_count: i + 1,
      metadata: {},
      outputs: outputs[i] ?? [],
      source: src.map((line, j) => (j < src.length - 1 ? line + '\n' : line)),
    })),
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python', version: '3.11.4' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  }
  return JSON.stringify(nb, null, 1) + '\n'
}
