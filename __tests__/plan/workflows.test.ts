// The reusable workflows: valid for GitHub (action-validator), consistent with the plan command (as many scan
// jobs as --max-batches, one batch each, the same steps), and their shell steps hand our CLIs arguments
// the CLIs accept (the steps run in bash with `node` captured, then the captured arguments are parsed for real).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { createClient } from '../../src/github/client.js'
import { runPlan } from '../../src/commands/plan.js'
import { scanOptionsFromArgv } from '../../src/settings/from-argv.js'
import { captureIO } from './cli-io.js'
import { startOrgApiStandIn } from './org-api-stand-in.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ORG_SCAN = path.join(ROOT, '.github/workflows/org-scan.yml')
const RANGES = path.join(ROOT, '.github/workflows/history-ranges.yml')

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  needs?: string | string[]
  if?: string
  strategy?: { matrix?: string; 'max-parallel'?: string }
  steps?: Step[]
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string }>; secrets?: Record<string, unknown> } }
  jobs: Record<string, Job>
}

const load = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow

/** Runs a step's bash script with `node` replaced by a function that records its arguments, one per line. */
function capturedNodeArgs(script: string, env: Record<string, string>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-wf-'))
  try {
    const record = path.join(dir, 'args')
    const shim = `node() { shift; printf '%s\\n' "$@" > ${JSON.stringify(record)}; }\n`
    execFileSync('bash', ['-e', '-c', shim + script], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_OUTPUT: path.join(dir, 'out'), ...env },
    })
    return readFileSync(record, 'utf8').split('\n').slice(0, -1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('reusable workflows', () => {
  it.each([ORG_SCAN, RANGES])('%s passes action-validator', (file) => {
    const bin = path.join(ROOT, 'node_modules/.bin/action-validator')
    expect(() => execFileSync(bin, [file], { stdio: 'pipe' })).not.toThrow()
  })

  it('org-scan: takes the documented inputs and token, and has one scan job per batch the plan allows', () => {
    const wf = load(ORG_SCAN)
    expect(Object.keys(wf.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining(['org', 'topics', 'include-archived', 'include-forks', 'visibility', 'max-parallel']),
    )
    expect(wf.on.workflow_call.secrets).toHaveProperty('token')
    const planStep = wf.jobs.plan.steps!.find((s) => s.id === 'plan')!
    const maxBatches = Number(/--max-batches (\d+)/.exec(planStep.run!)![1])
    const scanJobs = Object.keys(wf.jobs).filter((id) => id.startsWith('scan-'))
    expect(scanJobs).toHaveLength(maxBatches)
    scanJobs.forEach((id, i) => {
      const job = wf.jobs[id]
      expect(job.strategy!.matrix).toBe(`\${{ fromJSON(needs.plan.outputs.batches)[${i}] }}`)
      expect(job.if).toBe(`fromJSON(needs.plan.outputs.batch-count) >= ${i + 1}`)
      expect(job.steps).toEqual(wf.jobs['scan-1'].steps)
    })
    expect(wf.jobs.gather.needs).toEqual(['plan', ...scanJobs])
    const scan = wf.jobs['scan-1'].steps!.find((s) => s.id === 'scan')!
    expect(scan.uses).toMatch(/^mistral-guard\/mistral-guard@v\d+$/)
    expect(scan.with).toMatchObject({ mode: 'history', 'fail-on': 'never', comment: false, annotations: false })
    expect(scan.with!['sarif-file']).toBeTruthy()
    const checkout = wf.jobs['scan-1'].steps![0]
    expect(checkout.with).toMatchObject({ repository: '${{ matrix.repository }}', 'fetch-depth': 0 })
  })

  it('org-scan: the plan step builds a command line `plan repos` accepts', async () => {
    const wf = load(ORG_SCAN)
    const step = wf.jobs.plan.steps!.find((s) => s.id === 'plan')!
    const args = capturedNodeArgs(step.run!, {
      ORG: 'acme',
      TOPICS: 'ai, llm mistral',
      VISIBILITY: 'all',
      MAX_PARALLEL: '8',
      INCLUDE_ARCHIVED: 'true',
      INCLUDE_FORKS: 'false',
    })
    expect(args).toEqual([
      'plan', 'repos', '--org', 'acme', '--visibility', 'all', '--max-parallel', '8', '--max-batches', '4',
      '--github-output', '--topic', 'ai', '--topic', 'llm', '--topic', 'mistral', '--include-archived',
    ])
    const api = await startOrgApiStandIn({ acme: [{ name: 'chat', topics: ['llm'] }, { name: 'site' }] })
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-wf-plan-'))
    try {
      const output = path.join(dir, 'output')
      writeFileSync(output, '')
      const io = captureIO(dir, { GITHUB_OUTPUT: output })
      const client = () =>
        createClient({ token: 't', baseUrl: api.url, log: { debug: () => undefined, warning: () => undefined } })
      expect(await runPlan(args.slice(1), io, { client })).toBe(0)
      const text = readFileSync(output, 'utf8')
      expect(text).toMatch(/^count<<\S+\n1\n/m)
      expect(text).toContain('"repository":"acme/chat"')
    } finally {
      await api.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('history-ranges: each range step builds a scan command line the scan command accepts', () => {
    const wf = load(RANGES)
    const step = wf.jobs.scan.steps!.find((s) => s.run?.includes('--mode history'))!
    const cases = [
      { INDEX: '0', SINCE: '', UNTIL: '@1700000000', REVISIONS: '' },
      { INDEX: '3', SINCE: '@1700000001', UNTIL: '', REVISIONS: '' },
      { INDEX: '1', SINCE: '', UNTIL: '', REVISIONS: 'a'.repeat(40) },
    ]
    for (const env of cases) {
      const args = capturedNodeArgs(step.run!, { ...env, REPOSITORY: 'acme/mono' })
      expect(args[0]).toBe('scan')
      const options = scanOptionsFromArgv(args.slice(1), '/work')
      expect(options.settings.mode).toBe('history')
      expect(options.format).toBe('json')
      expect(options.settings.failOn).toBe('never')
      expect(options.settings.since).toBe(env.SINCE || undefined)
      expect(options.settings.until).toBe(env.UNTIL || undefined)
      expect(options.settings.range).toBe(env.REVISIONS || undefined)
      expect(options.settings.checks).toBe(env.INDEX === '0')
    }
  })

  it('history-ranges: the gather job merges with the plan, writes SARIF and uploads it with upload-sarif', () => {
    const wf = load(RANGES)
    const merge = wf.jobs.gather.steps!.find((s) => s.id === 'gather')!
    expect(merge.run).toContain('plan gather')
    expect(merge.run).toContain('--sarif mistral-guard.sarif')
    const upload = wf.jobs.gather.steps!.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.with).toMatchObject({ sarif_file: 'mistral-guard.sarif' })
  })
})
