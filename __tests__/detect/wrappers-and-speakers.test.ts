// Two things a value's label must look through: generic wrappers (`Some(…)`, `Secret::new(…)`, `SecretStr(…)`),
// which say nothing about whose value it is, and a chat speaker's name (`[09:16] dana: …`), which is who talks,
// not what the value is. Both then read the context above as an unwrapped, unlabelled value would; neither may
// turn a YAML key (`redis:`, `session_secret:`) or another provider's call into Mistral's. Keys are generated;
// assertions compare booleans, so a failure never prints a key.
import { detect } from '../../src/detect/detector.js'
import { readLabel } from '../../src/detect/label.js'
import { Mentions } from '../../src/detect/mentions.js'
import { fakeKey } from '../helpers/keys.js'

const key = fakeKey(3301)

function finds(text: string, secret = key): boolean {
  return detect(text).some((match) => match.secret === secret)
}

/** The label kind and words of the value `secret` in `text`. */
function labelFor(text: string, secret = key): { kind: string; words: string[] } {
  const start = text.indexOf(secret)
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const { kind, words } = readLabel(text, lineStart, start, new Mentions(text))
  return { kind, words }
}

const rustHeader = 'use mistralai_client::v1::{chat::ChatMessage, client::Client};\n\n'

describe('generic wrappers are looked through', () => {
  it.each([
    ['Some(String::from(…))', `    let mut client = Client::new(Some(String::from("${key}")), None, None, None)?;`],
    ['Secret::new(…)', `    let api_key = Secret::new("${key}".to_owned());`],
    ['Ok(…)', `    let token = Ok::<_, ()>(0).map(|_| 0); let creds = Ok("${key}".to_string());`],
  ])('finds a key in %s under a Rust file that uses the Mistral client', (_note, line) => {
    expect(finds(`${rustHeader}async fn run() -> Result<()> {\n${line}\n    Ok(())\n}\n`)).toBe(true)
  })

  it('finds a pydantic SecretStr assignment next to the Mistral import', () => {
    const text = `from mistralai import Mistral\nfrom pydantic import SecretStr\n\napi_key = SecretStr("${key}")\n`
    expect(finds(text)).toBe(true)
  })

  it('finds a JavaScript new String(…) passed to a client next to the Mistral import', () => {
    const text = `import { Mistral } from '@mistralai/mistralai'\n\nconst client = new Mistral({ apiKey: new String('${key}') })\n`
    expect(finds(text)).toBe(true)
  })

  it('labels the value by the call around the wrapper', () => {
    expect(labelFor(`c = Client::new(Some("${key}"))`).words).toEqual(['c', 'client', 'new'])
    expect(labelFor(`api_key = pydantic.SecretStr("${key}")`)).toEqual({ kind: 'generic', words: ['api', 'key'] })
    expect(labelFor(`cookie_secret = Some(String::from("${key}"))`).kind).toBe('qualified')
  })

  it('keeps a call that is not a wrapper as the label', () => {
    expect(labelFor(`x = Cohere::new(Some("${key}"))`).kind).toBe('other')
    expect(labelFor(`x = build_token(Something("${key}"))`).words).toEqual(['something'])
  })

  it('passes over a wrapped value given to another provider', () => {
    expect(finds(`${rustHeader}fn main() {\n    let other = CohereClient::new(Some("${key}".to_string()));\n}\n`)).toBe(false)
  })

  it("passes over the app's own secret, wrapped, next to Mistral code", () => {
    expect(finds(`${rustHeader}fn main() {\n    let session_secret = Some("${key}".to_string());\n}\n`)).toBe(false)
  })
})

describe('a chat speaker is not a label', () => {
  it('finds a key pasted alone after a timestamped speaker who named Mistral', () => {
    const text = `[09:15] dana: mistral key for the demo coming up\n[09:16] dana: ${key}\n[09:17] eve: got it\n`
    expect(finds(text)).toBe(true)
  })

  it('finds a key pasted by another speaker than the one who asked', () => {
    const text = `(14:02) Erin: does anyone have the mistral key for staging?\n(14:03) Frank: ${key}\n`
    expect(finds(text)).toBe(true)
  })

  it('finds a speaker pasting key=… after naming Mistral', () => {
    const text = `[09:15] dana: trying the mistral endpoint again\n[09:16] dana: token=${key}\n`
    expect(finds(text)).toBe(true)
  })

  it('finds a key after an untimed speaker who said more on a line nearby', () => {
    const text = `bob: here is the mistral key you asked for\nbob: ${key}\ncarol: thanks\n`
    expect(finds(text)).toBe(true)
  })

  it('reads a timestamped speaker as no label, an untimed lone one as a label', () => {
    expect(labelFor(`[09:16] dana: ${key}`).kind).toBe('bare')
    expect(labelFor(`[09:16] dana: key=${key}`)).toEqual({ kind: 'generic', words: ['key'] })
    expect(labelFor(`dana: ${key}`).kind).toBe('qualified')
  })

  it('passes over YAML keys next to a Mistral section', () => {
    expect(finds(`mistral:\n  model: small\nredis: ${key}\n`)).toBe(false)
    expect(finds(`mistral:\n  model: small\nsession_secret: ${key}\n`)).toBe(false)
    expect(finds(`mistral:\n  model: small\n  temperature: 0.2\ndeepinfra:\n  token: ${key}\n`)).toBe(false)
  })

  it('passes over a speaker named after another provider, or a label that names one', () => {
    expect(finds(`[10:00] gina: mistral is down again\n[10:01] openai: ${key}\n`)).toBe(false)
    expect(finds(`[10:00] gina: mistral is down again\n[10:01] gina: cohere_key=${key}\n`)).toBe(false)
  })

  it('keeps a qualified label after a speaker', () => {
    expect(finds(`[10:00] gina: mistral settings below\n[10:01] gina: cookie_secret=${key}\n`)).toBe(false)
  })
})
