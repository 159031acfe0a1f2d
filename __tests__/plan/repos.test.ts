// `plan repos` against a loopback stand-in for the GitHub API: paging, filters, batches, retries, errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '../../src/github/client.js'
import { runPlan, type PlanDeps } from '../../src/commands/plan.js'
import { run } from '../../src/commands/dispatch.js'
import { captureIO } from './cli-io.js'
import { startOrgApiStandIn, type OrgApiStandIn, type StandInRepo } from './org-api-stand-in.js'

const TOKEN = 'test-token-for-the-stand-in'

function manyRepos(count: number): StandInRepo[] {
  return Array.from({ length: count }, (_, i) => ({ name: `svc-${String(i).padStart(4, '0')}` }))
}

const MIXED: StandInRepo[] = [
  { name: 'api', topics: ['mistral', 'backend'] },
  { name: 'web', topics: ['frontend'], visibility: 'private' },
  { name: 'old', archived: true, topics: ['mistral'] },
  { name: 'fork-of-sdk', fork: true },
  { name: 'corp-tools', visibility: 'internal', topics: ['Mistral'] },
  { name: 'empty', size: 0 },
  { name: 'frozen', disabled: true },
]

let api: OrgApiStandIn
let dir: string

beforeAll(async () => {
  api = await startOrgApiStandIn({ acme: MIXED, big: manyRepos(530) })
})
afterAll(() => api.close())
beforeEach(() => {
  api.requests.length = 0
  dir = mkdtempSync(path.join(tmpdir(), 'mg-plan-repos-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A client that does not sleep between retries, pointed at the stand-in. */
const deps: PlanDeps = {
  client: () =>
    createClient({ token: TOKEN, baseUrl: api.url, log: { debug: () => undefined, warning: () => undefined }, retryAfterBaseValue: 0 }),
}

async function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const io = captureIO(dir, env)
  const code = await runPlan(['repos', ...args], io, deps)
  return { code, out: io.out(), err: io.err() }
}

describe('plan repos', () => {
  it('lists the organization page by page with the token and prints the kept repositories as a matrix', async () => {
    const { code, out } = await plan(['--org', 'big'])
    expect(code).toBe(0)
    const result = JSON.parse(out)
    expect(result.count).toBe(530)
    expect(api.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3', '4', '5', '6'])
    for (const request of api.requests) {
      expect(request.method).toBe('GET')
      expect(request.path).toBe('/orgs/big/repos')
      expect(request.query.per_page).toBe('100')
      expect(request.query.type).toBe('all')
      expect(request.headers.authorization).toBe(`token ${TOKEN}`)
    }
    expect(result.batches.map((b: { include: unknown[] }) => b.include.length)).toEqual([256, 256, 18])
    expect(result.batches[0].include[0]).toEqual({
      repository: 'big/svc-0000',
      'default-branch': 'main',
      artifact: 'mistral-guard-svc-0000',
    })
    const all = result.batches.flatMap((b: { include: Array<{ repository: string }> }) => b.include.map((e) => e.repository))
    expect(new Set(all).size).toBe(530)
  })

  it('leaves out archived repositories, forks, disabled and empty ones unless asked, and says so', async () => {
    const { out, err } = await plan(['--org', 'acme'])
    const names = JSON.parse(out).batches[0].include.map((e: { repository: string }) => e.repository)
    expect(names).toEqual(['acme/api', 'acme/corp-tools', 'acme/web'])
    expect(err).toContain('left out: 1 archived, 1 forks, 1 disabled, 1 empty')

    const wider = JSON.parse((await plan(['--org', 'acme', '--include-archived', '--include-forks'])).out)
    expect(wider.batches[0].include.map((e: { repository: string }) => e.repository)).toEqual([
      'acme/api',
      'acme/corp-tools',
      'acme/fork-of-sdk',
      'acme/old',
      'acme/web',
    ])
  })

  it('keeps repositories with any of the topics, case-insensitively, and filters on visibility', async () => {
    const byTopic = JSON.parse((await plan(['--org', 'acme', '--topic', 'mistral', '--topic', 'frontend'])).out)
    expect(byTopic.batches[0].include.map((e: { repository: string }) => e.repository)).toEqual([
      'acme/api',
      'acme/corp-tools',
      'acme/web',
    ])
    const commaList = JSON.parse((await plan(['--org', 'acme', '--topic', 'backend,frontend'])).out)
    expect(commaList.count).toBe(2)
    const internal = JSON.parse((await plan(['--org', 'acme', '--visibility', 'internal'])).out)
    expect(internal.batches[0].include.map((e: { repository: string }) => e.repository)).toEqual(['acme/corp-tools'])
  })

  it('shares max-parallel out between batches and prints one batch by index', async () => {
    const full = JSON.parse((await plan(['--org', 'big', '--max-parallel', '20', '--batch-size', '100'])).out)
    expect(full.batches).toHaveLength(6)
    expect(full.maxParallel).toBe(3)
    const third = JSON.parse((await plan(['--org', 'big', '--batch-size', '100', '--batch', '2'])).out)
    expect(third.include).toHaveLength(100)
    expect(third.include[0].repository).toBe('big/svc-0200')
    const past = JSON.parse((await plan(['--org', 'big', '--batch', '9'])).out)
    expect(past).toEqual({ include: [] })
  })

  it('writes count, batches and the plan as step outputs', async () => {
    const outputFile = path.join(dir, 'github-output')
    writeFileSync(outputFile, '')
    await plan(['--org', 'big', '--github-output', '--max-parallel', '30'], { GITHUB_OUTPUT: outputFile })
    const text = readFileSync(outputFile, 'utf8')
    const outputs = Object.fromEntries(
      [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
    )
    expect(outputs.count).toBe('530')
    expect(outputs['batch-count']).toBe('3')
    expect(outputs['max-parallel']).toBe('10')
    expect(JSON.parse(outputs.batches)).toHaveLength(3)
    expect(JSON.parse(outputs.plan).count).toBe(530)
  })

  it('retries a 500 and then succeeds', async () => {
    api.failNext(500)
    const { code, out } = await plan(['--org', 'acme'])
    expect(code).toBe(0)
    expect(JSON.parse(out).count).toBe(3)
    expect(api.requests).toHaveLength(2)
    expect(api.requests[1].path).toBe('/orgs/acme/repos')
  })

  it('refuses more batches than the workflow has jobs for, naming the numbers', async () => {
    await expect(plan(['--org', 'big', '--max-batches', '2'])).rejects.toThrow(
      "Organization 'big' has 530 repositories to scan: 3 batches of 256, but the workflow runs at most 2",
    )
  })

  it('exits 2 with a clear message for an unknown organization, bad flags and a missing token', async () => {
    const io = captureIO(dir, { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN })
    expect(await run(['plan', 'repos', '--org', 'nobody'], io)).toBe(2)
    expect(io.err()).toContain("Organization 'nobody' not found, or the token cannot see it")

    const bad = captureIO(dir, { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN })
    expect(await run(['plan', 'repos', '--org', 'acme', '--visibility', 'secret'], bad)).toBe(2)
    expect(bad.err()).toContain("Invalid --visibility 'secret'. Expected one of all, public, private, internal.")

    const size = captureIO(dir, { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN })
    expect(await run(['plan', 'repos', '--org', 'acme', '--batch-size', '300'], size)).toBe(2)
    expect(size.err()).toContain("Invalid --batch-size '300'. Expected a whole number from 1 to 256.")

    const noToken = captureIO(dir, { GITHUB_API_URL: api.url })
    expect(await run(['plan', 'repos', '--org', 'acme'], noToken)).toBe(2)
    expect(noToken.err()).toContain('needs a token in GITHUB_TOKEN')

    const unknownFlag = captureIO(dir, {})
    expect(await run(['plan', 'repos', '--org', 'acme', '--colour'], unknownFlag)).toBe(2)
    expect(unknownFlag.err()).toContain("Unknown option '--colour'")
  })

  it('runs through the CLI with GITHUB_API_URL and GITHUB_TOKEN from the environment', async () => {
    const io = captureIO(dir, { GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN })
    expect(await run(['plan', 'repos', '--org', 'acme', '--batch', '0'], io)).toBe(0)
    expect(JSON.parse(io.out()).include).toHaveLength(3)
    expect(api.requests[0].headers.authorization).toBe(`token ${TOKEN}`)
  })
})
