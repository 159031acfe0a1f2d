// Contexts where a Mistral or Codestral key really sits: each variant is a realistic file or snippet, with the
// Mistral context on the key's line, above it, below it, or several levels up.
import type { Context } from './sample.js'

const one = (text: string, key: string) => ({ text, keys: [key] })

export const POSITIVE_CONTEXTS: Context[] = [
  {
    name: 'env-file',
    variants: [
      (g) => { const k = g.key(); return one(`${g.noise('env')}MISTRAL_API_KEY=${k}\n${g.noise('env')}`, k) },
      (g) => { const k = g.key(); const q = g.quote(); return one(`# Mistral\nMISTRAL_API_KEY=${q}${k}${q}\nMISTRAL_MODEL=mistral-small-latest\n`, k) },
      (g) => { const k = g.key(); return one(`# LLM provider: Mistral\nLLM_PROVIDER=mistral\nLLM_MODEL=mistral-large-latest\nAPI_KEY=${k}\n${g.noise('env')}`, k) },
      (g) => { const k = g.key(); return one(`${g.noise('env')}MISTRAL_KEY=${k}\r\nDEBUG=false\r\n`, k) },
      (g) => { const k = g.key(); return one(`VITE_MISTRAL_API_KEY=${k}\nVITE_APP_TITLE=Chat\n`, k) },
      (g) => { const k = g.key(); return one(`MISTRAL_API_KEY = "${k}"  # rotate monthly\n`, k) },
      (g) => { const k = g.key(); return one(`NEXT_PUBLIC_MISTRAL_KEY=${k}\n`, k) },
    ],
  },
  {
    name: 'shell',
    variants: [
      (g) => { const k = g.key(); return one(`#!/usr/bin/env bash\nset -euo pipefail\nexport MISTRAL_API_KEY="${k}"\npython main.py\n`, k) },
      (g) => { const k = g.key(); return one(`MISTRAL_API_KEY=${k} uv run chat.py --model mistral-small\n`, k) },
      (g) => { const k = g.key(); return one(`$env:MISTRAL_API_KEY = "${k}"\npython .\\agent.py\n`, k) },
      (g) => { const k = g.key(); return one(`setx MISTRAL_API_KEY "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`# talk to mistral\nexport API_KEY='${k}'\nexport MODEL=open-mistral-nemo\n`, k) },
      (g) => { const k = g.key(); return one(`docker run --rm -e MISTRAL_API_KEY=${k} -p 8080:8080 ghcr.io/acme/bot:latest\n`, k) },
    ],
  },
  {
    name: 'dockerfile',
    variants: [
      (g) => { const k = g.key(); return one(`FROM python:3.12-slim\nWORKDIR /app\nENV MISTRAL_API_KEY ${k}\nCOPY . .\nCMD ["python", "app.py"]\n`, k) },
      (g) => { const k = g.key(); return one(`FROM node:24-alpine\nARG MISTRAL_API_KEY=${k}\nRUN npm ci\n`, k) },
      (g) => { const k = g.key(); return one(`FROM node:24\nENV NODE_ENV=production \\\n    MISTRAL_API_KEY=${k} \\\n    PORT=3000\n`, k) },
    ],
  },
  {
    name: 'workflow-yaml',
    variants: [
      (g) => { const k = g.key(); return one(`name: test\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      MISTRAL_API_KEY: ${k}\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest\n`, k) },
      (g) => { const k = g.key(); return one(`    steps:\n      - name: Summarize with Mistral\n        uses: acme/mistral-summary@v1\n        with:\n          model: mistral-small-latest\n          api-key: ${k}\n          max-tokens: 400\n`, k) },
      (g) => { const k = g.key(); return one(`services:\n  bot:\n    image: acme/bot\n    environment:\n      - MISTRAL_API_KEY=${k}\n      - LOG_LEVEL=debug\n`, k) },
      (g) => { const k = g.key(); return one(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: mistral-credentials\nstringData:\n  api-key: ${k}\n`, k) },
    ],
  },
  {
    name: 'yaml-section',
    variants: [
      (g) => {
        const k = g.key()
        const siblings = ['model: mistral-large-latest', 'temperature: 0.3', 'max_tokens: 1024', 'top_p: 0.95', 'safe_prompt: false', 'timeout: 60']
        const before = siblings.slice(0, g.int(0, 5)).map((line) => `  ${line}`).join('\n')
        return one(`${g.noise('yaml')}mistral:\n${before}${before ? '\n' : ''}  api_key: ${k}\n`, k)
      },
      (g) => { const k = g.key(); return one(`llm:\n  providers:\n    mistral:\n      base_url: https://api.mistral.ai\n      retries: 2\n      credentials:\n        key: ${k}\n`, k) },
      (g) => { const k = g.key(); return one(`spring:\n  ai:\n    mistralai:\n      api-key: ${k}\n      chat:\n        options:\n          model: mistral-small-latest\n`, k) },
      (g) => { const k = g.key(); return one(`llm:\n  provider: mistral\n  api_key: ${k}\n  model: mistral-medium\n`, k) },
      (g) => { const k = g.key(); return one(`default:\n  api_key: ${k}\n  provider: mistral\n`, k) },
      (g) => { const k = g.key(); return one(`mistral:\n  keys:\n    - ${k}\n`, k) },
      (g) => { const k = g.key(); return one(`# Mistral settings\nmistral_api_key: "${k}"\n`, k) },
    ],
  },
  {
    name: 'toml-ini',
    variants: [
      (g) => { const k = g.key(); return one(`[mistral]\nmodel = "mistral-large-latest"\napi_key = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`[tool.poetry]\nname = "bot"\n\n[tool.mistral]\nendpoint = "https://api.mistral.ai"\ntimeout = 30\nkey = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`; settings.ini\n[general]\ndebug = false\n\n[mistral]\ntoken=${k}\n`, k) },
      (g) => { const k = g.key(); return one(`[providers.mistral]\napi_key = '${k}'\n\n[providers.local]\nurl = "http://localhost:11434"\n`, k) },
    ],
  },
  {
    name: 'json-nested',
    variants: [
      (g) => { const k = g.key(); return one(`{\n  "mistral": {\n    "api_key": "${k}"\n  }\n}\n`, k) },
      (g) => { const k = g.key(); return one(`{\n  "name": "bot",\n  "providers": {\n    "mistral": {\n      "model": "mistral-small-latest",\n      "temperature": 0.2,\n      "maxTokens": 800,\n      "apiKey": "${k}"\n    }\n  }\n}\n`, k) },
      (g) => { const k = g.key(); return one(`{"providers":{"openai":{"model":"gpt-4o"},"mistral":{"model":"mistral-large-latest","api_key":"${k}"}}}\n`, k) },
      (g) => { const k = g.key(); return one(`[\n  {\n    "name": "mistral",\n    "endpoint": "https://api.mistral.ai/v1",\n    "key": "${k}"\n  }\n]\n`, k) },
      (g) => { const k = g.key(); return one(`{\n  "MistralAI": {\n    "ApiKey": "${k}",\n    "Model": "mistral-small-latest"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n`, k) },
    ],
  },
  {
    name: 'notebook',
    variants: [
      (g) => {
        const k = g.key()
        return one(`  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n    "from mistralai import Mistral\\n",\n    "\\n",\n    "api_key = \\"${k}\\"\\n",\n    "model = \\"mistral-large-latest\\"\\n",\n    "client = Mistral(api_key=api_key)"\n   ]\n  }\n`, k)
      },
      (g) => { const k = g.key(); return one(`{"cells":[{"cell_type":"code","source":["from mistralai.client import MistralClient\\n","client = MistralClient(api_key=\\"${k}\\")\\n"]}]}\n`, k) },
      (g) => { const k = g.key(); return one(`   "source": [\n    "os.environ[\\"MISTRAL_API_KEY\\"] = \\"${k}\\"\\n",\n    "llm = ChatMistralAI(model=\\"mistral-small\\")"\n   ]\n`, k) },
      (g) => { const k = g.key(); return one(`   "source": "from mistralai import Mistral\\nimport json\\nclient = Mistral(api_key=\\"${k}\\")\\nprint(client.models.list())"\n`, k) },
      (g) => {
        const k = g.key()
        const filler = Array.from({ length: g.int(2, 8) }, (_, i) => `    "x${i} = compute(${i})\\n",`).join('\n')
        return one(`   "source": [\n    "from mistralai import Mistral\\n",\n${filler}\n    "KEY = \\"${k}\\"\\n",\n    "client = Mistral(api_key=KEY)"\n   ]\n`, k)
      },
    ],
  },
  {
    name: 'curl',
    variants: [
      (g) => { const k = g.key(); return one(`curl https://api.mistral.ai/v1/models -H "Authorization: Bearer ${k}"\n`, k) },
      (g) => {
        const k = g.key()
        return one(`curl --location "https://api.mistral.ai/v1/chat/completions" \\\n     --header 'Content-Type: application/json' \\\n     --header 'Accept: application/json' \\\n     --header "Authorization: Bearer ${k}" \\\n     --data '{"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}'\n`, k)
      },
      (g) => { const k = g.key(); return one(`curl -X POST https://api.mistral.ai/v1/embeddings \\\n-H "Content-Type: application/json" \\\n-H "Authorization: Bearer ${k}" \\\n-d @payload.json\n`, k) },
      (g) => { const k = g.key(); return one(`http POST api.mistral.ai/v1/chat/completions Authorization:"Bearer ${k}" model=mistral-tiny\n`, k) },
      (g) => { const k = g.key(); return one(`# list Mistral models\nwget --header="Authorization: Bearer ${k}" -qO- https://api.mistral.ai/v1/models\n`, k) },
    ],
  },
  {
    name: 'python',
    variants: [
      (g) => { const k = g.key(); const q = g.quote(); return one(`from mistralai import Mistral\n\nclient = Mistral(api_key=${q}${k}${q})\n`, k) },
      (g) => { const k = g.key(); const i = g.indent(); return one(`from mistralai import Mistral\n\ndef make_client():\n${i}return Mistral(\n${i}${i}api_key="${k}",\n${i}${i}timeout_ms=30000,\n${i})\n`, k) },
      (g) => { const k = g.key(); return one(`from langchain_mistralai import ChatMistralAI\n\nllm = ChatMistralAI(\n    model="mistral-large-latest",\n    temperature=0,\n    max_retries=2,\n    mistral_api_key="${k}",\n)\n`, k) },
      (g) => { const k = g.key(); return one(`import os\nos.environ["MISTRAL_API_KEY"] = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`from mistralai.client import MistralClient\nfrom mistralai.models.chat_completion import ChatMessage\n\nAPI_KEY = "${k}"\nclient = MistralClient(api_key=API_KEY)\n`, k) },
      (g) => { const k = g.key(); return one(`from openai import OpenAI\n\nclient = OpenAI(\n    api_key="${k}",\n    base_url="https://api.mistral.ai/v1",\n)\n`, k) },
      (g) => {
        const k = g.key()
        return one(`from mistralai import Mistral\nfrom mistralai.models import ${g.sdkName()}, ${g.sdkName()}\n\nclient = Mistral(api_key="${k}")\n# checksum of the prompt file: ${g.hex(32)}\n`, k)
      },
      (g) => { const k = g.key(); return one(`from llama_index.llms.mistralai import MistralAI\n\nllm = MistralAI(api_key="${k}", model="mistral-medium")\n`, k) },
      (g) => { const k = g.key(); return one(`class Settings(BaseSettings):\n    mistral_model: str = "mistral-small-latest"\n    mistral_api_key: str = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`import requests\n\nMISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"\nHEADERS = {\n    "Authorization": "Bearer ${k}",\n    "Content-Type": "application/json",\n}\n`, k) },
    ],
  },
  {
    name: 'js-ts',
    variants: [
      (g) => { const k = g.key(); const q = g.pick(['"', "'", '`']); return one(`import { Mistral } from '@mistralai/mistralai'\n\nconst client = new Mistral({\n  apiKey: ${q}${k}${q},\n})\n`, k) },
      (g) => { const k = g.key(); return one(`const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '${k}' })\n`, k) },
      (g) => { const k = g.key(); return one(`import { createMistral } from '@ai-sdk/mistral';\n\nexport const mistral = createMistral({\n  baseURL: 'https://api.mistral.ai/v1',\n  headers: { 'x-team': 'search' },\n  apiKey: '${k}',\n});\n`, k) },
      (g) => { const k = g.key(); return one(`const res = await fetch('https://api.mistral.ai/v1/chat/completions', {\n  method: 'POST',\n  headers: {\n    'Content-Type': 'application/json',\n    Authorization: \`Bearer ${k}\`,\n  },\n  body: JSON.stringify(payload),\n})\n`, k) },
      (g) => { const k = g.key(); return one(`export const MISTRAL_KEY = "${k}";\n`, k) },
      (g) => {
        const k = g.key()
        const name = g.sdkName()
        return one(`import { Mistral } from "@mistralai/mistralai";\nimport { ${name} } from "@mistralai/mistralai/models/components";\n\nconst mistral = new Mistral({ apiKey: "${k}" });\nexport function done(reason: ${name}) {\n  return reason === "stop";\n}\n`, k)
      },
      (g) => { const k = g.key(); return one(`const client = new MistralClient("${k}");\nconst res = await client.chat({ model: "mistral-tiny", messages });\n`, k) },
    ],
  },
  {
    name: 'go-rust',
    variants: [
      (g) => { const k = g.key(); return one(`package main\n\nimport "github.com/gage-technologies/mistral-go"\n\nfunc main() {\n\tclient := mistral.NewMistralClientDefault("${k}")\n\t_ = client\n}\n`, k) },
      (g) => { const k = g.key(); return one(`const mistralAPIKey = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`req, _ := http.NewRequest("POST", "https://api.mistral.ai/v1/chat/completions", body)\nreq.Header.Set("Content-Type", "application/json")\nreq.Header.Set("Authorization", "Bearer ${k}")\n`, k) },
      (g) => { const k = g.key(); return one(`use mistralai_client::v1::client::Client;\n\nfn main() {\n    let api_key = "${k}".to_string();\n    let client = Client::new(Some(api_key), None, None, None).unwrap();\n}\n`, k) },
      (g) => { const k = g.key(); return one(`let resp = reqwest::Client::new()\n    .post("https://api.mistral.ai/v1/embeddings")\n    .bearer_auth("${k}")\n    .json(&body)\n    .send()\n    .await?;\n`, k) },
    ],
  },
  {
    name: 'jvm-dotnet',
    variants: [
      (g) => { const k = g.key(); return one(`spring.ai.mistralai.api-key=${k}\nspring.ai.mistralai.chat.options.model=mistral-small-latest\n`, k) },
      (g) => { const k = g.key(); return one(`ChatLanguageModel model = MistralAiChatModel.builder()\n        .apiKey("${k}")\n        .modelName(MistralAiChatModelName.MISTRAL_SMALL_LATEST)\n        .build();\n`, k) },
      (g) => { const k = g.key(); return one(`var client = new MistralClient(new APIAuthentication("${k}"));\n`, k) },
      (g) => { const k = g.key(); return one(`private static final String MISTRAL_API_KEY = "${k}";\n`, k) },
      (g) => { const k = g.key(); return one(`val api = MistralAiApi("${k}")\n`, k) },
    ],
  },
  {
    name: 'ruby-php',
    variants: [
      (g) => { const k = g.key(); return one(`client = Mistral::Client.new(api_key: '${k}')\n`, k) },
      (g) => { const k = g.key(); return one(`<?php\n\nreturn [\n    'mistral' => [\n        'api_key' => '${k}',\n        'model' => 'mistral-small-latest',\n    ],\n];\n`, k) },
      (g) => { const k = g.key(); return one(`$client = new MistralClient('${k}');\n`, k) },
      (g) => { const k = g.key(); return one(`Rails.application.configure do\n  config.mistral = {\n    api_key: "${k}",\n  }\nend\n`, k) },
    ],
  },
  {
    name: 'config-misc',
    variants: [
      (g) => {
        const k = g.key()
        return one(`{\n  "item": [\n    {\n      "name": "Chat completion",\n      "request": {\n        "method": "POST",\n        "header": [\n          {\n            "key": "Authorization",\n            "value": "Bearer ${k}"\n          }\n        ],\n        "url": {\n          "raw": "https://api.mistral.ai/v1/chat/completions"\n        }\n      }\n    }\n  ]\n}\n`, k)
      },
      (g) => { const k = g.key(); return one(`variable "mistral_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${k}"\n}\n`, k) },
      (g) => { const k = g.key(); return one(`# values.yaml\nreplicaCount: 2\nmistral:\n  enabled: true\n  apiKey: "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`let client = MistralClient(apiKey: "${k}")\n`, k) },
      (g) => {
        const k = g.key()
        return one(`$headers = @{\n    "Authorization" = "Bearer ${k}"\n    "Content-Type"  = "application/json"\n}\nInvoke-RestMethod -Uri "https://api.mistral.ai/v1/models" -Headers $headers\n`, k)
      },
      (g) => {
        const k = g.key()
        const siblings = Array.from({ length: g.int(16, 30) }, (_, i) => `  option_${i}: ${i}`).join('\n')
        return one(`mistral:\n${siblings}\n  api_key: ${k}\n`, k)
      },
      (g) => {
        const k = g.key()
        const filler = Array.from({ length: g.int(5, 12) }, (_, i) => `"opt${i}":${i * 10}`).join(',')
        return one(`{"mistral":{"model":"mistral-large-latest",${filler},"auth":{"kind":"bearer","token":"${k}"}}}\n`, k)
      },
    ],
  },
  {
    name: 'assorted',
    variants: [
      (g) => { const k = g.key(); return one(`CONFIG = {\n    "llm": {\n        "provider": "mistral",\n        "api_key": "${k}",\n    },\n}\n`, k) },
      (g) => { const k = g.key(); return one(`export default {\n  mistral: {\n    apiKey: "${k}",\n  },\n}\n`, k) },
      (g) => { const k = g.key(); return one(`const api = axios.create({\n  baseURL: 'https://api.mistral.ai/v1',\n  headers: { Authorization: 'Bearer ${k}' },\n})\n`, k) },
      (g) => { const k = g.key(); return one(`cfg := Config{\n\tProvider: "mistral",\n\tAPIKey:   "${k}",\n}\n`, k) },
      (g) => { const k = g.key(); return one(`const MISTRAL_API_KEY: &str = "${k}";\n`, k) },
      (g) => { const k = g.key(); return one(`@Value("\${mistral.api-key:${k}}")\nprivate String apiKey;\n`, k) },
      (g) => { const k = g.key(); return one(`machine api.mistral.ai\n  login me\n  password ${k}\n`, k) },
      (g) => { const k = g.key(); return one(`cat > .env <<EOF\nMISTRAL_API_KEY=${k}\nEOF\n`, k) },
      (g) => { const k = g.key(); return one(`     "text": [\n      "MISTRAL_API_KEY=${k}\\n"\n     ]\n`, k) },
      (g) => { const k = g.key(); return one(`Use \`${k}\` as your Mistral API key.\n`, k) },
      (g) => { const k1 = g.key(); const k2 = g.key(); return { text: `MISTRAL_KEYS = [\n    "${k1}",\n    "${k2}",\n]\n`, keys: [k1, k2] } },
      (g) => { const k = g.key(); return one(`builder.Services.AddMistralClient(options => options.ApiKey = "${k}");\n`, k) },
      (g) => { const k = g.key(); return one(`config :mistral, api_key: "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`export class MistralService {\n  private readonly apiKey = '${k}'\n  private readonly model = 'mistral-small-latest'\n}\n`, k) },
      (g) => { const k = g.key(); return one(`resp = requests.post(\n    "https://api.mistral.ai/v1/chat/completions",\n    headers={"Authorization": f"Bearer ${k}"},\n    json=payload,\n)\n`, k) },
      (g) => { const k = g.key(); return one(`        env:\n          - name: MISTRAL_API_KEY\n            value: "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`[llm]\nprovider = mistral\nkey = ${k}\n`, k) },
      (g) => { const k = g.key(); return one(`{\n  "continue.mistralApiKey": "${k}"\n}\n`, k) },
      (g) => { const k = g.key(); return one(`# Mistral API credentials\nKEY = "${k}"\n`, k) },
      (g) => { const k = g.key(); return one(`const mistralURL = "https://api.mistral.ai/v1/models"\n\nfunc list() {\n\treq, _ := http.NewRequest("GET", mistralURL, nil)\n\treq.Header.Add("Authorization", "Bearer ${k}")\n}\n`, k) },
    ],
  },
  {
    name: 'minified',
    variants: [
      (g) => {
        const k = g.key()
        const pad = (n: number) => Array.from({ length: n }, (_, i) => `function ${'abcdefgh'[i % 8]}${i}(t){return t&&t.__esModule?t:{default:t}}`).join(';')
        return one(`!function(){"use strict";${pad(g.int(20, 60))};var n=new r.Mistral({apiKey:"${k}",serverURL:"https://api.mistral.ai"});${pad(g.int(20, 60))}}();\n`, k)
      },
      (g) => {
        const k = g.key()
        const pad = Array.from({ length: g.int(30, 90) }, (_, i) => `e.exports.x${i}=function(t){return t*${i}}`).join(',')
        return one(`${pad};const c={provider:"mistral",key:"${k}"};${pad}\n`, k)
      },
    ],
  },
  {
    name: 'docs',
    variants: [
      (g) => { const k = g.key(); return one(`## Setup\n\n1. Get a key from the Mistral console.\n2. Put it in your shell:\n\n\`\`\`bash\nexport MISTRAL_API_KEY=${k}\n\`\`\`\n`, k) },
      (g) => { const k = g.key(); return one(`My mistral key for the demo: ${k}\n`, k) },
      (g) => { const k = g.key(); return one(`| provider | key |\n|---|---|\n| mistral | ${k} |\n`, k) },
    ],
  },
  {
    name: 'codestral',
    ruleId: 'codestral-api-key',
    variants: [
      (g) => { const k = g.key(); return one(`CODESTRAL_API_KEY=${k}\n`, k) },
      (g) => { const k = g.key(); return one(`curl https://codestral.mistral.ai/v1/fim/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${k}" \\\n  -d '{"model": "codestral-latest", "prompt": "def fib(n):"}'\n`, k) },
      (g) => { const k = g.key(); return one(`{\n  "tabAutocompleteModel": {\n    "title": "Codestral",\n    "provider": "mistral",\n    "model": "codestral-latest",\n    "apiKey": "${k}"\n  }\n}\n`, k) },
      (g) => { const k = g.key(); return one(`models:\n  - name: Codestral\n    provider: mistral\n    model: codestral-latest\n    apiBase: https://codestral.mistral.ai/v1\n    apiKey: ${k}\n    roles:\n      - autocomplete\n`, k) },
      (g) => { const k = g.key(); return one(`client = Mistral(api_key="${k}", server_url="https://codestral.mistral.ai")\n`, k) },
    ],
  },
  {
    // A value named beside it: the entry's name is its label.
    name: 'env-entries',
    variants: [
      (g) => { const k = g.key(); return one(`        env:\n          - name: LOG_LEVEL\n            value: info\n          - name: MISTRAL_API_KEY\n            value: "${k}"\n          - name: PORT\n            value: "8080"\n`, k) },
      (g) => { const k = g.key(); return one(`"containerDefinitions": [{\n  "name": "chat",\n  "environment": [\n    {\n      "name": "STAGE",\n      "value": "prod"\n    },\n    {\n      "name": "MISTRAL_API_KEY",\n      "value": "${k}"\n    }\n  ]\n}]\n`, k) },
      (g) => { const k = g.key(); return one(`      env {\n        name  = "MISTRAL_API_KEY"\n        value = "${k}"\n      }\n`, k) },
      (g) => { const k = g.key(); return one(`{ "name": "MistralApiKey", "value": "${k}", "slotSetting": true }\n`, k) },
      (g) => { const k = g.key(); return one(`spec:\n  containers:\n    - name: mistral-gateway\n      image: acme/mistral-gateway:2\n      env:\n        - name: API_TOKEN\n          value: ${k}\n`, k) },
    ],
  },
  {
    // OpenAI-style variables (OpenAI keys always start with sk-) pointed at a Mistral host.
    name: 'openai-compatible',
    variants: [
      (g) => { const k = g.key(); return one(`${g.noise('env')}OPENAI_API_BASE_URL=https://api.mistral.ai/v1\n${g.noise('env')}OPENAI_API_KEY=${k}\n`, k) },
      (g) => { const k = g.key(); return one(`services:\n  chat-ui:\n    image: ghcr.io/acme/chat-ui:latest\n    environment:\n      OPENAI_BASE_URL: https://api.mistral.ai/v1\n      OPENAI_API_KEY: "${k}"\n      DEFAULT_MODEL: small\n`, k) },
      (g) => { const k = g.key(); return one(`llm = ChatOpenAI(\n    openai_api_base="https://api.mistral.ai/v1",\n    openai_api_key="${k}",\n    temperature=0,\n)\n`, k) },
      (g) => { const k = g.key(); return one(`export const env = { OPENAI_BASE_URL: 'https://api.mistral.ai/v1', OPENAI_API_KEY: '${k}' }\n`, k) },
    ],
  },
  {
    // The key's only context is where its variable is used, beyond every window.
    name: 'far-use',
    variants: [
      (g) => { const k = g.key(); const pad = (n: number) => Array.from({ length: n }, (_, i) => `    value_${i} = compute(value_${i - 1 < 0 ? 0 : i - 1})\n`).join(''); return one(`from mistralai import Mistral\n\n\ndef prepare():\n${pad(g.int(20, 80))}    return True\n\n\nAPI_KEY = "${k}"\n\n\ndef main():\n${pad(g.int(12, 60))}    client = Mistral(api_key=API_KEY)\n`, k) },
      (g) => { const k = g.key(); const pad = (n: number) => Array.from({ length: n }, (_, i) => `  const step${i} = await run(${i})\n`).join(''); return one(`import { Mistral } from '@mistralai/mistralai'\n\nasync function warmUp() {\n${pad(g.int(20, 60))}}\n\nconst apiKey = '${k}'\n\nasync function main() {\n${pad(g.int(12, 40))}  const client = new Mistral({ apiKey })\n}\n`, k) },
      (g) => { const k = g.key(); const pad = (n: number) => Array.from({ length: n }, (_, i) => `\tx${i} := load(${i})\n`).join(''); return one(`package main\n\nimport "github.com/gage-technologies/mistral-go"\n\nfunc setup() {\n${pad(g.int(20, 50))}}\n\nconst token = "${k}"\n\nfunc main() {\n${pad(g.int(12, 40))}\tclient := mistral.NewMistralClientDefault(token)\n}\n`, k) },
    ],
  },
]
