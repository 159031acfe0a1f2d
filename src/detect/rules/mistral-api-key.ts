// Mistral API keys (api.mistral.ai): 32 random letters and digits, no prefix, so context decides.
import { exampleHex, exampleKey } from '../example-keys.js'
import { MISTRAL_WORDS } from '../keywords.js'
import { defineRule } from '../rule.js'

// Example keys are generated, never written down (the repository scans itself).
const key = (seed: number) => exampleKey(1000 + seed)
const k = Array.from({ length: 44 }, (_, i) => key(i))
const lettersOnly = exampleKey(1100, { lettersOnly: true })
// Names and patterns that merely have a key's shape, assembled so no 32-character run sits in this file.
const sdkTypeName = 'ChatCompletion' + 'ChoiceFinishReason'
const sdkFileName = 'librariesdocuments' + 'patchv1request'
const sequence = 'abcdefghijklmnop' + 'qrstuvwxyzABCDEF'
/** Lines that push a definition far from where it is used (beyond every window but the use-site rule's). */
const filler = (lines: number) => Array.from({ length: lines }, (_, i) => `    step_${i} = step_${i} + ${i}\n`).join('')

export const mistralApiKey = defineRule({
  id: 'mistral-api-key',
  description: 'Mistral AI API key: 32 letters and digits used with api.mistral.ai, found by its context.',
  keywords: MISTRAL_WORDS.filter((word) => word !== 'codestral'),
  truePositives: [
    // The variable name says it all.
    { note: 'env file', text: `MISTRAL_API_KEY=${k[0]}\n`, secret: k[0] },
    { note: 'quoted shell export', text: `export MISTRAL_API_KEY="${k[1]}"\n`, secret: k[1] },
    { note: 'Dockerfile ENV without =', text: `FROM node:24\nENV MISTRAL_API_KEY ${k[2]}\n`, secret: k[2] },
    {
      note: 'workflow with a hard-coded value',
      text: `jobs:\n  test:\n    env:\n      MISTRAL_API_KEY: ${k[3]}\n    steps:\n      - run: npm test\n`,
      secret: k[3],
    },
    // The client is named on the line or above it.
    { note: 'Python client', text: `client = Mistral(api_key="${k[4]}")\n`, secret: k[4] },
    {
      note: 'multi-line TypeScript constructor',
      text: `const mistral = new Mistral({\n  serverURL: 'https://eu.example.org',\n  timeoutMs: 30_000,\n  apiKey: '${k[5]}',\n})\n`,
      secret: k[5],
    },
    {
      note: 'OpenAI-compatible client pointed at Mistral (the sibling below names it)',
      text: `client = OpenAI(\n    api_key="${k[6]}",\n    base_url="https://api.mistral.ai/v1",\n)\n`,
      secret: k[6],
    },
    // Configuration sections.
    {
      note: 'YAML section with the key a few children down',
      text: `mistral:\n  model: large-latest\n  temperature: 0.2\n  max_tokens: 512\n  api_key: ${k[7]}\n`,
      secret: k[7],
    },
    { note: 'TOML table', text: `[tool.mistral]\nendpoint = "https://eu.example.org"\napi_key = "${k[8]}"\n`, secret: k[8] },
    {
      note: 'nested JSON',
      text: `{\n  "providers": {\n    "mistral": {\n      "model": "large",\n      "api_key": "${k[9]}"\n    }\n  }\n}\n`,
      secret: k[9],
    },
    {
      note: 'Jupyter notebook cell (JSON-escaped source)',
      text: `   "source": [\n    "import os\\n",\n    "from mistralai import Mistral\\n",\n    "\\n",\n    "api_key = \\"${k[10]}\\"\\n",\n    "client = Mistral(api_key=api_key)"\n   ]\n`,
      secret: k[10],
    },
    {
      note: 'curl across backslash-continued lines',
      text: `curl https://api.mistral.ai/v1/models \\\n  -H 'Accept: application/json' \\\n  -H "Authorization: Bearer ${k[11]}"\n`,
      secret: k[11],
    },
    { note: 'a key made of letters only', text: `MISTRAL_API_KEY='${lettersOnly}'\n`, secret: lettersOnly },
    { note: 'CRLF line endings', text: `# settings\r\nMISTRAL_API_KEY=${k[12]}\r\nDEBUG=1\r\n`, secret: k[12] },
    { note: 'Go client', text: `client := mistral.NewMistralClientDefault("${k[13]}")\n`, secret: k[13] },
    { note: 'hard-coded fallback of an env lookup', text: `api_key = os.getenv("MISTRAL_API_KEY", "${k[20]}")\n`, secret: k[20] },
    {
      note: 'Python key defined above the client that uses it',
      text: `from mistralai import Mistral\n\nAPI_KEY = "${k[14]}"\nclient = Mistral(api_key=API_KEY)\n`,
      secret: k[14],
    },
    // A value named beside it (`- name: X` / `value:`): the name is its label.
    {
      note: 'Kubernetes env entry named MISTRAL_API_KEY among others',
      text: `env:\n  - name: LOG_LEVEL\n    value: info\n  - name: MISTRAL_API_KEY\n    value: "${k[22]}"\n  - name: PORT\n    value: "8080"\n`,
      secret: k[22],
    },
    {
      note: 'ECS container environment on one line',
      text: `"environment": [{"name": "PORT", "value": "80"}, {"name": "MISTRAL_API_KEY", "value": "${k[23]}"}]\n`,
      secret: k[23],
    },
    // A label naming a provider whose keys carry a prefix, with a Mistral host configured beside it.
    {
      note: 'Open WebUI pointed at Mistral through its OpenAI variables',
      text: `services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      OPENAI_API_BASE_URL: https://api.mistral.ai/v1\n      OPENAI_API_KEY: ${k[24]}\n`,
      secret: k[24],
    },
    // A section named after something else under a Mistral one still lies within it.
    {
      note: 'YAML key under named subsections of a Mistral section',
      text: `mistral:\n  accounts:\n    research_team:\n      api_key: ${k[25]}\n`,
      secret: k[25],
    },
    // The use beyond the windows: the name the key is assigned to is passed to the client far below.
    {
      note: 'key assigned far from the import, passed to the client further down',
      text: `from mistralai import Mistral\n\ndef prepare():\n${filler(50)}    return True\n\nAPI_KEY = "${k[26]}"\n\ndef main():\n${filler(10)}    client = Mistral(api_key=API_KEY)\n`,
      secret: k[26],
    },
    // Generic wrappers say nothing: the call around them, and the lines above, do.
    {
      note: 'Rust client given Some(…) of the key, the crate named only above',
      text: `use mistralai_client::v1::{client::Client, constants::Model};\n\nasync fn ask() -> anyhow::Result<()> {\n    let api = Client::new(Some(String::from("${k[36]}")), None, Some(3), None)?;\n    Ok(())\n}\n`,
      secret: k[36],
    },
    // A chat speaker's name is not a label: the lines above speak for what they paste.
    {
      note: 'chat transcript: key pasted alone after asking about the Mistral key',
      text: `[16:20] sam: which mistral key should the bot use?\n[16:21] kim: ${k[37]}\n[16:21] sam: thanks\n`,
      secret: k[37],
    },
  ],
  falsePositives: [
    { note: 'SDK type name of 32 letters', text: `import { ${sdkTypeName} } from '@mistralai/mistralai'\n` },
    { note: 'SDK file name in lowercase', text: `export * from "./${sdkFileName}.js"; // @mistralai/mistralai\n` },
    { note: 'placeholder', text: `MISTRAL_API_KEY=your-api-key-here\n` },
    { note: 'placeholder of one repeated letter', text: `MISTRAL_API_KEY=${'x'.repeat(32)}\n` },
    { note: 'sequential placeholder', text: `MISTRAL_API_KEY=${sequence}\n` },
    { note: 'workflow secret reference', text: `env:\n  MISTRAL_API_KEY: \${{ secrets.MISTRAL_API_KEY }}\n` },
    { note: 'environment reference', text: `const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })\n` },
    { note: 'MD5 next to the word', text: `mistral-7b.gguf md5 ${exampleHex(1)}\n` },
    { note: 'substring of a longer token', text: `MISTRAL_API_KEY=sk-${k[15]}\n` },
    { note: 'another provider section next to a Mistral one', text: `openai:\n  api_key: ${k[16]}\nmistral:\n  model: small\n` },
    { note: 'no Mistral context at all', text: `API_KEY=${k[17]}\n` },
    { note: 'inline ignore', text: `MISTRAL_API_KEY=${k[18]} # mistral-guard:allow\n` },
    { note: 'an identifier that is not a secret', text: `mistral_request_id = "${k[19]}"\n` },
    { note: "the app's own secret next to Mistral settings", text: `MISTRAL_MODEL=small-latest\nSECRET_KEY=${k[21]}\n` },
    // Sibling entries of a list are peers: one naming Mistral says nothing about the next.
    {
      note: 'Kubernetes env entry after one that names Mistral',
      text: `env:\n  - name: MISTRAL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mistral-credentials\n        key: api-key\n  - name: COOKIE_SECRET\n    value: "${k[27]}"\n`,
    },
    {
      note: 'ECS environment entry after one that names Mistral',
      text: `[{"name": "MISTRAL_MODEL", "value": "mistral-small"}, {"name": "COOKIE_SECRET", "value": "${k[28]}"}]\n`,
    },
    {
      note: 'Terraform env block after one that names Mistral',
      text: `  env {\n    name  = "MISTRAL_MODEL"\n    value = "mistral-small"\n  }\n  env {\n    name  = "COOKIE_SECRET"\n    value = "${k[29]}"\n  }\n`,
    },
    // A named section is a boundary: its siblings speak for themselves.
    { note: 'DeepInfra section next to a Mistral one', text: `mistral:\n  model: small\ndeepinfra:\n  api_key: ${k[30]}\n` },
    {
      note: 'a service of no known provider next to a Mistral section',
      text: `mistral:\n  model: small\nsearch_index:\n  api_key: ${k[31]}\n`,
    },
    {
      note: 'Weaviate JSON object next to a Mistral one',
      text: `{\n  "mistral": {\n    "model": "mistral-small"\n  },\n  "weaviate": {\n    "url": "http://localhost:8080",\n    "api_key": "${k[32]}"\n  }\n}\n`,
    },
    // A prefixed provider's label needs a Mistral host, not the word.
    { note: 'OpenAI label next to the word Mistral only', text: `MISTRAL_MODEL=mistral-small\nOPENAI_API_KEY=${k[33]}\n` },
    { note: 'a provider without prefixes next to a Mistral host', text: `BASE_URL=https://api.mistral.ai/v1\nCOHERE_API_KEY=${k[34]}\n` },
    {
      note: 'an assigned name passed to another client',
      text: `from mistralai import Mistral\n\ndef prepare():\n${filler(50)}    return True\n\nAPI_KEY = "${k[35]}"\n${filler(10)}search = Algolia(api_key=API_KEY)\n`,
    },
    // Looking through wrappers and speakers keeps other names as labels.
    {
      note: "the app's own secret, wrapped in Some(…), in Rust code using the Mistral client",
      text: `use mistralai_client::v1::client::Client;\n\nfn main() {\n    let session_secret = Some("${k[38]}".to_string());\n}\n`,
    },
    {
      note: 'a top-level YAML key after a Mistral section is not a chat speaker',
      text: `mistral:\n  model: small\nredis: ${k[39]}\n`,
    },
    {
      note: 'a wrapped value given to another provider client',
      text: `use mistralai_client::v1::client::Client;\n\nfn main() {\n    let other = CohereClient::new(Some("${k[40]}".to_string()));\n}\n`,
    },
  ],
})
