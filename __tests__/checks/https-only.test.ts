import { hostOf, httpsOnly, isLoopback } from '../../src/checks/https-only.js'
import { compliantRepo, runCheck } from './check-helpers.js'

// Built at run time so that this repository's own https-only check stays green.
const HTTP = ['http', '://'].join('')

describe('https-only', () => {
  it('passes when Mistral is called over HTTPS and plain HTTP stays on loopback', async () => {
    const repo = compliantRepo({
      'src/local.ts': [
        `const mistral = new Mistral({ serverURL: '${HTTP}localhost:4010' })`,
        `const proxy = { endpoint: '${HTTP}127.0.0.1:8080/v1', base_url: '${HTTP}[::1]:9000' }`,
        `const bind = '${HTTP}0.0.0.0:3000'; const dev = '${HTTP}mistral.localhost/v1'`,
        `const docs = '${HTTP}example.com/help' // not a server URL setting`,
      ].join('\n'),
    })
    try {
      const row = await runCheck(httpsOnly, repo)
      expect(row).toMatchObject({ id: 'https-only', status: 'pass', locations: [] })
    } finally {
      repo.remove()
    }
  })

  it('fails on a Mistral host over http://, in code, config or docs', async () => {
    const repo = compliantRepo({
      'src/api.py': `client = Mistral(api_key=key)\nr = requests.post("${HTTP}api.mistral.ai/v1/chat/completions")\n`,
      'docs/setup.md': `Point the plugin at ${HTTP}codestral.mistral.ai/v1/fim.\n`,
    })
    try {
      const row = await runCheck(httpsOnly, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe(
        `2 plain-HTTP endpoints: docs/setup.md:1 (${HTTP}codestral.mistral.ai), src/api.py:2 (${HTTP}api.mistral.ai): ` +
          'use https:// (the key is sent with every request).',
      )
      expect(row.locations).toEqual([
        { file: 'docs/setup.md', line: 1 },
        { file: 'src/api.py', line: 2 },
      ])
    } finally {
      repo.remove()
    }
  })

  it('fails on serverURL, server_url or endpoint over http:// in a file that talks to Mistral', async () => {
    const repo = compliantRepo({
      'src/client.ts': `import { Mistral } from '@mistralai/mistralai'\nexport const c = new Mistral({ serverURL: "${HTTP}llm-gateway.internal:8080" })\n`,
      'app/llm.py': `from mistralai import Mistral\nclient = Mistral(server_url="${HTTP}10.0.0.5")\n`,
      'config/mistral.yml': `endpoint: ${HTTP}proxy.corp.example\n`,
      '.env.example': `MISTRAL_API_KEY=\nMISTRAL_BASE_URL=${HTTP}gateway.corp.example\n`,
      'src/other.ts': `// a status page, nothing to do with the LLM\nconst api = { endpoint: '${HTTP}status.example.com' }\n`,
    })
    try {
      const row = await runCheck(httpsOnly, repo)
      expect(row.status).toBe('fail')
      expect(row.locations).toEqual([
        { file: '.env.example', line: 2 },
        { file: 'app/llm.py', line: 2 },
        { file: 'config/mistral.yml', line: 1 },
        { file: 'src/client.ts', line: 2 },
      ])
    } finally {
      repo.remove()
    }
  })

  it('shows only the host, never credentials or a query', async () => {
    const secret = ['hunter', '2secret'].join('')
    const repo = compliantRepo({ 'src/a.ts': `fetch('${HTTP}bob:${secret}@api.mistral.ai/v1?key=${secret}')\n` })
    try {
      const row = await runCheck(httpsOnly, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain(`src/a.ts:1 (${HTTP}api.mistral.ai)`)
      expect(row.message).not.toContain(secret)
    } finally {
      repo.remove()
    }
  })

  it('passes over files under allow.paths, binary files and huge files without crashing', async () => {
    const repo = compliantRepo({
      'test/fixtures/old.ts': `fetch('${HTTP}api.mistral.ai')\n`,
      'assets/blob.bin': Buffer.concat([Buffer.from(`${HTTP}api.mistral.ai\n`), Buffer.from([0, 1, 2, 0])]),
      'data/huge.txt': `${HTTP}api.mistral.ai\n${'x'.repeat(2_000_000)}\n`,
    })
    try {
      const row = await runCheck(httpsOnly, repo, { config: 'allow:\n  paths: ["test/fixtures/**"]\n' })
      expect(row.status).toBe('pass')
      expect(row.message).toMatch(/in 9 files \(2 binary or large files passed over\)\.$/)
    } finally {
      repo.remove()
    }
  })

  it('reads hosts and loopback addresses as a browser would', () => {
    expect(hostOf('user:pw@API.Mistral.AI:80/v1')).toBe('api.mistral.ai')
    expect(hostOf('[::1]:8080/x')).toBe('[::1]')
    expect(hostOf('api.mistral.ai./v1')).toBe('api.mistral.ai')
    expect(['localhost', 'a.localhost', '127.1.2.3', '[::1]', '0.0.0.0'].every(isLoopback)).toBe(true)
    expect(['localhost.evil.com', '127.0.0.1.nip.io', '10.0.0.1', 'api.mistral.ai'].some(isLoopback)).toBe(false)
  })
})
