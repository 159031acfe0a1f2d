// A fresh, blind evaluation corpus for detect(): written without reading the detector or its tuning corpora.
// Samples imitate how Mistral/Codestral keys really leak (configs, code, chats, data dumps) and the look-alikes
// that surround them (SDK names, hashes, ids, other providers' secrets, placeholders, references, masked keys).
// Every key and every random look-alike is generated at run time from a seed: nothing key-shaped is committed.

import { fakeKey, prng } from '../helpers/keys.js'

export interface Sample {
  /** Family of file/situation, used to group precision and recall. */
  context: string
  /** Short description of the template, used to group misses. */
  label: string
  text: string
  /** The keys a perfect detector returns (empty for a negative sample). */
  keys: string[]
}

type Rnd = () => number

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const HEX = '0123456789abcdef'
const B64 = ALNUM + '+/'

const str = (alphabet: string, n: number, r: Rnd): string => {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)]
  return s
}
const oneOf = <T>(items: readonly T[], r: Rnd): T => items[Math.floor(r() * items.length)]
const chance = (p: number, r: Rnd): boolean => r() < p
const uuid = (r: Rnd): string =>
  `${str(HEX, 8, r)}-${str(HEX, 4, r)}-4${str(HEX, 3, r)}-a${str(HEX, 3, r)}-${str(HEX, 12, r)}`
const q = (r: Rnd): string => oneOf(['"', "'"], r)
const hashComment = (r: Rnd): string => (chance(0.3, r) ? oneOf(['  # prod', ' # TODO rotate', '\t# do not commit', ' #mistral'], r) : '')
const slashComment = (r: Rnd): string => (chance(0.3, r) ? oneOf([' // TODO: move to env', '  // temp', ' // codestral'], r) : '')

// --- look-alikes -----------------------------------------------------------------------------------------------

const TYPE_WORDS = [
  'Chat', 'Completion', 'Stream', 'Request', 'Response', 'Choice', 'Finish', 'Reason', 'Tool', 'Call', 'Function',
  'Message', 'Delta', 'Event', 'Agents', 'Api', 'V1', 'Conversations', 'Libraries', 'Documents', 'Patch', 'Get',
  'List', 'Fine', 'Tuning', 'Job', 'Jobs', 'Batch', 'Embedding', 'Embeddings', 'Moderation', 'Classification',
  'Content', 'Chunk', 'Image', 'Url', 'Reference', 'Document', 'Library', 'Entry', 'Output', 'Input', 'Model',
  'Models', 'Retrieve', 'Delete', 'Archive', 'Files', 'Upload', 'Signed', 'Prediction', 'Json', 'Schema', 'Format',
  'Ocr', 'Page', 'Object', 'Audio', 'Transcription', 'Segment', 'Handoff', 'Execution', 'Status', 'Metadata',
  'Mistral', 'Codestral', 'Fim', 'Assistant', 'System', 'User', 'Prompt', 'Usage', 'Info', 'V2', 'Out', 'In',
]

/** A name built from SDK-like words, exactly `n` characters (PascalCase, sometimes camelCase). */
export function wordName(r: Rnd, n = 32): string {
  for (;;) {
    let s = ''
    while (s.length < n) s += oneOf(TYPE_WORDS, r)
    if (s.length === n) return chance(0.25, r) ? s[0].toLowerCase() + s.slice(1) : s
  }
}

const PLACEHOLDER_WORDS = ['Your', 'Mistral', 'Api', 'Key', 'Goes', 'Here', 'Paste', 'Insert', 'Codestral', 'Token', 'Secret', 'Value', 'Replace', 'This', 'With', 'Real']
function wordPlaceholder(r: Rnd): string {
  for (;;) {
    let s = ''
    while (s.length < 32) s += oneOf(PLACEHOLDER_WORDS, r)
    if (s.length === 32) return s
  }
}

function sequential(r: Rnd): string {
  const a = 'abcdefghijklmnopqrstuvwxyz'
  return oneOf(
    [
      a + '012345',
      a.toUpperCase() + '012345',
      '0123456789' + a.slice(0, 22),
      '1234567890'.repeat(3) + 'ab',
      'aBcDeFgHiJkLmNoPqRsTuVwXyZ' + '123456',
      'x'.repeat(32),
      'X'.repeat(32),
      'A1'.repeat(16),
      'abcd1234'.repeat(4),
    ],
    r,
  )
}

function masked(r: Rnd): string {
  const k = str(ALNUM, 32, r)
  return oneOf(
    [
      k.slice(0, 4) + '*'.repeat(28),
      k.slice(0, 4) + '*'.repeat(24) + k.slice(-4),
      `${k.slice(0, 4)}...${k.slice(-4)}`,
      `${k.slice(0, 6)}••••••••`,
      '*'.repeat(32),
      `${k.slice(0, 8)}XXXXXXXXXXXXXXXXXXXXXXXX`,
      `${k.slice(0, 4)}…(32)`,
    ],
    r,
  )
}

function sopsValue(r: Rnd): string {
  return `ENC[AES256_GCM,data:${str(B64, 43, r)}=,iv:${str(B64, 43, r)}=,tag:${str(B64, 22, r)}==,type:str]`
}

/** A value that stands where a key would, but is not one. */
function decoyValue(r: Rnd): { value: string; kind: string } {
  const kinds: [string, () => string][] = [
    ['placeholder', () => oneOf(['your-mistral-api-key', 'YOUR_MISTRAL_API_KEY', '<your-api-key>', 'changeme', 'REPLACE_WITH_YOUR_KEY', '...', 'your_api_key_here', '<MISTRAL_API_KEY>', 'insert-key-here', 'sk-xxxxxxxx', 'TODO', 'fake-mistral-key-for-tests', 'dummy'], r)],
    ['env-ref', () => oneOf(['${MISTRAL_API_KEY}', '${{ secrets.MISTRAL_API_KEY }}', '{{ mistral_api_key }}', '{{ .Values.mistral.apiKey }}', '$(MISTRAL_API_KEY)', '%MISTRAL_API_KEY%', 'op://Engineering/Mistral/credential', '${env:MISTRAL_API_KEY}', '{{ $env.MISTRAL_API_KEY }}', '${CODESTRAL_API_KEY:-}', '$MISTRAL_API_KEY'], r)],
    ['masked', () => masked(r)],
    ['sequential', () => sequential(r)],
    ['word-placeholder-32', () => wordPlaceholder(r)],
    ['hex-32', () => str(HEX, 32, r)],
    ['uuid', () => (chance(0.5, r) ? uuid(r) : uuid(r).replace(/-/g, ''))],
    ['sops', () => sopsValue(r)],
    ['too-long-alnum', () => str(ALNUM, oneOf([40, 48, 64], r), r)],
  ]
  const [kind, make] = oneOf(kinds, r)
  return { kind, value: make() }
}

// --- templates that hold one value where a key would sit ---------------------------------------------------------

interface Template {
  context: string
  label: string
  /** How many key slots the template has (most have 1). */
  slots?: number
  make: (v: string[], r: Rnd) => string
}

const T: Template[] = [
  // dotenv / shell
  { context: 'dotenv', label: '.env MISTRAL_API_KEY=', make: ([v], r) => `# LLM providers\nOPENAI_API_KEY=\nMISTRAL_API_KEY=${v}${hashComment(r)}\nMISTRAL_MODEL=mistral-large-latest\n` },
  { context: 'dotenv', label: '.env quoted', make: ([v], r) => { const c = q(r); return `APP_ENV=production\nDATABASE_URL=postgres://app@db:5432/app\nMISTRAL_API_KEY=${c}${v}${c}\n` } },
  { context: 'dotenv', label: '.env CODESTRAL_API_KEY', make: ([v], r) => `CODESTRAL_API_KEY = ${v}${hashComment(r)}\nCODESTRAL_ENDPOINT=https://codestral.mistral.ai/v1\n` },
  { context: 'dotenv', label: '.env generic name, provider line above', make: ([v]) => `LLM_PROVIDER=mistral\nLLM_MODEL=mistral-small-latest\nLLM_API_KEY=${v}\n` },
  { context: 'dotenv', label: '.env tab separated', make: ([v]) => `MISTRAL_API_KEY\t=\t${v}\nMISTRAL_TIMEOUT\t=\t30\n` },
  { context: 'dotenv', label: '.env MISTRALAI_API_KEY export', make: ([v], r) => `export MISTRALAI_API_KEY=${q(r) === '"' ? `"${v}"` : v}\n` },
  { context: 'shell', label: 'curl Bearer api.mistral.ai', make: ([v], r) => `curl https://api.mistral.ai/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H ${q(r) === '"' ? `"Authorization: Bearer ${v}"` : `'Authorization: Bearer ${v}'`} \\\n  -d '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}'\n` },
  { context: 'shell', label: 'curl codestral fim', make: ([v]) => `#!/usr/bin/env bash\nset -euo pipefail\ncurl -s https://codestral.mistral.ai/v1/fim/completions \\\n\t-H 'Authorization: Bearer ${v}' \\\n\t-H 'Content-Type: application/json' \\\n\t-d @payload.json | jq .\n` },
  { context: 'shell', label: 'heredoc writing .env', make: ([v]) => `cat > .env <<'EOF'\nOPENAI_API_KEY=\nMISTRAL_API_KEY=${v}\nEOF\ndocker compose up -d\n` },
  { context: 'shell', label: 'docker run -e', make: ([v]) => `docker run --rm -p 8000:8000 \\\n  -e MISTRAL_API_KEY=${v} \\\n  ghcr.io/acme/chatbot:latest\n` },
  { context: 'shell', label: 'gh secret set --body', make: ([v]) => `gh secret set MISTRAL_API_KEY --repo acme/bot --body "${v}"\n` },
  { context: 'shell', label: 'PowerShell $env:', make: ([v]) => `$env:MISTRAL_API_KEY = "${v}"\r\npython .\\main.py\r\n` },
  { context: 'shell', label: 'setx windows', make: ([v]) => `@echo off\r\nsetx CODESTRAL_API_KEY "${v}"\r\n` },
  // build files
  { context: 'makefile', label: 'Makefile ?=', make: ([v]) => `MISTRAL_API_KEY ?= ${v}\n\nrun:\n\tMISTRAL_API_KEY=$(MISTRAL_API_KEY) python app.py\n` },
  { context: 'makefile', label: 'Makefile export :=', make: ([v]) => `.PHONY: serve\nexport CODESTRAL_API_KEY := ${v}\n\nserve:\n\tnpm run dev\n` },
  { context: 'terraform', label: 'tfvars', make: ([v]) => `region          = "eu-west-3"\nmistral_api_key = "${v}"\ninstance_type   = "t3.small"\n` },
  { context: 'terraform', label: 'kubernetes_secret data block', make: ([v]) => `resource "kubernetes_secret" "mistral" {\n  metadata {\n    name = "mistral-credentials"\n  }\n  data = {\n    api_key = "${v}"\n  }\n}\n` },
  { context: 'terraform', label: 'variable default', make: ([v]) => `variable "mistral_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n` },
  // kubernetes / helm / ansible
  { context: 'helm-k8s', label: 'values.yaml mistral section', make: ([v], r) => `replicaCount: 2\nmistral:\n  enabled: true\n  model: mistral-small-latest\n  apiKey: ${chance(0.5, r) ? `"${v}"` : v}\n` },
  { context: 'helm-k8s', label: 'deployment env name/value', make: ([v]) => `      containers:\n        - name: api\n          env:\n            - name: MISTRAL_API_KEY\n              value: "${v}"\n            - name: LOG_LEVEL\n              value: info\n` },
  { context: 'helm-k8s', label: 'Secret stringData', make: ([v]) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mistral\ntype: Opaque\nstringData:\n  MISTRAL_API_KEY: ${v}\n` },
  { context: 'helm-k8s', label: 'deep nested providers.mistral.credentials.token', make: ([v]) => `llm:\n  providers:\n    mistral:\n      endpoint: https://api.mistral.ai\n      credentials:\n        token: ${v}\n    openai:\n      endpoint: https://api.openai.com\n` },
  { context: 'ansible', label: 'group_vars mistral_api_key', make: ([v]) => `---\napp_user: deploy\nmistral_api_key: "${v}"\n` },
  { context: 'ansible', label: 'lineinfile line', make: ([v]) => `- name: Write Mistral env\n  ansible.builtin.lineinfile:\n    path: /etc/app.env\n    line: "MISTRAL_API_KEY=${v}"\n    mode: "0600"\n` },
  { context: 'ansible', label: 'vars llm.mistral.api_key', make: ([v]) => `- hosts: web\n  vars:\n    llm:\n      mistral:\n        api_key: '${v}'\n  roles:\n    - app\n` },
  // ini / properties / toml
  { context: 'ini-toml', label: 'ini [mistral] section', make: ([v]) => `[general]\nlog_level = info\n\n[mistral]\napi_key = ${v}\nmodel = open-mistral-nemo\n` },
  { context: 'ini-toml', label: '.npmrc-like file', make: ([v]) => `registry=https://registry.npmjs.org/\nsave-exact=true\nmistral_api_key=${v}\n` },
  { context: 'ini-toml', label: 'spring properties', make: ([v]) => `spring.application.name=assistant\nspring.ai.mistralai.api-key=${v}\nspring.ai.mistralai.chat.options.model=mistral-small-latest\n` },
  { context: 'ini-toml', label: 'streamlit secrets.toml flat', make: ([v]) => `# .streamlit/secrets.toml\nMISTRAL_API_KEY = "${v}"\n` },
  { context: 'ini-toml', label: 'streamlit secrets.toml [mistral]', make: ([v]) => `[mistral]\napi_key = "${v}"\nmodel = "mistral-large-latest"\n\n[db]\nhost = "localhost"\n` },
  { context: 'ini-toml', label: 'toml [connections.llm] provider=mistral', make: ([v]) => `[connections.llm]\nprovider = "mistral"\nkey = '${v}'\n` },
  { context: 'ini-toml', label: 'aider conf api-key mistral=', make: ([v]) => `model: mistral/codestral-latest\napi-key:\n  - mistral=${v}\n` },
  // python apps
  { context: 'python-app', label: 'gradio app Mistral(api_key=)', make: ([v], r) => { const c = q(r); return `import gradio as gr\nfrom mistralai import Mistral\n\nclient = Mistral(api_key=${c}${v}${c})\n\ndef chat(msg, history):\n    return client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": msg}]).choices[0].message.content\n\ngr.ChatInterface(chat).launch()\n` } },
  { context: 'python-app', label: 'os.environ assignment', make: ([v]) => `import os\nos.environ["MISTRAL_API_KEY"] = "${v}"\nfrom langchain_mistralai import ChatMistralAI\n` },
  { context: 'python-app', label: 'module constant then MistralClient', make: ([v]) => `from mistralai.client import MistralClient\n\nAPI_KEY = '${v}'\nclient = MistralClient(api_key=API_KEY)\n` },
  { context: 'python-app', label: 'requests headers Bearer', make: ([v]) => `resp = requests.post(\n    "https://api.mistral.ai/v1/embeddings",\n    headers={"Authorization": "Bearer ${v}"},\n    json={"model": "mistral-embed", "input": texts},\n)\n` },
  { context: 'python-app', label: 'constant below import, tab indented class', make: ([v]) => `from mistralai import Mistral\n\nclass Bot:\n\tKEY = "${v}"\n\tdef __init__(self):\n\t\tself.client = Mistral(api_key=self.KEY)\n` },
  { context: 'python-app', label: 'OpenAI client pointed at api.mistral.ai (context after key)', make: ([v]) => `from openai import OpenAI\n\nclient = OpenAI(api_key="${v}", base_url="https://api.mistral.ai/v1")\n` },
  { context: 'python-app', label: 'openai module globals, base then key', make: ([v]) => `import openai\nopenai.api_base = "https://api.mistral.ai/v1"\nopenai.api_key = "${v}"\n` },
  { context: 'python-app', label: 'providers dict, mistral 4 lines above', make: ([v]) => `PROVIDERS = {\n    "openai": {"key": os.getenv("OPENAI_API_KEY")},\n    "mistral": {\n        "base_url": "https://api.mistral.ai/v1",\n        "timeout": 30,\n        "retries": 3,\n        "key": "${v}",\n    },\n}\n` },
  // frameworks
  { context: 'llm-frameworks', label: 'LangChain ChatMistralAI multi-line', make: ([v]) => `llm = ChatMistralAI(\n    model="mistral-large-latest",\n    temperature=0,\n    max_retries=2,\n    api_key="${v}",\n)\n` },
  { context: 'llm-frameworks', label: 'LangChain MistralAIEmbeddings', make: ([v]) => `embeddings = MistralAIEmbeddings(model="mistral-embed", mistral_api_key='${v}')\n` },
  { context: 'llm-frameworks', label: 'LlamaIndex MistralAI', make: ([v]) => `from llama_index.llms.mistralai import MistralAI\nfrom llama_index.core import Settings\n\nSettings.llm = MistralAI(model="mistral-medium", api_key="${v}")\n` },
  { context: 'llm-frameworks', label: 'Haystack Secret.from_token', make: ([v]) => `generator = MistralChatGenerator(\n    api_key=Secret.from_token("${v}"),\n    model="mistral-small",\n)\n` },
  { context: 'llm-frameworks', label: 'CrewAI LLM mistral/', make: ([v]) => `llm = LLM(\n    model="mistral/mistral-large-latest",\n    temperature=0.7,\n    api_key="${v}"\n)\n` },
  { context: 'llm-frameworks', label: 'AutoGen OAI_CONFIG_LIST api_type after key', make: ([v]) => `[\n  {\n    "model": "open-mistral-nemo",\n    "api_key": "${v}",\n    "api_type": "mistral",\n    "api_rate_limit": 0.25\n  }\n]\n` },
  { context: 'llm-frameworks', label: 'LiteLLM proxy config', make: ([v]) => `model_list:\n  - model_name: mistral-small\n    litellm_params:\n      model: mistral/mistral-small-latest\n      api_key: ${v}\n` },
  { context: 'llm-frameworks', label: 'DSPy LM', make: ([v]) => `lm = dspy.LM("mistral/mistral-small-latest", api_key="${v}")\ndspy.configure(lm=lm)\n` },
  { context: 'llm-frameworks', label: 'pydantic-ai MistralProvider', make: ([v]) => `model = MistralModel(\n    'mistral-large-latest', provider=MistralProvider(api_key='${v}')\n)\n` },
  // low-code JSON
  { context: 'workflow-json', label: 'n8n credentials export', make: ([v], r) => `[{"id":"${str(ALNUM, 16, r)}","name":"Mistral Cloud account","type":"mistralCloudApi","data":{"apiKey":"${v}"}}]\n` },
  { context: 'workflow-json', label: 'Flowise credential', make: ([v], r) => `{\n  "id": "${uuid(r)}",\n  "name": "mistral-prod",\n  "credentialName": "mistralAIApi",\n  "plainDataObj": {\n    "mistralAIAPIKey": "${v}"\n  }\n}\n` },
  { context: 'workflow-json', label: 'n8n HTTP node header (minified)', make: ([v], r) => `{"nodes":[{"parameters":{"method":"POST","url":"https://api.mistral.ai/v1/chat/completions","sendHeaders":true,"headerParameters":{"parameters":[{"name":"Authorization","value":"Bearer ${v}"}]},"jsonBody":"={\\"model\\":\\"mistral-small-latest\\"}"},"id":"${uuid(r)}","name":"HTTP Request","type":"n8n-nodes-base.httpRequest","typeVersion":4.2,"position":[460,300]}],"connections":{}}\n` },
  // editors / agents / MCP
  { context: 'editor-mcp', label: 'VS Code settings mistral.apiKey', make: ([v]) => `{\n  "editor.fontSize": 14,\n  "files.autoSave": "afterDelay",\n  "mistral.apiKey": "${v}",\n}\n` },
  { context: 'editor-mcp', label: 'Continue config.json models[]', make: ([v]) => `{\n  "models": [\n    {\n      "title": "Codestral",\n      "provider": "mistral",\n      "model": "codestral-latest",\n      "apiKey": "${v}"\n    }\n  ]\n}\n` },
  { context: 'editor-mcp', label: 'Continue tabAutocompleteModel apiBase after key', make: ([v]) => `  "tabAutocompleteModel": {\n\t"title": "Autocomplete",\n\t"provider": "mistral",\n\t"model": "codestral-latest",\n\t"apiKey": "${v}",\n\t"apiBase": "https://codestral.mistral.ai/v1"\n  },\n` },
  { context: 'editor-mcp', label: 'Continue config.yaml', make: ([v]) => `name: Local Assistant\nversion: 1.0.0\nschema: v1\nmodels:\n  - name: Codestral\n    provider: mistral\n    model: codestral-latest\n    apiKey: ${v}\n    roles:\n      - autocomplete\n` },
  { context: 'editor-mcp', label: 'Zed language_models.mistral', make: ([v]) => `{\n  "theme": "One Dark",\n  "language_models": {\n    "mistral": {\n      "api_url": "https://api.mistral.ai/v1",\n      "api_key": "${v}"\n    }\n  }\n}\n` },
  { context: 'editor-mcp', label: 'Neovim codestral lua', make: ([v]) => `require('codestral').setup({\n  api_key = '${v}',\n  max_tokens = 256,\n})\n` },
  { context: 'editor-mcp', label: 'MCP server env', make: ([v]) => `{\n  "mcpServers": {\n    "mistral": {\n      "command": "npx",\n      "args": ["-y", "mistral-mcp-server"],\n      "env": {\n        "MISTRAL_API_KEY": "${v}"\n      }\n    }\n  }\n}\n` },
  { context: 'editor-mcp', label: 'MCP server env, generic server name', make: ([v]) => `{\n  "servers": {\n    "docs-search": {\n      "type": "stdio",\n      "command": "uvx",\n      "args": ["docs-mcp"],\n      "env": { "EMBEDDINGS_PROVIDER": "mistral", "EMBEDDINGS_API_KEY": "${v}" }\n    }\n  }\n}\n` },
  // prose
  { context: 'docs-chat', label: 'markdown table', make: ([v]) => `## Keys for the demo\n\n| Provider | Model | Key |\n|---|---|---|\n| OpenAI | gpt-4o | see vault |\n| Mistral | mistral-large | ${v} |\n` },
  { context: 'docs-chat', label: 'issue text with fenced config', make: ([v]) => `I'm getting 401 Unauthorized from api.mistral.ai even though the key works in the console.\n\nMy config:\n\n\`\`\`\nmistral_api_key = ${v}\n\`\`\`\n\nAny idea?\n` },
  { context: 'docs-chat', label: 'chat transcript key alone on next line', make: ([v]) => `[10:42] alice: can you try with my mistral key?\n[10:43] alice: ${v}\n[10:43] bob: thanks, works now\n` },
  { context: 'docs-chat', label: 'notes "Mistral key:"', make: ([v]) => `TODO\n- renew domain\n- Mistral key: ${v}\n- ask Paul for the staging DB\n` },
  { context: 'docs-chat', label: 'slack paste inline code', make: ([v]) => `<@U04ABCD> here's the codestral key for the team -> \`${v}\` (please don't share)\n` },
  // data
  { context: 'data-files', label: 'SQL insert', make: ([v]) => `INSERT INTO provider_credentials (provider, api_key, created_at) VALUES ('mistral', '${v}', NOW());\n` },
  { context: 'data-files', label: 'CSV provider,model,api_key', make: ([v]) => `provider,model,api_key\nopenai,gpt-4o,\nmistral,mistral-large-latest,${v}\n` },
  { context: 'data-files', label: 'JSON seed fixtures', make: ([v]) => `{\n  "tenants": [\n    { "name": "acme", "llm": { "vendor": "mistral", "secret": "${v}" } }\n  ]\n}\n` },
  // code
  { context: 'code-js-ts', label: 'new Mistral({ apiKey })', make: ([v], r) => { const c = q(r); return `import { Mistral } from '@mistralai/mistralai'\n\nconst client = new Mistral({\n  apiKey: ${c}${v}${c},${slashComment(r)}\n})\n` } },
  { context: 'code-js-ts', label: 'fetch template literal Bearer', make: ([v]) => `const res = await fetch(\`https://api.mistral.ai/v1/models\`, {\n  headers: { Authorization: \`Bearer ${v}\` },\n})\n` },
  { context: 'code-js-ts', label: 'array of rotated keys', slots: 2, make: ([a, b]) => `// round-robin over our Mistral keys to dodge rate limits\nconst MISTRAL_KEYS = [\n  '${a}',\n  '${b}',\n]\n` },
  { context: 'code-js-ts', label: 'vercel ai sdk createMistral', make: ([v]) => `import { createMistral } from '@ai-sdk/mistral'\n\nconst mistral = createMistral({\n    apiKey: "${v}",\n})\n` },
  { context: 'code-js-ts', label: 'minified bundle (long line)', make: ([v], r) => { const pad = (n: number) => Array.from({ length: n }, () => `var ${str(LETTERS, 2, r)}=function(${str('abcdef', 1, r)}){return ${str(LOWER_ALNUM, 6, r)}(${r() > 0.5 ? 1 : 0})};`).join(''); return `${pad(1500)}const Ku=new Mistral({apiKey:"${v}",serverURL:"https://api.mistral.ai"});${pad(1500)}\n` } },
  { context: 'code-other', label: 'Go client', make: ([v]) => `package main\n\nimport "github.com/gage-technologies/mistral-go"\n\nfunc main() {\n\tclient := mistral.NewMistralClientDefault("${v}")\n\t_ = client\n}\n` },
  { context: 'code-other', label: 'Rust mistralai_client', make: ([v]) => `use mistralai_client::v1::client::Client;\n\nfn main() {\n    let client = Client::new(Some("${v}".to_string()), None, None, None).unwrap();\n}\n` },
  { context: 'code-other', label: 'Java LangChain4j builder', make: ([v]) => `ChatLanguageModel model = MistralAiChatModel.builder()\n        .apiKey("${v}")\n        .modelName(MistralAiChatModelName.MISTRAL_SMALL_LATEST)\n        .build();\n` },
  { context: 'code-other', label: 'Spring application.yml', make: ([v]) => `spring:\n  ai:\n    mistralai:\n      api-key: ${v}\n      chat:\n        options:\n          model: mistral-small-latest\n` },
  { context: 'code-other', label: 'C# MistralClient', make: ([v]) => `var client = new MistralClient(new APIAuthentication("${v}"));\r\nvar resp = await client.Completions.GetCompletionAsync(request);\r\n` },
  { context: 'code-other', label: 'PHP client', make: ([v]) => `<?php\n$client = new \\Partitech\\PhpMistral\\MistralClient('${v}');\n` },
  { context: 'code-other', label: 'Ruby client', make: ([v]) => `require 'mistral'\n\nclient = Mistral::Client.new(api_key: '${v}')\n` },
  { context: 'ci-docker', label: 'Dockerfile ENV', make: ([v]) => `FROM python:3.12-slim\nWORKDIR /app\nENV MISTRAL_API_KEY=${v}\nCOPY . .\nCMD ["python", "app.py"]\n` },
  { context: 'ci-docker', label: 'workflow env hard-coded', make: ([v]) => `jobs:\n  eval:\n    runs-on: ubuntu-latest\n    env:\n      MISTRAL_API_KEY: ${v}\n    steps:\n      - uses: actions/checkout@v4\n` },
  { context: 'ci-docker', label: 'compose environment list', make: ([v]) => `services:\n  bot:\n    image: acme/bot\n    environment:\n      - MISTRAL_API_KEY=${v}\n      - LOG_LEVEL=debug\n` },
  { context: 'notebook', label: 'ipynb escaped source', make: ([v]) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n    "os.environ[\\"MISTRAL_API_KEY\\"] = \\"${v}\\"\\n",\n    "from mistralai import Mistral"\n   ]\n  }\n ]\n}\n` },
  { context: 'notebook', label: 'ipynb Mistral(api_key=) single string', make: ([v]) => `{"cells":[{"cell_type":"code","source":"client = Mistral(api_key='${v}')\\nresp = client.chat.complete(model='mistral-small-latest', messages=msgs)","outputs":[]}],"nbformat":4}\n` },
]

// --- negatives that do not come from a key slot ------------------------------------------------------------------

type NegativeMaker = { context: string; label: string; make: (r: Rnd) => string }

const N: NegativeMaker[] = [
  {
    context: 'sdk-type-names',
    label: 'TS imports of 32-char SDK types',
    make: (r) => `import type {\n  ${wordName(r)},\n  ${wordName(r)},\n} from '@mistralai/mistralai/models/components'\nimport { Mistral } from '@mistralai/mistralai'\n\nexport function to${wordName(r, 24)}(x: ${wordName(r)}): ${wordName(r)} {\n  return x as never\n}\n`,
  },
  {
    context: 'sdk-type-names',
    label: 'Python SDK model classes',
    make: (r) => `from mistralai.models import (\n    ${wordName(r)},\n    ${wordName(r)},\n)\n\nclass ${wordName(r)}(BaseModel):\n    model: str = "mistral-small-latest"\n`,
  },
  {
    context: 'sdk-type-names',
    label: 'generated file list',
    make: (r) => `src/models/components/${wordName(r)}.ts\nsrc/models/operations/${wordName(r)}.ts\ndocs/models/${wordName(r)}.md\n# mistralai SDK regenerated by speakeasy\n`,
  },
  {
    context: 'sdk-type-names',
    label: 'camelCase method names near mistral',
    make: (r) => `const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })\nawait mistral.${wordName(r)}()\nexport const ${wordName(r)} = 'agents.conversations'\n`,
  },
  {
    context: 'lockfiles',
    label: 'package-lock integrity sha512',
    make: (r) => `    "node_modules/@mistralai/mistralai": {\n      "version": "1.${Math.floor(r() * 9)}.0",\n      "resolved": "https://registry.npmjs.org/@mistralai/mistralai/-/mistralai-1.5.0.tgz",\n      "integrity": "sha512-${str(B64, 86, r)}==",\n      "license": "Apache-2.0"\n    },\n`,
  },
  {
    context: 'lockfiles',
    label: 'poetry/uv lock hashes',
    make: (r) => `[[package]]\nname = "mistralai"\nversion = "1.2.3"\nfiles = [\n    {file = "mistralai-1.2.3-py3-none-any.whl", hash = "sha256:${str(HEX, 64, r)}"},\n    {file = "mistralai-1.2.3.tar.gz", hash = "sha256:${str(HEX, 64, r)}"},\n]\n`,
  },
  {
    context: 'lockfiles',
    label: 'yarn.lock / pnpm integrity',
    make: (r) => `"@ai-sdk/mistral@^1.0.0":\n  version "1.0.9"\n  resolved "https://registry.yarnpkg.com/@ai-sdk/mistral/-/mistral-1.0.9.tgz#${str(HEX, 40, r)}"\n  integrity sha512-${str(B64, 86, r)}==\n`,
  },
  {
    context: 'api-logs',
    label: 'logged chat completion response',
    make: (r) => `2024-11-05T10:${Math.floor(r() * 50 + 10)}:01Z INFO mistral response {"id":"${chance(0.5, r) ? 'cmpl-' : ''}${str(HEX, 32, r)}","object":"chat.completion","created":1730800000,"model":"mistral-small-latest","choices":[{"index":0,"message":{"role":"assistant","content":"Bonjour"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"total_tokens":12}}\n`,
  },
  {
    context: 'api-logs',
    label: 'response headers request ids',
    make: (r) => `< HTTP/2 200\n< content-type: application/json\n< mistral-correlation-id: ${uuid(r)}\n< x-kong-request-id: ${str(HEX, 32, r)}\n< x-envoy-upstream-service-time: 312\n< cf-ray: ${str(HEX, 16, r)}-CDG\n> Authorization: Bearer ***\n> Host: api.mistral.ai\n`,
  },
  {
    context: 'api-logs',
    label: 'fine-tune / agent / file ids',
    make: (r) => `job = client.fine_tuning.jobs.get(job_id="${uuid(r)}")\nprint(job.fine_tuned_model)  # ft:open-mistral-7b:${str(HEX, 8, r)}:20240514:${str(HEX, 8, r)}\nagent_id = "ag:${str(HEX, 8, r)}:20240801:docs-bot:${str(HEX, 8, r)}"\nfile_id = "${uuid(r)}"\n`,
  },
  {
    context: 'other-providers',
    label: '.env with other providers, Mistral from env',
    make: (r) => `OPENAI_API_KEY=sk-proj-${str(ALNUM + '-_', 64, r)}\nANTHROPIC_API_KEY=sk-ant-api03-${str(ALNUM + '-_', 93, r)}AA\nHF_TOKEN=hf_${str(LETTERS, 34, r)}\nGROQ_API_KEY=gsk_${str(ALNUM, 52, r)}\nMISTRAL_API_KEY=\${MISTRAL_API_KEY}\n`,
  },
  {
    context: 'other-providers',
    label: 'tavily/cohere/firecrawl next to mistral',
    make: (r) => `MISTRAL_MODEL=mistral-large-latest\nTAVILY_API_KEY=tvly-${str(ALNUM, 32, r)}\nCOHERE_API_KEY=${str(ALNUM, 40, r)}\nFIRECRAWL_API_KEY=fc-${str(HEX, 32, r)}\nLANGSMITH_API_KEY=lsv2_pt_${str(HEX, 32, r)}_${str(HEX, 10, r)}\n`,
  },
  {
    context: 'other-providers',
    label: 'tokens with prefixes in python next to Mistral()',
    make: (r) => `from mistralai import Mistral\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\ngh = Github("ghp_${str(ALNUM, 36, r)}")\nstripe.api_key = "sk_live_${str(ALNUM, 24, r)}"\nopenrouter = "sk-or-v1-${str(HEX, 64, r)}"\n`,
  },
  {
    context: 'other-providers',
    label: 'LiteLLM config with other providers + mistral ref',
    make: (r) => `model_list:\n  - model_name: mistral-large\n    litellm_params:\n      model: mistral/mistral-large-latest\n      api_key: os.environ/MISTRAL_API_KEY\n  - model_name: together\n    litellm_params:\n      model: together_ai/meta-llama\n      api_key: ${str(HEX, 64, r)}\n  - model_name: pplx\n    litellm_params:\n      api_key: pplx-${str(ALNUM, 48, r)}\n`,
  },
  {
    context: 'hashes',
    label: 'model weight checksums',
    make: (r) => `# Mistral-7B-v0.3 checksums\n${str(HEX, 32, r)}  consolidated.safetensors\n${str(HEX, 32, r)}  params.json\n${str(HEX, 32, r)}  tokenizer.model.v3\n`,
  },
  {
    context: 'hashes',
    label: 'HF revision / git sha / docker digest',
    make: (r) => `model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-Instruct-v0.3", revision="${str(HEX, 40, r)}")\n# image: ghcr.io/mistralai/inference@sha256:${str(HEX, 64, r)}\n# fixed in ${str(HEX, 7, r)} (mistral client bump)\n`,
  },
  {
    context: 'masked-placeholders',
    label: 'README setup with placeholders',
    make: (r) => `## Setup\n\n1. Get a key at https://console.mistral.ai/api-keys\n2. Run:\n\n\`\`\`bash\nexport MISTRAL_API_KEY=${oneOf(['your_api_key_here', '<your-key>', 'x'.repeat(32), '...', sequential(r)], r)}\n\`\`\`\n`,
  },
  {
    context: 'masked-placeholders',
    label: 'masked key in issue text',
    make: (r) => `Mistral returns 401 with my key \`${masked(r)}\` since yesterday. Codestral endpoint works though.\n`,
  },
  {
    context: 'masked-placeholders',
    label: '.env.example',
    make: (r) => `# Copy to .env\nMISTRAL_API_KEY=${oneOf(['', 'changeme', 'your-mistral-api-key', '<MISTRAL_API_KEY>', wordPlaceholder(r)], r)}\nCODESTRAL_API_KEY=${oneOf(['', 'your-codestral-key', sequential(r)], r)}\n`,
  },
  {
    context: 'env-refs-code',
    label: 'code reading key from env / secret stores',
    make: (r) =>
      oneOf(
        [
          `client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n`,
          `const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' })\n`,
          `api_key = os.getenv("MISTRAL_API_KEY")\nllm = ChatMistralAI(api_key=api_key)\n`,
          `from google.colab import userdata\nclient = Mistral(api_key=userdata.get('MISTRAL_API_KEY'))\n`,
          `client = Mistral(api_key=st.secrets["MISTRAL_API_KEY"])\n`,
          `String key = System.getenv("MISTRAL_API_KEY");\nMistralAiChatModel.builder().apiKey(key).build();\n`,
          `let key = std::env::var("MISTRAL_API_KEY")?; // mistral\n`,
          `env:\n  MISTRAL_API_KEY: \${{ secrets.MISTRAL_API_KEY }}\n`,
          `mistral:\n  apiKey: {{ .Values.secrets.mistralApiKey | quote }}\n`,
          `ENV MISTRAL_API_KEY=\${MISTRAL_API_KEY}\nARG CODESTRAL_API_KEY\n`,
        ],
        r,
      ),
  },
  {
    context: 'notebook-outputs',
    label: 'notebook with mistral cell and base64 image output',
    make: (r) => `{"cells":[{"cell_type":"code","source":["client = Mistral(api_key=userdata.get('MISTRAL_API_KEY'))\\n","plot(resp)"],"outputs":[{"output_type":"display_data","data":{"image/png":"iVBORw0KGgo${str(B64, 4000, r)}"}}]}]}\n`,
  },
  {
    context: 'notebook-outputs',
    label: 'minified bundle with inline base64 sourcemap mentioning mistral',
    make: (r) => `import{Mistral as e}from"@mistralai/mistralai";const t=new e({apiKey:process.env.MISTRAL_API_KEY});export{t as client};\n//# sourceMappingURL=data:application/json;base64,${str(B64, 6000, r)}\n`,
  },
  {
    context: 'random-ids',
    label: 'n8n/Flowise workflow ids near mistral nodes',
    make: (r) => `{"id":"${str(ALNUM, 16, r)}","name":"Mistral summarizer","nodes":[{"id":"${uuid(r)}","name":"Mistral Cloud Chat Model","type":"@n8n/n8n-nodes-langchain.lmChatMistralCloud","credentials":{"mistralCloudApi":{"id":"${str(ALNUM, 16, r)}","name":"Mistral Cloud account"}}}],"versionId":"${uuid(r)}"}\n`,
  },
  {
    context: 'random-ids',
    label: 'sentry dsn / analytics ids in mistral app',
    make: (r) => `SENTRY_DSN=https://${str(HEX, 32, r)}@o${Math.floor(r() * 1e6)}.ingest.sentry.io/${Math.floor(r() * 1e7)}\nMIXPANEL_TOKEN=${str(HEX, 32, r)}\nMISTRAL_AGENT_ID=ag:${str(HEX, 8, r)}:20250101:support:${str(HEX, 8, r)}\n`,
  },
  {
    context: 'random-ids',
    label: 'sops-encrypted mistral secret file',
    make: (r) => `mistral:\n    api_key: ${sopsValue(r)}\nsops:\n    lastmodified: "2024-10-01T09:00:00Z"\n    mac: ENC[AES256_GCM,data:${str(B64, 86, r)}==,iv:${str(B64, 43, r)}=,tag:${str(B64, 22, r)}==,type:str]\n`,
  },
  {
    context: 'neighbour-32-alnum',
    label: 'other service 32-char alnum id/key next to mistral ref',
    make: (r) => `MISTRAL_API_KEY=\${MISTRAL_API_KEY}\n${oneOf(['AUTH0_CLIENT_ID', 'SEGMENT_WRITE_KEY', 'NEXT_PUBLIC_ALGOLIA_APP_KEY', 'SESSION_SECRET'], r)}=${str(ALNUM, 32, r)}\n`,
  },
]

// --- formatting variations applied to any sample -----------------------------------------------------------------

function reformat(text: string, r: Rnd): string {
  let out = text
  if (chance(0.1, r)) out = out.replace(/\n/g, ' \n') // trailing whitespace
  if (chance(0.2, r) && !out.includes('\r\n')) out = out.replace(/\n/g, '\r\n')
  if (chance(0.15, r)) out = `\uFEFF${out}` // BOM from Windows editors
  return out
}

function keyFor(seed: number, r: Rnd): string {
  return fakeKey(seed, { lettersOnly: chance(0.15, r) })
}

/** Builds the corpus. Same seed, same corpus. */
export function buildCorpus(seed = 20250601): Sample[] {
  const r = prng(seed)
  const samples: Sample[] = []
  let keySeed = 770000
  // Positives: every template about 3-4 times with different keys and formatting.
  for (let i = 0; i < 240; i++) {
    const t = T[i % T.length]
    const keys = Array.from({ length: t.slots ?? 1 }, () => keyFor(keySeed++, r))
    samples.push({ context: t.context, label: t.label, text: reformat(t.make(keys, r), r), keys })
  }
  // Positives with a 32-char look-alike neighbour that must not be reported.
  for (let i = 0; i < 12; i++) {
    const key = keyFor(keySeed++, r)
    const other = str(ALNUM, 32, r)
    const name = oneOf(['AUTH0_CLIENT_ID', 'SEGMENT_WRITE_KEY', 'SESSION_SECRET', 'PUSHER_APP_SECRET'], r)
    samples.push({
      context: 'neighbour-32-alnum',
      label: 'mistral key with a 32-char neighbour secret',
      text: reformat(`MISTRAL_API_KEY=${key}\n${name}=${other}\n`, r),
      keys: [key],
    })
  }
  // Negatives from the same templates with a decoy in the key's slot.
  for (let i = 0; i < 260; i++) {
    const t = T[(i * 7) % T.length]
    const decoys = Array.from({ length: t.slots ?? 1 }, () => decoyValue(r))
    samples.push({
      context: t.context,
      label: `${t.label} [${decoys.map((d) => d.kind).join('+')}]`,
      text: reformat(t.make(decoys.map((d) => d.value), r), r),
      keys: [],
    })
  }
  // Negatives that are whole situations.
  for (let i = 0; i < 200; i++) {
    const n = N[i % N.length]
    samples.push({ context: n.context, label: n.label, text: reformat(n.make(r), r), keys: [] })
  }
  return samples
}
