import { parseEnvFile } from '../../src/checks/env-file.js'
import { looksLikeKey, looksLikePlaceholder } from '../../src/checks/key-shape.js'
import { isEnvTemplateName, secretFileKind } from '../../src/checks/secret-files.js'
import { fakeKey } from '../helpers/keys.js'

describe('key shapes and placeholders', () => {
  it('takes any 32-character run mixing letters and digits (or cases) for a key', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(looksLikeKey(fakeKey(seed))).toBe(true)
      expect(looksLikeKey(fakeKey(seed, { lettersOnly: true }))).toBe(true)
      expect(looksLikeKey(`"${fakeKey(seed)}"`)).toBe(true)
    }
    expect(looksLikeKey('x'.repeat(32))).toBe(false)
    expect(looksLikeKey('0'.repeat(32))).toBe(false)
    expect(looksLikeKey(fakeKey(3).slice(0, 31))).toBe(false)
    expect(looksLikeKey(`${fakeKey(3)}A`)).toBe(false)
    expect(looksLikeKey('your_mistral_api_key_goes_right_here')).toBe(false)
  })

  it('knows placeholders and never takes a key for one', () => {
    for (const value of ['', '<your key>', '${MISTRAL_API_KEY}', '{{ key }}', '[key]', 'changeme', 'your-key-here', 'xxxxxxxx', '***', 'sk-...']) {
      expect([value, looksLikePlaceholder(value)]).toEqual([value, true])
    }
    expect(looksLikePlaceholder('Zq81mmPA')).toBe(false)
    expect(looksLikePlaceholder(fakeKey(4))).toBe(false)
  })
})

describe('env files', () => {
  it('reads declarations as dotenv does', () => {
    const entries = parseEnvFile(
      ['# comment', 'A=1', 'export B = "two words" # note', "C='#not a comment'", 'D=', 'E=x # trailing', 'A=second', 'F: yaml-ish', 'not a line', 'G=crlf\r'].join('\n'),
    )
    expect(Object.fromEntries([...entries].map(([name, entry]) => [name, [entry.value, entry.line]]))).toEqual({
      A: ['1', 2],
      B: ['two words', 3],
      C: ['#not a comment', 4],
      D: ['', 5],
      E: ['x', 6],
      F: ['yaml-ish', 8],
      G: ['crlf', 10],
    })
  })

  it('names secret files and templates by convention', () => {
    expect(['.env', 'a/.env.local', '.env.production', 'k/server.pem', 'id.key', 'ops/secrets/x.json'].map(secretFileKind)).toEqual([
      'env file',
      'env file',
      'env file',
      'PEM file',
      'key file',
      'in a secrets/ folder',
    ])
    expect(['.env.example', '.env.prod.sample', '.env.template', '.env.dist', '.envrc', 'secrets.md', 'env.ts'].map(secretFileKind)).toEqual(
      [null, null, null, null, null, null, null],
    )
    // A folder named secrets at any depth; not a file of that name, nor a folder that only ends in it.
    expect(['secrets/a.txt', 'a/b/secrets/c/d.yml', 'a/secrets', 'a/mysecrets/x', 'secrets', 'a/secrets.d/x'].map(secretFileKind)).toEqual(
      ['in a secrets/ folder', 'in a secrets/ folder', null, null, null, null],
    )
    expect(['.env.example', 'svc/.env.prod.example', 'env.sample', 'app.env.template'].every(isEnvTemplateName)).toBe(true)
    expect(['environment.example', 'config.example', '.env', 'myenv.example'].some(isEnvTemplateName)).toBe(false)
  })
})
