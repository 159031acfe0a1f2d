// A seeded generator of the parts corpus samples are made of: keys (made at run time, never written
// down), hashes, UUIDs, base64, and names built from SDK words the way code generators build them.
import { fakeKey, prng } from '../../helpers/keys.js'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

// Words of Mistral's SDKs (operation and model names), deliberately not the detector's word list.
const SDK_WORDS = [
  'Agents', 'Agent', 'Api', 'Conversations', 'Conversation', 'Append', 'Stream', 'Restart', 'History', 'Messages',
  'Message', 'Connector', 'Activate', 'Consumer', 'Organization', 'Workspace', 'Credentials', 'Observability',
  'Campaign', 'Campaigns', 'Dataset', 'Datasets', 'Record', 'Records', 'Judge', 'Judges', 'Pipeline', 'Config',
  'Deployment', 'Workflow', 'Workflows', 'Execution', 'Registration', 'Identifier', 'Archive', 'Files', 'Routes',
  'Upload', 'Download', 'Signed', 'Url', 'Libraries', 'Documents', 'Document', 'Patch', 'Request', 'Response',
  'Chat', 'Completion', 'Choice', 'Finish', 'Reason', 'Classifier', 'Moderation', 'Transcription', 'Audio', 'Voice',
  'Voices', 'Spans', 'Traces', 'Aggregate', 'Evaluations', 'Retrievables', 'Summary', 'Field', 'Language', 'Schema',
  'Index', 'Managed', 'Rag', 'Chunk', 'Batch', 'Job', 'Jobs', 'Fine', 'Tuning', 'Checkpoint', 'Hyperparameters',
  'Legacy', 'Integration', 'Wandb', 'Repository', 'Github', 'Ocr', 'Page', 'Image', 'Dimensions', 'Tool', 'Tools',
  'Call', 'Calls', 'Function', 'Delta', 'Usage', 'Info', 'Model', 'Out', 'In', 'Object', 'Type', 'Params', 'Body',
  'Multi', 'Part', 'Get', 'List', 'Create', 'Delete', 'Update', 'Unarchive', 'Cancel', 'Start', 'Handoff',
  'Entry', 'Event', 'Status', 'Error', 'Validation', 'Http', 'Metadata', 'Prediction', 'Mode', 'Format', 'Json',
  'Sampling', 'Prompt', 'Instruct', 'Retrieve', 'Beta', 'Share', 'Access', 'Level', 'Entity', 'Processing',
  'Inbound', 'Outbound', 'Union', 'Discriminator', 'Assistant', 'System', 'User', 'Content', 'Reference',
  'Embedding', 'Embeddings', 'Granularity', 'Timestamp', 'Segment', 'Vision', 'Fim', 'Guardrail', 'Policy',
  'Activity', 'Task', 'Completed', 'Failed', 'Retrying', 'Started', 'Attributes', 'Alias', 'Version', 'Versions',
  'Authentication', 'Method', 'Service', 'Account', 'Role', 'Assignable', 'Bearer', 'Auth', 'Built', 'Connectors',
  'Categorical', 'Statistics', 'Selected', 'Events', 'Preview', 'Options', 'Fields', 'Counts', 'Search', 'Post',
]

export class Gen {
  private readonly random: () => number
  private keySeed: number
  /** Share of generated keys made of letters only (real keys sometimes are). */
  lettersOnlyShare = 0.15

  constructor(seed: number) {
    this.random = prng(seed)
    this.keySeed = seed * 100_000
  }

  next(): number {
    return this.random()
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.random() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!
  }

  key(): string {
    return fakeKey(++this.keySeed, { lettersOnly: this.random() < this.lettersOnlyShare })
  }

  /** A mixed-case alphanumeric string of any length (a longer token, an unrelated id). */
  alnum(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += ALNUM[Math.floor(this.random() * ALNUM.length)]
    return out
  }

  hex(length: number, upper = false): string {
    let out = ''
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[Math.floor(this.random() * 16)]
    return upper ? out.toUpperCase() : out
  }

  uuid(): string {
    const h = this.hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
  }

  base64(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += BASE64[Math.floor(this.random() * 64)]
    return out
  }

  quote(): string {
    return this.pick(['"', "'"])
  }

  indent(): string {
    return this.pick(['  ', '    ', '\t'])
  }

  /** A PascalCase name of exactly `length` characters built from SDK words, sometimes with a version (`V1`). */
  sdkName(length = 32): string {
    for (;;) {
      let name = ''
      while (name.length < length) {
        name += this.chance(0.08) ? `V${this.int(1, 2)}` : this.pick(SDK_WORDS)
      }
      if (name.length === length) return name
    }
  }

  camel(length = 32): string {
    const name = this.sdkName(length)
    return name[0]!.toLowerCase() + name.slice(1)
  }

  /** A few lines of unrelated configuration or code to pad a sample. */
  noise(kind: 'env' | 'yaml' | 'code'): string {
    const lines = {
      env: ['LOG_LEVEL=info', 'PORT=8080', 'NODE_ENV=production', 'DATABASE_URL=postgres://app@db:5432/app', 'TZ=UTC'],
      yaml: ['log_level: info', 'port: 8080', 'retries: 3', 'timeout: 30', 'region: eu-west-1'],
      code: ['import json', 'import logging', 'logger = logging.getLogger(__name__)', 'TIMEOUT = 30', 'RETRIES = 3'],
    }[kind]
    const count = this.int(0, 3)
    const out: string[] = []
    for (let i = 0; i < count; i++) out.push(this.pick(lines))
    return out.length > 0 ? out.join('\n') + '\n' : ''
  }
}
