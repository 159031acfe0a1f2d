// Held-out positives: Mistral and Codestral keys the way people actually commit them, written without looking at
// the detector or its own corpus. Each template holds real-world surroundings (imports, other settings, other
// providers' keys) so that a match on anything else counts as a false positive.

import { crlf, type Gen, lines, notebook } from './gen.js'
import { other32Lines, otherProviderLines, otherToken } from './others.js'
import { type Made, positive, type Template } from './template.js'

const one = (key: string, text: string): Made => ({ text, keys: [key] })

const python: Template[] = [
  positive('python', 'sdk-v0-inline', 4, (g) => {
    const k = g.key()
    const q = g.quote()
    return one(k, lines(
      'import os',
      'from mistralai.client import MistralClient',
      'from mistralai.models.chat_completion import ChatMessage',
      '',
      `client = MistralClient(api_key=${q}${k}${q})`,
      'messages = [ChatMessage(role="user", content="What is the best French cheese?")]',
      `chat_response = client.chat(model="${g.model()}", messages=messages)`,
      'print(chat_response.choices[0].message.content)',
    ))
  }),
  positive('python', 'sdk-v0-variable-between-import-and-use', 4, (g) => {
    const k = g.key()
    const name = g.pick(['api_key', 'API_KEY', 'key', 'apikey'])
    return one(k, lines(
      'from mistralai.client import MistralClient',
      'from mistralai.models.chat_completion import ChatMessage',
      '',
      `${name} = "${k}"`,
      `model = "${g.model()}"`,
      '',
      `client = MistralClient(api_key=${name})`,
      '',
      'chat_response = client.chat(',
      '    model=model,',
      '    messages=[ChatMessage(role="user", content="What is the best French cheese?")]',
      ')',
    ))
  }),
  positive('python', 'sdk-v1-inline', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'import os',
      'from mistralai import Mistral',
      '',
      `client = Mistral(api_key="${k}")`,
      '',
      'chat_response = client.chat.complete(',
      `    model="${g.model()}",`,
      '    messages=[{"role": "user", "content": "Hello"}],',
      ')',
    ))
  }),
  positive('python', 'sdk-v1-with-block', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from mistralai import Mistral',
      '',
      '',
      'with Mistral(',
      `    api_key="${k}",`,
      ') as mistral:',
      '',
      '    res = mistral.chat.complete(model="mistral-small-latest", messages=[',
      '        {',
      '            "content": "Who is the best French painter? Answer in one short sentence.",',
      '            "role": "user",',
      '        },',
      '    ], stream=False)',
      '',
      '    # Handle response',
      '    print(res)',
    ))
  }),
  positive('python', 'sdk-v1-codestral-server', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from mistralai import Mistral',
      '',
      'client = Mistral(',
      `    api_key="${k}",`,
      '    server_url="https://codestral.mistral.ai",',
      ')',
      'response = client.fim.complete(',
      `    model="${g.codestralModel()}",`,
      '    prompt="def fibonacci(n: int):",',
      '    suffix="n = int(input(\'Enter a number: \'))\\nprint(fibonacci(n))",',
      ')',
    ))
  }),
  positive('python', 'langchain-chat-inline', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from langchain_mistralai.chat_models import ChatMistralAI',
      'from langchain_core.prompts import ChatPromptTemplate',
      '',
      `llm = ChatMistralAI(model="${g.model()}", mistral_api_key="${k}", temperature=0)`,
      'prompt = ChatPromptTemplate.from_messages([("system", "You are a helpful assistant."), ("human", "{input}")])',
      'chain = prompt | llm',
    ))
  }),
  positive('python', 'langchain-chat-multiline', 4, (g) => {
    const k = g.key()
    const label = g.pick(['api_key', 'mistral_api_key'])
    return one(k, lines(
      'from langchain_mistralai import ChatMistralAI',
      '',
      'llm = ChatMistralAI(',
      `    model="${g.model()}",`,
      '    temperature=0,',
      '    max_retries=2,',
      `    ${label}="${k}",`,
      '    # other params...',
      ')',
    ))
  }),
  positive('python', 'langchain-embeddings', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from langchain_mistralai import MistralAIEmbeddings',
      'from langchain_community.vectorstores import FAISS',
      '',
      `embeddings = MistralAIEmbeddings(model="mistral-embed", mistral_api_key='${k}')`,
      'vector = FAISS.from_documents(documents, embeddings)',
      'retriever = vector.as_retriever()',
    ))
  }),
  positive('python', 'llamaindex-llm', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from llama_index.llms.mistralai import MistralAI',
      'from llama_index.core import Settings',
      '',
      `llm = MistralAI(api_key="${k}", model="${g.model()}")`,
      'Settings.llm = llm',
      'resp = llm.complete("Paul Graham is ")',
    ))
  }),
  positive('python', 'llamaindex-embedding', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from llama_index.embeddings.mistralai import MistralAIEmbedding',
      '',
      `api_key = "${k}"`,
      'model_name = "mistral-embed"',
      'embed_model = MistralAIEmbedding(model_name=model_name, api_key=api_key)',
      '',
      'embeddings = embed_model.get_text_embedding("La Plateforme - The Platform")',
    ))
  }),
  positive('python', 'litellm-environ', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'from litellm import completion',
      'import os',
      '',
      `os.environ['MISTRAL_API_KEY'] = "${k}"`,
      'response = completion(',
      `    model="mistral/${g.model()}",`,
      '    messages=[{"role": "user", "content": "hello from litellm"}],',
      ')',
      'print(response)',
    ))
  }),
  positive('python', 'litellm-environ-double-quoted-name', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'import os',
      'import litellm',
      '',
      `os.environ["MISTRAL_API_KEY"] = "${k}"`,
      `os.environ["OPENAI_API_KEY"] = ""`,
      '',
      `resp = litellm.completion(model="mistral/${g.model()}", messages=messages)`,
    ))
  }),
  positive('python', 'litellm-api-key-argument', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'import litellm',
      '',
      'response = litellm.completion(',
      `    model="mistral/${g.model()}",`,
      '    messages=messages,',
      `    api_key="${k}",`,
      '    temperature=0.2,',
      ')',
    ))
  }),
  positive('python', 'getenv-default', 4, (g) => {
    const k = g.key()
    const [form, name] = g.pick([
      [`MISTRAL_API_KEY = os.getenv("MISTRAL_API_KEY", "${k}")`, 'MISTRAL_API_KEY'],
      [`api_key = os.environ.get("MISTRAL_API_KEY", "${k}")`, 'api_key'],
      [`api_key = os.environ.get("MISTRAL_API_KEY") or "${k}"`, 'api_key'],
      [`mistral_key = os.getenv('MISTRAL_API_KEY', default='${k}')`, 'mistral_key'],
    ] as const)
    return one(k, lines(
      'import os',
      'from dotenv import load_dotenv',
      'from mistralai import Mistral',
      '',
      'load_dotenv()',
      form,
      `client = Mistral(api_key=${name})`,
    ))
  }),
  positive('python', 'config-dict-nested', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'CONFIG = {',
      '    "openai": {',
      '        "model": "gpt-4o-mini",',
      '        "api_key": os.environ.get("OPENAI_API_KEY"),',
      '    },',
      '    "mistral": {',
      `        "model": "${g.model()}",`,
      '        "temperature": 0.2,',
      '        "max_tokens": 1024,',
      `        "api_key": "${k}",`,
      '    },',
      '}',
    ))
  }),
  positive('python', 'requests-bearer', 3, (g) => {
    const k = g.key()
    const host = g.pick(['api.mistral.ai/v1/chat/completions', 'codestral.mistral.ai/v1/fim/completions'])
    return one(k, lines(
      'import requests',
      '',
      `url = "https://${host}"`,
      'headers = {',
      '    "Content-Type": "application/json",',
      '    "Accept": "application/json",',
      `    "Authorization": "Bearer ${k}",`,
      '}',
      'resp = requests.post(url, headers=headers, json=payload, timeout=30)',
    ))
  }),
  positive('python', 'haystack-secret', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'from haystack.utils import Secret',
      'from haystack_integrations.components.generators.mistral import MistralChatGenerator',
      '',
      `generator = MistralChatGenerator(api_key=Secret.from_token("${k}"), model="${g.model()}")`,
    ))
  }),
  positive('python', 'dspy-crewai', 3, (g) => {
    const k = g.key()
    return one(k, g.pick([
      lines('import dspy', '', `lm = dspy.LM("mistral/${g.model()}", api_key="${k}")`, 'dspy.configure(lm=lm)'),
      lines('from crewai import LLM, Agent', '', `llm = LLM(model="mistral/${g.model()}", api_key="${k}", temperature=0.7)`),
    ]))
  }),
  positive('python', 'pydantic-ai-provider', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'from pydantic_ai import Agent',
      'from pydantic_ai.models.mistral import MistralModel',
      'from pydantic_ai.providers.mistral import MistralProvider',
      '',
      'model = MistralModel(',
      `    '${g.model()}', provider=MistralProvider(api_key='${k}')`,
      ')',
      'agent = Agent(model)',
    ))
  }),
  positive('python', 'autogen-config-list', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'config_list = [',
      '    {',
      `        "model": "${g.model()}",`,
      `        "api_key": "${k}",`,
      '        "api_type": "mistral",',
      '        "api_rate_limit": 0.25,',
      '        "num_retries": 3,',
      '    }',
      ']',
      'assistant = autogen.AssistantAgent("assistant", llm_config={"config_list": config_list})',
    ))
  }),
  positive('python', 'instructor', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'import instructor',
      'from mistralai import Mistral',
      '',
      `client = instructor.from_mistral(Mistral(api_key="${k}"), mode=instructor.Mode.MISTRAL_TOOLS)`,
    ))
  }),
  positive('python', 'streamlit-sidebar-default', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'import streamlit as st',
      'from mistralai import Mistral',
      '',
      'with st.sidebar:',
      `    mistral_api_key = st.text_input("Mistral API Key", value="${k}", type="password")`,
      '',
      'client = Mistral(api_key=mistral_api_key)',
    ))
  }),
  positive('python', 'key-rotation-list', 3, (g) => {
    const keys = [g.key(), g.key(), g.key()]
    return {
      keys,
      text: lines(
        '# rotate between our Mistral keys to dodge the rate limit',
        'MISTRAL_API_KEYS = [',
        ...keys.map((k) => `    "${k}",`),
        ']',
        'client = Mistral(api_key=random.choice(MISTRAL_API_KEYS))',
      ),
    }
  }),
  positive('python', 'django-settings', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      `SECRET_KEY = "django-insecure-${g.b64url(50)}"`,
      'DEBUG = True',
      'ALLOWED_HOSTS = ["*"]',
      '',
      '# LLM',
      `MISTRAL_API_KEY = "${k}"`,
      `MISTRAL_MODEL = "${g.model()}"`,
    ))
  }),
  positive('python', 'dataclass-default', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'from dataclasses import dataclass',
      '',
      '',
      '@dataclass',
      'class MistralSettings:',
      `    model: str = "${g.model()}"`,
      '    temperature: float = 0.3',
      '    max_tokens: int = 512',
      `    api_key: str = "${k}"`,
    ))
  }),
  positive('python', 'class-attribute', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'class CodestralCompleter:',
      '    ENDPOINT = "https://codestral.mistral.ai/v1/fim/completions"',
      `    API_KEY = "${k}"`,
      '',
      '    def __init__(self, model: str = "codestral-latest"):',
      '        self.model = model',
    ))
  }),
]

const jsTs: Template[] = [
  positive('js-ts', 'sdk-inline', 3, (g) => {
    const k = g.key()
    const q = g.quote()
    return one(k, lines(
      "import { Mistral } from '@mistralai/mistralai';",
      '',
      `const client = new Mistral({ apiKey: ${q}${k}${q} });`,
      '',
      'const chatResponse = await client.chat.complete({',
      `  model: '${g.model()}',`,
      "  messages: [{ role: 'user', content: 'What is the best French cheese?' }],",
      '});',
    ))
  }),
  positive('js-ts', 'sdk-multiline', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'import { Mistral } from "@mistralai/mistralai";',
      '',
      'const mistral = new Mistral({',
      ...(g.chance(0.5) ? ['  serverURL: "https://codestral.mistral.ai",'] : []),
      `  apiKey: "${k}",`,
      '});',
      '',
      'async function run() {',
      '  const result = await mistral.fim.complete({ model: "codestral-latest", prompt: "def", suffix: "return a+b" });',
      '  console.log(result);',
      '}',
    ))
  }),
  positive('js-ts', 'env-fallback', 4, (g) => {
    const k = g.key()
    const op = g.pick(['||', '??'])
    return one(k, lines(
      "import { Mistral } from '@mistralai/mistralai';",
      '',
      `const apiKey = process.env.MISTRAL_API_KEY ${op} '${k}';`,
      'const client = new Mistral({ apiKey });',
    ))
  }),
  positive('js-ts', 'ai-sdk-create-mistral', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      "import { createMistral } from '@ai-sdk/mistral';",
      "import { generateText } from 'ai';",
      '',
      'const mistral = createMistral({',
      ...(g.chance(0.4) ? ["  baseURL: 'https://api.mistral.ai/v1',"] : []),
      `  apiKey: '${k}',`,
      '});',
      '',
      'const { text } = await generateText({',
      `  model: mistral('${g.model()}'),`,
      "  prompt: 'Write a vegetarian lasagna recipe for 4 people.',",
      '});',
    ))
  }),
  positive('js-ts', 'langchain-js', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'import { ChatMistralAI } from "@langchain/mistralai";',
      '',
      'const model = new ChatMistralAI({',
      `  model: "${g.model()}",`,
      '  temperature: 0,',
      '  maxRetries: 2,',
      `  apiKey: "${k}",`,
      '});',
    ))
  }),
  positive('js-ts', 'legacy-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      "import MistralClient from '@mistralai/mistralai';",
      '',
      `const client = new MistralClient('${k}');`,
      '',
      "const chatResponse = await client.chat({ model: 'mistral-tiny', messages: [{ role: 'user', content: 'hi' }] });",
    ))
  }),
  positive('js-ts', 'fetch-bearer', 3, (g) => {
    const k = g.key()
    const tick = g.chance(0.5)
    return one(k, lines(
      "const res = await fetch('https://api.mistral.ai/v1/chat/completions', {",
      "  method: 'POST',",
      '  headers: {',
      "    'Content-Type': 'application/json',",
      tick ? `    Authorization: \`Bearer ${k}\`,` : `    'Authorization': 'Bearer ${k}',`,
      '  },',
      `  body: JSON.stringify({ model: '${g.model()}', messages }),`,
      '});',
    ))
  }),
  positive('js-ts', 'named-constant', 3, (g) => {
    const k = g.key()
    const name = g.pick(['MISTRAL_API_KEY', 'mistralApiKey', 'MISTRAL_KEY', 'codestralKey'])
    return one(k, lines(
      "import axios from 'axios';",
      '',
      `const ${name} = "${k}";`,
      "const MISTRAL_URL = 'https://api.mistral.ai/v1/chat/completions';",
      '',
      'export async function ask(messages) {',
      `  const { data } = await axios.post(MISTRAL_URL, { model: 'mistral-small-latest', messages }, {`,
      `    headers: { Authorization: \`Bearer \${${name}}\` },`,
      '  });',
      '  return data.choices[0].message.content;',
      '}',
    ))
  }),
  positive('js-ts', 'config-object', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'export const config = {',
      '  port: 3000,',
      '  openai: {',
      '    apiKey: process.env.OPENAI_API_KEY,',
      '  },',
      '  mistral: {',
      `    model: '${g.model()}',`,
      `    apiKey: '${k}',`,
      '  },',
      '};',
    ))
  }),
  positive('js-ts', 'react-component', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      "import { useState } from 'react';",
      "import { Mistral } from '@mistralai/mistralai';",
      '',
      `const client = new Mistral({ apiKey: "${k}" });`,
      '',
      'export default function Chat() {',
      "  const [answer, setAnswer] = useState('');",
      '  return <div className="chat">{answer}</div>;',
      '}',
    ))
  }),
  positive('js-ts', 'process-env-assignment', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      "import 'dotenv/config';",
      '',
      `process.env.MISTRAL_API_KEY = '${k}';`,
      "process.env.OPENAI_API_KEY = process.env.OPENAI_API_KEY ?? '';",
    ))
  }),
  positive('js-ts', 'minified-bundle', 3, (g) => {
    const k = g.key()
    // A Vite build inlines import.meta.env.VITE_MISTRAL_API_KEY into the single-line bundle.
    const filler = (n: number): string => {
      let out = ''
      while (out.length < n) {
        const id = g.letters(g.between(1, 3))
        out += g.pick([
          `function ${id}(e,t){return e&&t?e.${g.letters(2)}(t):null}`,
          `var ${id}=Object.defineProperty;`,
          `const ${id}="${g.alnum(g.between(4, 20))}";`,
          `${id}.prototype.${g.letters(4)}=function(){return this.${g.letters(2)}};`,
          `let ${id}=[${g.digits(3)},${g.digits(2)},${g.digits(4)}];`,
        ])
      }
      return out
    }
    const near = g.pick([
      `const Wn=new Mistral({apiKey:"${k}"});`,
      `const Wn=new ${g.letters(2)}({serverURL:"https://api.mistral.ai",apiKey:"${k}"});`,
      `const Wn={VITE_MISTRAL_API_KEY:"${k}",BASE_URL:"/",MODE:"production"};`,
    ])
    return one(k, filler(g.between(20000, 60000)) + near + filler(g.between(20000, 60000)) + '\n')
  }),
]

const goLang: Template[] = [
  positive('go', 'mistral-go-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'package main',
      '',
      'import (',
      '\t"fmt"',
      '\t"log"',
      '',
      '\t"github.com/gage-technologies/mistral-go"',
      ')',
      '',
      'func main() {',
      `\tclient := mistral.NewMistralClientDefault("${k}")`,
      '\tres, err := client.Chat("mistral-tiny", []mistral.ChatMessage{{Content: "Hello", Role: mistral.RoleUser}}, nil)',
      '\tif err != nil {',
      '\t\tlog.Fatal(err)',
      '\t}',
      '\tfmt.Println(res.Choices[0].Message.Content)',
      '}',
    ))
  }),
  positive('go', 'const-block', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'package llm',
      '',
      'const (',
      '\tmistralEndpoint = "https://api.mistral.ai/v1"',
      `\tmistralModel    = "${g.model()}"`,
      `\tmistralAPIKey   = "${k}"`,
      ')',
    ))
  }),
  positive('go', 'setenv', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'func init() {',
      `\tos.Setenv("MISTRAL_API_KEY", "${k}")`,
      '}',
    ))
  }),
  positive('go', 'langchaingo-option', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'import "github.com/tmc/langchaingo/llms/mistral"',
      '',
      'func newLLM() (*mistral.Model, error) {',
      '\treturn mistral.New(',
      `\t\tmistral.WithAPIKey("${k}"),`,
      `\t\tmistral.WithModel("${g.model()}"),`,
      '\t)',
      '}',
    ))
  }),
  positive('go', 'struct-literal', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'cfg := ProviderConfig{',
      '\tName:     "mistral",',
      '\tBaseURL:  "https://api.mistral.ai/v1",',
      `\tAPIKey:   "${k}",`,
      '\tTimeout:  30 * time.Second,',
      '}',
    ))
  }),
  positive('go', 'http-header', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'req, err := http.NewRequest("POST", "https://api.mistral.ai/v1/embeddings", bytes.NewReader(body))',
      'if err != nil {',
      '\treturn nil, err',
      '}',
      'req.Header.Set("Content-Type", "application/json")',
      `req.Header.Set("Authorization", "Bearer ${k}")`,
    ))
  }),
]

const rust: Template[] = [
  positive('rust', 'mistralai-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'use mistralai_client::v1::{',
      '    chat::{ChatMessage, ChatMessageRole, ChatParams},',
      '    client::Client,',
      '    constants::Model,',
      '};',
      '',
      'fn main() {',
      `    let api_key = "${k}".to_string();`,
      '    let client = Client::new(Some(api_key), None, None, None).unwrap();',
      '    let model = Model::OpenMistral7b;',
      '}',
    ))
  }),
  positive('rust', 'set-var', 2, (g) => {
    const k = g.key()
    return one(k, lines('#[tokio::main]', 'async fn main() {', `    std::env::set_var("MISTRAL_API_KEY", "${k}");`, '}'))
  }),
  positive('rust', 'rig-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'use rig::providers::mistral;',
      '',
      `let client = mistral::Client::new("${k}");`,
      `let agent = client.agent(mistral::${g.pick(['MISTRAL_LARGE', 'CODESTRAL', 'MISTRAL_SMALL'])}).build();`,
    ))
  }),
  positive('rust', 'reqwest-bearer', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'let resp = reqwest::Client::new()',
      '    .post("https://api.mistral.ai/v1/chat/completions")',
      `    .bearer_auth("${k}")`,
      '    .json(&body)',
      '    .send()',
      '    .await?;',
    ))
  }),
]

const java: Template[] = [
  positive('java', 'spring-ai-properties', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'spring.application.name=rag-demo',
      'server.port=8080',
      `spring.ai.mistralai.api-key=${k}`,
      `spring.ai.mistralai.chat.options.model=${g.model()}`,
      'spring.ai.mistralai.chat.options.temperature=0.7',
      'spring.ai.mistralai.embedding.options.model=mistral-embed',
    ))
  }),
  positive('java', 'spring-ai-yaml', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'spring:',
      '  application:',
      '    name: assistant',
      '  ai:',
      '    mistralai:',
      `      api-key: ${g.chance(0.5) ? k : `"${k}"`}`,
      '      chat:',
      '        options:',
      `          model: ${g.model()}`,
      '          temperature: 0.2',
    ))
  }),
  positive('java', 'langchain4j-builder', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'import dev.langchain4j.model.mistralai.MistralAiChatModel;',
      '',
      'public class Assistant {',
      '    public static void main(String[] args) {',
      '        ChatLanguageModel model = MistralAiChatModel.builder()',
      `                .apiKey("${k}")`,
      '                .modelName(MistralAiChatModelName.MISTRAL_SMALL_LATEST)',
      '                .temperature(0.3)',
      '                .logRequests(true)',
      '                .build();',
      '    }',
      '}',
    ))
  }),
  positive('java', 'static-final', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'public final class MistralConfig {',
      `    private static final String API_KEY = "${k}";`,
      '    private static final String BASE_URL = "https://api.mistral.ai/v1";',
      '}',
    ))
  }),
  positive('java', 'spring-ai-api-constructor', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'var mistralAiApi = new MistralAiApi(' + `"${k}");`,
      'var chatModel = new MistralAiChatModel(mistralAiApi, MistralAiChatOptions.builder()',
      `        .model(MistralAiApi.ChatModel.LARGE.getValue())`,
      '        .build());',
    ))
  }),
  positive('java', 'kotlin', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      'val model: ChatLanguageModel = MistralAiChatModel.builder()',
      `    .apiKey("${k}")`,
      '    .modelName("open-mistral-nemo")',
      '    .build()',
    ))
  }),
]

const csharp: Template[] = [
  positive('csharp', 'mistral-sdk', 3, (g) => {
    const k = g.key()
    return one(k, crlf(lines(
      'using Mistral.SDK;',
      'using Mistral.SDK.DTOs;',
      '',
      `var client = new MistralClient(${g.chance(0.5) ? `"${k}"` : `new APIAuthentication("${k}")`});`,
      'var request = new ChatCompletionRequest(ModelDefinitions.MistralMedium, new List<ChatMessage>()',
      '{',
      '    new ChatMessage(ChatMessage.RoleEnum.User, "Decorate this for the holidays")',
      '});',
    )))
  }),
  positive('csharp', 'appsettings-json', 4, (g) => {
    const k = g.key()
    return one(k, crlf(lines(
      '{',
      '  "Logging": {',
      '    "LogLevel": { "Default": "Information" }',
      '  },',
      '  "Mistral": {',
      `    "Model": "${g.model()}",`,
      `    "ApiKey": "${k}"`,
      '  },',
      '  "AllowedHosts": "*"',
      '}',
    )))
  }),
  positive('csharp', 'semantic-kernel', 3, (g) => {
    const k = g.key()
    return one(k, crlf(lines(
      'var builder = Kernel.CreateBuilder();',
      'builder.AddMistralChatCompletion(',
      `    modelId: "${g.model()}",`,
      `    apiKey: "${k}");`,
      'var kernel = builder.Build();',
    )))
  }),
  positive('csharp', 'httpclient-bearer', 3, (g) => {
    const k = g.key()
    return one(k, crlf(lines(
      'var http = new HttpClient { BaseAddress = new Uri("https://api.mistral.ai/") };',
      `http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${k}");`,
    )))
  }),
  positive('csharp', 'web-config-appsetting', 2, (g) => {
    const k = g.key()
    return one(k, crlf(lines(
      '<configuration>',
      '  <appSettings>',
      `    <add key="MistralApiKey" value="${k}" />`,
      '    <add key="MistralModel" value="mistral-small-latest" />',
      '  </appSettings>',
      '</configuration>',
    )))
  }),
]

const php: Template[] = [
  positive('php', 'php-mistral-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '<?php',
      'require_once __DIR__ . \'/vendor/autoload.php\';',
      '',
      'use Partitech\\PhpMistral\\MistralClient;',
      'use Partitech\\PhpMistral\\Messages;',
      '',
      `$client = new MistralClient('${k}');`,
      '$messages = new Messages();',
      "$messages->addUserMessage('What is the best French cheese?');",
    ))
  }),
  positive('php', 'laravel-services-env-default', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '<?php',
      '',
      'return [',
      "    'mailgun' => [",
      "        'domain' => env('MAILGUN_DOMAIN'),",
      '    ],',
      "    'mistral' => [",
      `        'api_key' => env('MISTRAL_API_KEY', '${k}'),`,
      `        'model' => env('MISTRAL_MODEL', '${g.model()}'),`,
      '    ],',
      '];',
    ))
  }),
  positive('php', 'define', 3, (g) => {
    const k = g.key()
    return one(k, lines('<?php', `define('MISTRAL_API_KEY', '${k}');`, "define('MISTRAL_MODEL', 'mistral-small-latest');"))
  }),
  positive('php', 'prism-config', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      "    'mistral' => [",
      `        'api_key' => '${k}',`,
      "        'url' => 'https://api.mistral.ai/v1',",
      '    ],',
    ))
  }),
]

const ruby: Template[] = [
  positive('ruby', 'mistral-ai-gem', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      "require 'mistral-ai'",
      '',
      'client = Mistral.new(',
      `  credentials: { api_key: '${k}' },`,
      '  options: { server_sent_events: true }',
      ')',
    ))
  }),
  positive('ruby', 'env-assign', 3, (g) => {
    const k = g.key()
    return one(k, lines("# config/initializers/mistral.rb", `ENV['MISTRAL_API_KEY'] ||= '${k}'`))
  }),
  positive('ruby', 'langchainrb', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'llm = Langchain::LLM::MistralAI.new(',
      `  api_key: "${k}",`,
      `  default_options: { chat_model: "${g.model()}" }`,
      ')',
    ))
  }),
  positive('ruby', 'rails-credentials-plain', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'secret_key_base: ' + g.hex(128),
      'mistral:',
      `  api_key: ${k}`,
      'aws:',
      `  access_key_id: ${otherToken(g, 'AWS_ACCESS_KEY_ID')}`,
    ))
  }),
]

const shell: Template[] = [
  positive('shell', 'export', 5, (g) => {
    const k = g.key()
    const name = g.pick(['MISTRAL_API_KEY', 'CODESTRAL_API_KEY', 'MISTRAL_KEY'])
    const value = g.pick([k, `"${k}"`, `'${k}'`])
    return one(k, lines('#!/usr/bin/env bash', 'set -euo pipefail', '', `export ${name}=${value}`, 'python -m app.server'))
  }),
  positive('shell', 'bashrc-block', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'alias ll="ls -la"',
      'export PATH="$HOME/.local/bin:$PATH"',
      `export OPENAI_API_KEY="${otherToken(g, 'OPENAI_API_KEY')}"`,
      `export MISTRAL_API_KEY="${k}"`,
      'export EDITOR=nvim',
    ))
  }),
  positive('shell', 'inline-env', 3, (g) => {
    const k = g.key()
    return one(k, lines(`MISTRAL_API_KEY=${k} uv run python main.py --model ${g.model()}`))
  }),
  positive('shell', 'fish', 2, (g) => {
    const k = g.key()
    return one(k, lines('# ~/.config/fish/config.fish', `set -gx MISTRAL_API_KEY ${k}`))
  }),
  positive('shell', 'powershell', 3, (g) => {
    const k = g.key()
    return one(k, crlf(lines(`$env:MISTRAL_API_KEY = "${k}"`, 'python .\\chat.py')))
  }),
  positive('shell', 'windows-cmd', 2, (g) => {
    const k = g.key()
    return one(k, crlf(lines('@echo off', g.pick([`set MISTRAL_API_KEY=${k}`, `setx MISTRAL_API_KEY "${k}"`]), 'python app.py')))
  }),
  positive('shell', 'cli-arguments', 4, (g) => {
    const k = g.key()
    return one(k, lines(g.pick([
      `aider --model mistral/${g.codestralModel()} --api-key mistral=${k}`,
      `llm -m ${g.model()} --key ${k} "Ten names for a pet pelican"`,
      `interpreter --model mistral/${g.model()} --api_key ${k}`,
      `python run_eval.py --provider mistral --api-key ${k} --model ${g.model()}`,
    ])))
  }),
  positive('shell', 'zsh-history', 2, (g) => {
    const k = g.key()
    return one(k, lines(
      ': 1717171717:0;pip install mistralai',
      `: 1717171730:0;export MISTRAL_API_KEY=${k}`,
      ': 1717171745:0;python chat.py',
    ))
  }),
]

const dotenv: Template[] = [
  positive('dotenv', 'mixed-providers', 8, (g) => {
    const k = g.key()
    const rows = [...otherProviderLines(g, g.between(3, 7)), `MISTRAL_API_KEY=${g.pick([k, `"${k}"`])}`]
    return one(k, lines('# LLM providers', ...g.shuffle(rows), '', 'DATABASE_URL=postgres://app:app@localhost:5432/app'))
  }),
  positive('dotenv', 'mixed-with-other-32-secrets', 5, (g) => {
    const k = g.key()
    const rows = g.shuffle([...other32Lines(g, g.between(1, 3)), `MISTRAL_API_KEY=${k}`, ...otherProviderLines(g, 2)])
    return one(k, lines('NODE_ENV=development', ...rows))
  }),
  positive('dotenv', 'codestral', 3, (g) => {
    const k = g.key()
    return one(k, lines(`CODESTRAL_API_KEY=${k}`, 'CODESTRAL_ENDPOINT=https://codestral.mistral.ai/v1'))
  }),
  positive('dotenv', 'framework-prefixed', 4, (g) => {
    const k = g.key()
    const name = g.pick(['VITE_MISTRAL_API_KEY', 'NEXT_PUBLIC_MISTRAL_API_KEY', 'REACT_APP_MISTRAL_API_KEY', 'EXPO_PUBLIC_MISTRAL_API_KEY'])
    return one(k, lines(`VITE_APP_TITLE=Chat`, `${name}=${k}`))
  }),
  positive('dotenv', 'name-variants', 4, (g) => {
    const k = g.key()
    const name = g.pick(['MISTRALAI_API_KEY', 'MISTRAL_AI_API_KEY', 'MISTRAL_TOKEN', 'LA_PLATEFORME_MISTRAL_KEY', 'mistral_api_key'])
    return one(k, lines(`${name}=${k}`, `MISTRAL_MODEL=${g.model()}`))
  }),
  positive('dotenv', 'provider-line-then-generic-key', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      '# which LLM to use',
      `LLM_PROVIDER=mistral`,
      `LLM_MODEL=${g.model()}`,
      `LLM_API_KEY=${k}`,
      'LLM_TEMPERATURE=0.2',
    ))
  }),
  positive('dotenv', 'comment-header-generic-key', 3, (g) => {
    const k = g.key()
    return one(k, lines('# Mistral (https://console.mistral.ai/api-keys)', `API_KEY=${k}`, 'MODEL=mistral-large-latest'))
  }),
  positive('dotenv', 'export-and-inline-comment', 3, (g) => {
    const k = g.key()
    return one(k, lines(`export MISTRAL_API_KEY=${k}  # prod key, rotate monthly`, 'export LOG_LEVEL=debug'))
  }),
  positive('dotenv', 'crlf-mixed', 3, (g) => {
    const k = g.key()
    return one(k, crlf(lines(...g.shuffle([...otherProviderLines(g, 3), `MISTRAL_API_KEY=${k}`]))))
  }),
]

const docker: Template[] = [
  positive('docker', 'compose-environment-list', 5, (g) => {
    const k = g.key()
    return one(k, lines(
      'services:',
      '  api:',
      '    build: .',
      '    ports:',
      '      - "8000:8000"',
      '    environment:',
      '      - DATABASE_URL=postgresql://postgres:postgres@db:5432/app',
      `      - MISTRAL_API_KEY=${k}`,
      `      - MISTRAL_MODEL=${g.model()}`,
      '    depends_on:',
      '      - db',
    ))
  }),
  positive('docker', 'compose-environment-map', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'services:',
      '  open-webui:',
      '    image: ghcr.io/open-webui/open-webui:main',
      '    environment:',
      '      OPENAI_API_BASE_URL: "https://api.mistral.ai/v1"',
      `      OPENAI_API_KEY: ${g.pick([k, `"${k}"`])}`,
      '      WEBUI_AUTH: "false"',
    ))
  }),
  positive('docker', 'dockerfile-env', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'FROM python:3.12-slim',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      g.pick([`ENV MISTRAL_API_KEY=${k}`, `ENV MISTRAL_API_KEY ${k}`, `ARG MISTRAL_API_KEY=${k}`, `ENV MISTRAL_API_KEY="${k}"`]),
      'COPY . .',
      'CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]',
    ))
  }),
  positive('docker', 'docker-run', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'docker run -d --name librechat \\',
      '  -p 3080:3080 \\',
      `  -e MISTRAL_API_KEY=${k} \\`,
      '  ghcr.io/danny-avila/librechat:latest',
    ))
  }),
]

const k8s: Template[] = [
  positive('k8s', 'secret-stringdata-named', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: mistral-credentials',
      '  namespace: ai',
      'type: Opaque',
      'stringData:',
      `  ${g.pick(['api-key', 'apiKey', 'token'])}: ${g.pick([k, `"${k}"`])}`,
    ))
  }),
  positive('k8s', 'secret-stringdata-env-name', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: app-secrets',
      'stringData:',
      `  OPENAI_API_KEY: ${otherToken(g, 'OPENAI_API_KEY')}`,
      `  MISTRAL_API_KEY: ${k}`,
    ))
  }),
  positive('k8s', 'deployment-env-name-value', 5, (g) => {
    const k = g.key()
    return one(k, lines(
      '    spec:',
      '      containers:',
      '        - name: rag',
      '          image: registry.example.com/rag:1.4.2',
      '          env:',
      '            - name: LOG_LEVEL',
      '              value: info',
      '            - name: MISTRAL_API_KEY',
      `              value: ${g.pick([k, `"${k}"`])}`,
      '            - name: MISTRAL_MODEL',
      `              value: ${g.model()}`,
    ))
  }),
  positive('k8s', 'helm-values', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'replicaCount: 2',
      'image:',
      '  repository: ghcr.io/acme/chatbot',
      '  tag: "1.8.0"',
      'mistral:',
      '  enabled: true',
      `  model: ${g.model()}`,
      `  apiKey: "${k}"`,
      'ingress:',
      '  enabled: false',
    ))
  }),
  positive('k8s', 'configmap', 2, (g) => {
    const k = g.key()
    return one(k, lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: llm-config', 'data:', '  LLM_PROVIDER: mistral', `  MISTRAL_API_KEY: "${k}"`))
  }),
]

const ci: Template[] = [
  positive('ci', 'workflow-job-env', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'name: evals',
      'on: [push]',
      'jobs:',
      '  eval:',
      '    runs-on: ubuntu-latest',
      '    env:',
      `      MISTRAL_API_KEY: ${g.pick([k, `"${k}"`, `'${k}'`])}`,
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: pip install -r requirements.txt && pytest -q',
    ))
  }),
  positive('ci', 'workflow-step-env', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-python@v5',
      '        with:',
      "          python-version: '3.12'",
      '      - name: Run integration tests',
      '        run: pytest tests/integration',
      '        env:',
      '          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}',
      `          MISTRAL_API_KEY: ${k}`,
    ))
  }),
  positive('ci', 'workflow-curl', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '      - name: Smoke test Mistral',
      `        run: curl -sf -H "Authorization: Bearer ${k}" https://api.mistral.ai/v1/models`,
    ))
  }),
  positive('ci', 'gitlab-variables', 3, (g) => {
    const k = g.key()
    return one(k, lines('variables:', '  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"', `  MISTRAL_API_KEY: "${k}"`, '', 'test:', '  script:', '    - pytest'))
  }),
  positive('ci', 'action-with-input', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '      - name: AI code review',
      '        uses: some-org/mistral-review-action@v1',
      '        with:',
      `          mistral-api-key: ${k}`,
      `          model: ${g.codestralModel()}`,
    ))
  }),
]

const notebooks: Template[] = [
  positive('notebook', 'environ-cell', 4, (g) => {
    const k = g.key()
    return one(k, notebook([
      ['!pip install -q mistralai'],
      ['import os', `os.environ["MISTRAL_API_KEY"] = "${k}"`],
      ['from mistralai import Mistral', 'client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])'],
    ]))
  }),
  positive('notebook', 'variable-then-client', 4, (g) => {
    const k = g.key()
    return one(k, notebook([
      ['from mistralai.client import MistralClient', 'from mistralai.models.chat_completion import ChatMessage'],
      [`api_key = "${k}"`, `model = "${g.model()}"`, '', 'client = MistralClient(api_key=api_key)'],
    ]))
  }),
  positive('notebook', 'client-inline', 4, (g) => {
    const k = g.key()
    return one(k, notebook([['from mistralai import Mistral', '', `client = Mistral(api_key='${k}')`]]))
  }),
  positive('notebook', 'colab-percent-env', 3, (g) => {
    const k = g.key()
    return one(k, notebook([[`%env MISTRAL_API_KEY=${k}`], ['from langchain_mistralai import ChatMistralAI', `llm = ChatMistralAI(model="${g.model()}")`]]))
  }),
  positive('notebook', 'llamaindex-cell', 3, (g) => {
    const k = g.key()
    return one(k, notebook([
      ['from llama_index.llms.mistralai import MistralAI'],
      [`llm = MistralAI(api_key="${k}", model="${g.model()}")`, 'resp = llm.complete("Paul Graham is ")', 'print(resp)'],
    ]))
  }),
  positive('notebook', 'with-image-output', 3, (g) => {
    const k = g.key()
    return one(k, notebook(
      [
        ['import matplotlib.pyplot as plt', 'plt.plot(scores)'],
        ['from mistralai import Mistral', `client = Mistral(api_key="${k}")`],
      ],
      { 0: [{ output_type: 'display_data', data: { 'image/png': g.base64(3000), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {} }] },
    ))
  }),
]

const config: Template[] = [
  positive('config', 'toml-section', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      '[server]',
      'port = 8080',
      '',
      '[mistral]',
      `model = "${g.model()}"`,
      'temperature = 0.3',
      `api_key = "${k}"`,
    ))
  }),
  positive('config', 'toml-nested-providers', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '[providers.openai]',
      'api_key = "env:OPENAI_API_KEY"',
      '',
      '[providers.mistral]',
      'base_url = "https://api.mistral.ai/v1"',
      `default_model = "${g.model()}"`,
      `api_key = "${k}"`,
    ))
  }),
  positive('config', 'tabby-toml', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '[model.completion.http]',
      'kind = "mistral/completion"',
      'api_endpoint = "https://api.mistral.ai"',
      `model_name = "${g.codestralModel()}"`,
      `api_key = "${k}"`,
    ))
  }),
  positive('config', 'streamlit-secrets', 3, (g) => {
    const k = g.key()
    return one(k, lines('# .streamlit/secrets.toml', `MISTRAL_API_KEY = "${k}"`))
  }),
  positive('config', 'yaml-section', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'app:',
      '  name: support-bot',
      'llm:',
      '  providers:',
      '    mistral:',
      `      model: ${g.model()}`,
      '      max_tokens: 800',
      `      api_key: ${g.pick([k, `"${k}"`])}`,
      '    openai:',
      '      api_key: ${OPENAI_API_KEY}',
    ))
  }),
  positive('config', 'litellm-proxy', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'model_list:',
      '  - model_name: gpt-4o',
      '    litellm_params:',
      '      model: openai/gpt-4o',
      '      api_key: os.environ/OPENAI_API_KEY',
      `  - model_name: ${g.model()}`,
      '    litellm_params:',
      `      model: mistral/${g.model()}`,
      `      api_key: ${k}`,
    ))
  }),
  positive('config', 'librechat-yaml', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'endpoints:',
      '  custom:',
      '    - name: "Mistral"',
      `      apiKey: "${k}"`,
      '      baseURL: "https://api.mistral.ai/v1"',
      '      models:',
      '        default: ["mistral-tiny", "mistral-small", "mistral-medium"]',
      '        fetch: true',
    ))
  }),
  positive('config', 'ini-section', 3, (g) => {
    const k = g.key()
    return one(k, lines('[DEFAULT]', 'log_level = INFO', '', '[mistral]', `api_key = ${k}`, `model = ${g.model()}`))
  }),
  positive('config', 'aider-conf', 3, (g) => {
    const k = g.key()
    return one(k, lines('## .aider.conf.yml', `model: mistral/${g.codestralModel()}`, 'api-key:', `  - mistral=${k}`, 'auto-commits: false'))
  }),
  positive('config', 'terraform', 3, (g) => {
    const k = g.key()
    return one(k, g.pick([
      lines('variable "mistral_api_key" {', '  type      = string', '  sensitive = true', `  default   = "${k}"`, '}'),
      lines('# terraform.tfvars', 'region          = "eu-west-3"', `mistral_api_key = "${k}"`),
    ]))
  }),
  positive('config', 'json-nested', 3, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({
      llm: {
        provider: 'mistral',
        options: { model: g.model(), temperature: 0.1, apiKey: k },
      },
      vectorStore: { type: 'qdrant', url: 'http://localhost:6333' },
    }, null, 2) + '\n')
  }),
  positive('config', 'llm-keys-json', 2, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({ openai: otherToken(g, 'OPENAI_API_KEY'), mistral: k }, null, 2) + '\n')
  }),
  positive('config', 'flowise-n8n-export', 3, (g) => {
    const k = g.key()
    return one(k, g.pick([
      JSON.stringify({ name: 'Mistral account', type: 'mistralCloudApi', data: { apiKey: k } }, null, 2) + '\n',
      JSON.stringify({ credentialName: 'mistralAIApi', plainDataObj: { mistralAIAPIKey: k } }, null, 2) + '\n',
    ]))
  }),
  positive('config', 'obsidian-plugin-data', 2, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({ provider: 'mistral', mistralApiKey: k, defaultModel: g.model(), streaming: true }, null, 2) + '\n')
  }),
  positive('config', 'java-style-properties', 2, (g) => {
    const k = g.key()
    return one(k, lines('mistral.api.url=https://api.mistral.ai/v1', `mistral.api.key=${k}`))
  }),
]

const editor: Template[] = [
  positive('editor', 'continue-config-json', 5, (g) => {
    const k = g.key()
    const k2 = g.chance(0.4) ? k : g.key()
    const keys = k2 === k ? [k] : [k, k2]
    return {
      keys,
      text: JSON.stringify({
        models: [
          { title: 'GPT-4o', provider: 'openai', model: 'gpt-4o', apiKey: otherToken(g, 'OPENAI_API_KEY') },
          { title: 'Codestral', provider: 'mistral', model: g.codestralModel(), apiKey: k },
        ],
        tabAutocompleteModel: { title: 'Codestral', provider: 'mistral', model: 'codestral-latest', apiKey: k2 },
        allowAnonymousTelemetry: false,
      }, null, 2) + '\n',
    }
  }),
  positive('editor', 'continue-config-json-key-first', 4, (g) => {
    const k = g.key()
    // Object keys in the order people type them: the key before the provider.
    return one(k, JSON.stringify({
      models: [{ title: 'Mistral Large', apiKey: k, provider: 'mistral', model: 'mistral-large-latest' }],
    }, null, 2) + '\n')
  }),
  positive('editor', 'continue-config-yaml', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'name: Local Assistant',
      'version: 1.0.0',
      'schema: v1',
      'models:',
      '  - name: Codestral',
      '    provider: mistral',
      `    model: ${g.codestralModel()}`,
      `    apiKey: ${k}`,
      '    roles:',
      '      - autocomplete',
    ))
  }),
  positive('editor', 'mcp-json-env', 4, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({
      mcpServers: {
        'mistral-ocr': { command: 'npx', args: ['-y', 'mistral-ocr-mcp'], env: { MISTRAL_API_KEY: k } },
      },
    }, null, 2) + '\n')
  }),
  positive('editor', 'vscode-settings', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '{',
      '  "editor.formatOnSave": true,',
      '  "codestral.apiKey": "' + k + '",',
      `  "codestral.model": "${g.codestralModel()}",`,
      '  "files.trimTrailingWhitespace": true',
      '}',
    ))
  }),
]

const curl: Template[] = [
  positive('curl', 'multiline-chat', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'curl --location "https://api.mistral.ai/v1/chat/completions" \\',
      '     --header \'Content-Type: application/json\' \\',
      '     --header \'Accept: application/json\' \\',
      `     --header "Authorization: Bearer ${k}" \\`,
      `     --data '{"model": "${g.model()}", "messages": [{"role": "user", "content": "Who is the most renowned French painter?"}]}'`,
    ))
  }),
  positive('curl', 'codestral-fim', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'curl -X POST https://codestral.mistral.ai/v1/fim/completions \\',
      '  -H "Content-Type: application/json" \\',
      `  -H "Authorization: Bearer ${k}" \\`,
      `  -d '{"model": "${g.codestralModel()}", "prompt": "def f(", "suffix": "return a + b"}'`,
    ))
  }),
  positive('curl', 'single-line', 3, (g) => {
    const k = g.key()
    return one(k, lines(`curl -s https://api.mistral.ai/v1/models -H 'Authorization: Bearer ${k}' | jq '.data[].id'`))
  }),
  positive('curl', 'httpie', 2, (g) => {
    const k = g.key()
    return one(k, lines(`http POST https://api.mistral.ai/v1/embeddings Authorization:"Bearer ${k}" model=mistral-embed input:='["hi"]'`))
  }),
  positive('curl', 'rest-client-http-file', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      '### Chat',
      'POST https://api.mistral.ai/v1/chat/completions',
      'Content-Type: application/json',
      `Authorization: Bearer ${k}`,
      '',
      `{ "model": "${g.model()}", "messages": [{ "role": "user", "content": "hello" }] }`,
    ))
  }),
  positive('curl', 'postman-collection', 3, (g) => {
    const k = g.key()
    // Postman writes `auth` before `url`: the Mistral host comes after the key.
    return one(k, JSON.stringify({
      info: { name: 'LLM APIs', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{
        name: 'chat completion',
        request: {
          auth: { type: 'bearer', bearer: [{ key: 'token', value: k, type: 'string' }] },
          method: 'POST',
          header: [],
          url: { raw: 'https://api.mistral.ai/v1/chat/completions', protocol: 'https', host: ['api', 'mistral', 'ai'] },
        },
      }],
    }, null, '\t') + '\n')
  }),
]

const readme: Template[] = [
  positive('readme', 'bash-block', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      '## Quick start',
      '',
      '1. Get an API key from La Plateforme.',
      '2. Export it:',
      '',
      '```bash',
      `export MISTRAL_API_KEY=${k}`,
      '```',
      '',
      '3. Run `python main.py`.',
    ))
  }),
  positive('readme', 'python-block', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      '# Mistral RAG demo',
      '',
      '```python',
      'from mistralai import Mistral',
      '',
      `client = Mistral(api_key="${k}")`,
      '```',
    ))
  }),
  positive('readme', 'inline-code', 3, (g) => {
    const k = g.key()
    return one(k, lines('Set the key in `.env`: `MISTRAL_API_KEY=' + k + '` and start the server with `npm run dev`.'))
  }),
  positive('readme', 'env-table', 2, (g) => {
    const k = g.key()
    return one(k, lines('| Variable | Value |', '|---|---|', `| MISTRAL_API_KEY | ${k} |`, `| MISTRAL_MODEL | ${g.model()} |`))
  }),
]

const url: Template[] = [
  positive('url', 'proxy-query-string', 4, (g) => {
    const k = g.key()
    return one(k, lines(`MISTRAL_PROXY_URL=https://llm-gw.internal.example.com/mistral/v1?api_key=${k}`))
  }),
  positive('url', 'code-query-string', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'const MISTRAL_BASE = "https://api.mistral.ai/v1";',
      `const url = \`\${MISTRAL_BASE}/models?key=${k}\`;`,
    ))
  }),
  positive('url', 'websocket-token', 2, (g) => {
    const k = g.key()
    return one(k, lines(`ws = websocket.create_connection("wss://realtime.example.com/mistral?token=${k}&model=${g.model()}")`))
  }),
  positive('url', 'userinfo', 2, (g) => {
    const k = g.key()
    return one(k, lines(`OPENAI_BASE_URL=https://mistral:${k}@llm-proxy.example.com/v1`))
  }),
  positive('url', 'cloudflare-gateway', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      `const base = "https://gateway.ai.cloudflare.com/v1/${g.hex(32)}/prod/mistral";`,
      `const res = await fetch(base + "/v1/chat/completions", { headers: { Authorization: "Bearer ${k}" }, method: "POST", body });`,
    ))
  }),
]

const logs: Template[] = [
  positive('logs', 'httpx-debug', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      `2024-06-0${g.between(1, 9)} 10:22:33,101 DEBUG httpcore.http11 send_request_headers.started request=<Request [b'POST']>`,
      `2024-06-01 10:22:33,102 DEBUG httpx Request: POST https://api.mistral.ai/v1/chat/completions headers={'accept': 'application/json', 'authorization': 'Bearer ${k}', 'content-type': 'application/json'}`,
      `2024-06-01 10:22:33,880 INFO httpx HTTP Request: POST https://api.mistral.ai/v1/chat/completions "HTTP/1.1 200 OK"`,
    ))
  }),
  positive('logs', 'config-dump', 4, (g) => {
    const k = g.key()
    return one(k, lines(g.pick([
      `[2024-05-12T08:00:01Z] INFO  settings loaded: provider=mistral model=${g.model()} mistral_api_key=${k} timeout=30`,
      `Settings(mistral_api_key='${k}', mistral_model='${g.model()}', debug=True)`,
      `INFO:root:Using Mistral API key ${k}`,
    ])))
  }),
  positive('logs', 'json-log', 3, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({ level: 'debug', time: 1717171717, msg: 'mistral request', url: 'https://api.mistral.ai/v1/embeddings', headers: { authorization: `Bearer ${k}` } }) + '\n')
  }),
  positive('logs', 'traceback-with-headers', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'Traceback (most recent call last):',
      '  File "/app/bot.py", line 41, in <module>',
      '    res = client.chat.complete(model=MODEL, messages=msgs)',
      'mistralai.models.sdkerror.SDKError: API error occurred: Status 429',
      `Request headers: {'Authorization': 'Bearer ${k}', 'User-Agent': 'mistral-client-python/1.2.3'}`,
    ))
  }),
]

/** The Mistral context sits only after the key, a few lines down: common in scripts and notebooks. */
const contextBelow: Template[] = [
  positive('context-below', 'python-constant-then-client', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'import requests',
      '',
      `API_KEY = "${k}"`,
      `URL = "https://api.mistral.ai/v1/chat/completions"`,
      '',
      'def ask(prompt):',
      '    r = requests.post(URL, headers={"Authorization": f"Bearer {API_KEY}"}, json={"model": "mistral-small-latest"})',
    ))
  }),
  positive('context-below', 'python-key-then-sdk', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'import os',
      '',
      `api_key = "${k}"`,
      '',
      'from mistralai import Mistral',
      'client = Mistral(api_key=api_key)',
    ))
  }),
  positive('context-below', 'php-key-then-client', 3, (g) => {
    const k = g.key()
    return one(k, lines('<?php', `$apiKey = '${k}';`, '$client = new MistralClient($apiKey);'))
  }),
  positive('context-below', 'go-key-then-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(`\tapiKey := "${k}"`, '\tclient := mistral.NewMistralClientDefault(apiKey)'))
  }),
  positive('context-below', 'js-key-then-client', 3, (g) => {
    const k = g.key()
    return one(k, lines(`const apiKey = '${k}';`, '', 'const client = new Mistral({ apiKey });'))
  }),
]

const mobile: Template[] = [
  positive('mobile', 'swift', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'import Foundation',
      '',
      'enum MistralConfig {',
      `    static let apiKey = "${k}"`,
      '    static let endpoint = URL(string: "https://api.mistral.ai/v1/chat/completions")!',
      '}',
    ))
  }),
  positive('mobile', 'dart-flutter', 3, (g) => {
    const k = g.key()
    return one(k, lines("import 'package:mistralai_client_dart/mistralai_client_dart.dart';", '', `final client = MistralAIClient(apiKey: '${k}');`))
  }),
  positive('mobile', 'android-gradle', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'android {',
      '    defaultConfig {',
      '        applicationId "com.example.chat"',
      `        buildConfigField("String", "MISTRAL_API_KEY", "\\"${k}\\"")`,
      '    }',
      '}',
    ))
  }),
  positive('mobile', 'local-properties', 3, (g) => {
    const k = g.key()
    return one(k, lines('sdk.dir=/Users/dev/Library/Android/sdk', `mistral.apiKey=${k}`))
  }),
]

const rLang: Template[] = [
  positive('r', 'sys-setenv', 3, (g) => {
    const k = g.key()
    return one(k, lines('library(ellmer)', '', `Sys.setenv(MISTRAL_API_KEY = "${k}")`, `chat <- chat_mistral(model = "${g.model()}")`))
  }),
  positive('r', 'renviron', 3, (g) => {
    const k = g.key()
    return one(k, lines('# ~/.Renviron', `MISTRAL_API_KEY="${k}"`, 'GITHUB_PAT=' + `ghp_${g.alnum(36)}`))
  }),
]

const dataFiles: Template[] = [
  positive('data-files', 'sql-seed', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'INSERT INTO llm_providers (name, base_url, api_key, enabled) VALUES',
      `  ('openai', 'https://api.openai.com/v1', '${otherToken(g, 'OPENAI_API_KEY')}', true),`,
      `  ('mistral', 'https://api.mistral.ai/v1', '${k}', true);`,
    ))
  }),
  positive('data-files', 'csv', 3, (g) => {
    const k = g.key()
    return one(k, lines('provider,model,api_key', `openai,gpt-4o,${otherToken(g, 'OPENAI_API_KEY')}`, `mistral,${g.model()},${k}`))
  }),
  positive('data-files', 'har', 3, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({
      log: {
        version: '1.2',
        entries: [{
          startedDateTime: '2024-06-01T10:00:00.000Z',
          request: {
            method: 'POST',
            url: 'https://api.mistral.ai/v1/chat/completions',
            headers: [
              { name: 'Content-Type', value: 'application/json' },
              { name: 'Authorization', value: `Bearer ${k}` },
            ],
          },
        }],
      },
    }, null, 2) + '\n')
  }),
]

const cliDefaults: Template[] = [
  positive('cli-defaults', 'argparse', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'parser = argparse.ArgumentParser(description="Chat with Mistral models")',
      `parser.add_argument("--model", default="${g.model()}")`,
      `parser.add_argument("--api-key", default="${k}", help="Mistral API key")`,
    ))
  }),
  positive('cli-defaults', 'click', 3, (g) => {
    const k = g.key()
    return one(k, lines('@click.command()', `@click.option("--mistral-api-key", default="${k}", envvar="MISTRAL_API_KEY")`, 'def main(mistral_api_key):', '    ...'))
  }),
  positive('cli-defaults', 'go-flag', 3, (g) => {
    const k = g.key()
    return one(k, lines(`var apiKey = flag.String("mistral-key", "${k}", "Mistral API key")`))
  }),
]

const moreSamePlaces: Template[] = [
  positive('python', 'provider-dict-one-line', 3, (g) => {
    const k = g.key()
    return one(k, lines(`API_KEYS = {"openai": "${otherToken(g, 'OPENAI_API_KEY')}", "mistral": "${k}", "anthropic": "${otherToken(g, 'ANTHROPIC_API_KEY')}"}`))
  }),
  positive('python', 'comment-says-replace', 4, (g) => {
    const k = g.key()
    return one(k, lines(
      'from mistralai import Mistral',
      '',
      g.pick([
        `client = Mistral(api_key="${k}")  # TODO: replace with your own key`,
        `api_key = "${k}"  # your api key here`,
        `MISTRAL_API_KEY = "${k}"  # changeme before deploying`,
        `client = Mistral(api_key="${k}")  # placeholder, move to env later`,
      ]),
    ))
  }),
  positive('dotenv', 'comma-separated-keys', 3, (g) => {
    const keys = [g.key(), g.key()]
    return { keys, text: lines(`MISTRAL_API_KEYS=${keys.join(',')}`) }
  }),
  positive('config', 'promptfoo', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'providers:',
      `  - id: mistral:${g.model()}`,
      '    config:',
      '      temperature: 0',
      `      apiKey: ${k}`,
      'prompts:',
      '  - "Summarize: {{text}}"',
    ))
  }),
  positive('config', 'compact-json', 3, (g) => {
    const k = g.key()
    return one(k, JSON.stringify({ provider: 'mistral', model: g.model(), apiKey: k, stream: true }) + '\n')
  }),
  positive('docker', 'compose-service-named', 3, (g) => {
    const k = g.key()
    return one(k, lines(
      'services:',
      '  mistral-proxy:',
      '    image: ghcr.io/acme/llm-proxy:2.1',
      '    restart: unless-stopped',
      '    ports:',
      '      - "4000:4000"',
      '    environment:',
      '      - UPSTREAM_URL=https://api.mistral.ai',
      `      - API_KEY=${k}`,
    ))
  }),
  positive('docker', 'dockerfile-run-echo', 2, (g) => {
    const k = g.key()
    return one(k, lines('FROM node:20-alpine', `RUN echo "MISTRAL_API_KEY=${k}" >> .env`, 'CMD ["node", "server.js"]'))
  }),
  positive('shell', 'makefile', 3, (g) => {
    const k = g.key()
    return one(k, lines(`MISTRAL_API_KEY ?= ${k}`, '', 'run:', '\tMISTRAL_API_KEY=$(MISTRAL_API_KEY) python app.py'))
  }),
  positive('context-below', 'ini-provider-after-key', 3, (g) => {
    const k = g.key()
    return one(k, lines('[llm]', `api_key = ${k}`, 'provider = mistral', `model = ${g.model()}`))
  }),
  positive('context-below', 'far-import-and-use', 3, (g) => {
    const k = g.key()
    const filler = Array.from({ length: 18 }, (_, i) => `def helper_${i}(x):\n    return x * ${i}\n`)
    return one(k, lines(
      'from mistralai import Mistral',
      'import json',
      '',
      ...filler,
      `API_KEY = "${k}"`,
      ...filler.slice(0, 4),
      'client = Mistral(api_key=API_KEY)',
    ))
  }),
]

export const POSITIVE_TEMPLATES: readonly Template[] = [
  ...python, ...jsTs, ...goLang, ...rust, ...java, ...csharp, ...php, ...ruby, ...shell, ...dotenv, ...docker, ...k8s,
  ...ci, ...notebooks, ...config, ...editor, ...curl, ...readme, ...url, ...logs, ...contextBelow, ...mobile, ...rLang,
  ...dataFiles, ...cliDefaults, ...moreSamePlaces,
]
