// A value labelled only `value` takes the name of its object as its label: Kubernetes and Render env entries,
// ECS and Azure app settings, Terraform env blocks, CloudFormation `Name`/`Value`. Keys are generated;
// assertions compare booleans, so a failure never prints a key.
import { detect } from '../../src/detect/detector.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(3201)
const mistralKey = fakeKey(3202)

function finds(text: string, secret = key): boolean {
  return detect(text).some((match) => match.secret === secret)
}

describe('name/value pairs: the name is the label', () => {
  it.each([
    ['Kubernetes env', (name: string, value: string) => `env:\n  - name: LOG_LEVEL\n    value: debug\n  - name: ${name}\n    value: "${value}"\n`],
    ['Render envVars (key/value)', (name: string, value: string) => `envVars:\n  - key: PORT\n    value: 10000\n  - key: ${name}\n    value: ${value}\n`],
    ['CloudFormation Name/Value', (name: string, value: string) => `Environment:\n  - Name: STAGE\n    Value: prod\n  - Name: ${name}\n    Value: ${value}\n`],
    ['ECS on one line', (name: string, value: string) => `"environment": [{"name": "STAGE", "value": "prod"}, {"name": "${name}", "value": "${value}"}]\n`],
    ['ECS, value first', (name: string, value: string) => `[{"name": "STAGE", "value": "prod"}, {"value": "${value}", "name": "${name}"}]\n`],
    ['YAML flow mapping', (name: string, value: string) => `env: [{name: STAGE, value: prod}, {name: ${name}, value: ${value}}]\n`],
    ['Azure app settings', (name: string, value: string) => `"appSettings": [\n  {\n    "name": "STAGE",\n    "value": "prod"\n  },\n  {\n    "name": "${name}",\n    "value": "${value}",\n    "slotSetting": false\n  }\n]\n`],
    ['Terraform env blocks', (name: string, value: string) => `  env {\n    name  = "STAGE"\n    value = "prod"\n  }\n  env {\n    name  = "${name}"\n    value = "${value}"\n  }\n`],
  ])('%s: found when named after Mistral, not when named after something else', (_shape, entry) => {
    expect(finds(entry('MISTRAL_API_KEY', mistralKey), mistralKey)).toBe(true)
    expect(finds(entry('CODESTRAL_API_KEY', mistralKey), mistralKey)).toBe(true)
    // Another entry naming Mistral in the same list says nothing about this one.
    const mixed = (name: string) => `# mistral-chat deployment\n${entry('MISTRAL_MODEL', 'mistral-small')}${entry(name, key)}`
    expect(finds(mixed('WEBHOOK_SIGNING_SECRET'))).toBe(false)
    expect(finds(mixed('COHERE_API_KEY'))).toBe(false)
    expect(finds(mixed('REQUEST_ID'))).toBe(false)
  })

  it('reports the Codestral rule for an entry named after Codestral', () => {
    const matches = detect(`env:\n  - name: CODESTRAL_API_KEY\n    value: ${key}\n`)
    expect(matches.map((match) => match.ruleId)).toEqual(['codestral-api-key'])
  })

  it('keeps a generic name generic: its neighbours may still say Mistral', () => {
    // `API_KEY` in the env of a container that runs Mistral's client.
    const text = `containers:\n  - name: mistral-proxy\n    image: acme/mistral-proxy:1\n    env:\n      - name: API_KEY\n        value: "${key}"\n`
    expect(finds(text)).toBe(true)
  })

  it('stops a named entry at its own name: the container around it does not make it Mistral’s', () => {
    const text = `containers:\n  - name: mistral-proxy\n    image: acme/mistral-proxy:1\n    env:\n      - name: DATABASE_PASSWORD\n        value: "${key}"\n`
    expect(finds(text)).toBe(false)
  })

  it('stops a named entry at its own object: a Terraform resource named after Mistral does not make it Mistral’s', () => {
    const block = (name: string, value: string) => `      env {\n        name  = "${name}"\n        value = "${value}"\n      }\n`
    const resource = (env: string) =>
      `resource "google_cloud_run_v2_service" "mistral_chat" {\n  template {\n    containers {\n${env}    }\n  }\n}\n`
    expect(finds(resource(block('WEBHOOK_SIGNING_SECRET', key)))).toBe(false)
    expect(finds(resource(block('MISTRAL_API_KEY', mistralKey)), mistralKey)).toBe(true)
    expect(finds(resource(block('API_KEY', key)))).toBe(true)
  })

  it('ignores a `name:` that belongs to another object', () => {
    // The `name:` two entries up is not this value's: without a name of its own, `value` stays generic.
    const text = `mistral:\n  name: primary\n  options:\n    retries: 2\n  value: ${key}\n`
    expect(finds(text)).toBe(true)
  })

  it('leaves labels other than `value` alone', () => {
    expect(finds(`- name: SESSION_SECRET\n  mistral_api_key: ${key}\n`)).toBe(true)
  })
})
