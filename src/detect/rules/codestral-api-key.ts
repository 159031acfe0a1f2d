// Codestral API keys (codestral.mistral.ai): the same shape as Mistral's, issued separately, so the context
// must say Codestral. Checked before the Mistral rule: `codestral.mistral.ai` names both.
import { exampleKey } from '../example-keys.js'
import { defineRule } from '../rule.js'

const k = Array.from({ length: 8 }, (_, i) => exampleKey(2000 + i))

export const codestralApiKey = defineRule({
  id: 'codestral-api-key',
  description: 'Codestral API key: 32 letters and digits used with codestral.mistral.ai, found by its context.',
  keywords: ['codestral'],
  truePositives: [
    { note: 'env file', text: `CODESTRAL_API_KEY=${k[0]}\n`, secret: k[0] },
    {
      note: 'curl to the Codestral endpoint',
      text: `curl https://codestral.mistral.ai/v1/fim/completions \\\n  -H "Authorization: Bearer ${k[1]}" \\\n  -d @body.json\n`,
      secret: k[1],
    },
    {
      note: 'editor config (Continue) naming the model',
      text: `{\n  "tabAutocompleteModel": {\n    "title": "Codestral",\n    "provider": "mistral",\n    "model": "codestral-latest",\n    "apiKey": "${k[2]}"\n  }\n}\n`,
      secret: k[2],
    },
    {
      note: 'OpenAI-compatible variables pointed at the Codestral host',
      text: `OPENAI_BASE_URL=https://codestral.mistral.ai/v1\nOPENAI_API_KEY=${k[5]}\n`,
      secret: k[5],
    },
  ],
  falsePositives: [
    { note: 'a plain Mistral key is not a Codestral key', text: `MISTRAL_API_KEY=${k[3]}\n` },
    { note: 'reference', text: `CODESTRAL_API_KEY=\${CODESTRAL_API_KEY}\n` },
    { note: 'another provider in a Codestral file', text: `# codestral setup\nOPENAI_API_KEY=${k[4]}\n` },
    {
      note: 'an env entry after the Codestral one',
      text: `env:\n  - name: CODESTRAL_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: codestral\n        key: token\n  - name: COOKIE_SECRET\n    value: ${k[6]}\n`,
    },
  ],
})
