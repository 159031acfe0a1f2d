// action.yml and the workflows, checked with @action-validator/cli and read for what the issue asks.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { ACTION_YML, actionYml } from './runner-env.js'

const root = new URL('../../', import.meta.url).pathname
const validatorCli = path.join(root, 'node_modules/@action-validator/cli/cli.mjs')

function validate(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [validatorCli, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { ok: true, output }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

describe('action.yml', () => {
  test('passes action-validator', () => {
    // action-validator 0.6's schema predates node24 (it knows node12/16/20), so the copy it checks says
    // node20; the next test pins the real value.
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-action-yml-'))
    try {
      const copy = path.join(dir, 'action.yml')
      writeFileSync(copy, readFileSync(ACTION_YML, 'utf8').replace(/using: node24/, 'using: node20'))
      const result = validate(copy)
      expect(result.output).toBe('')
      expect(result.ok).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('runs dist/index.js on node24, with branding', () => {
    const action = actionYml()
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(action.name).toBe('mistral-guard')
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.branding.icon).toBeTruthy()
  })

  test('declares the inputs and outputs with working defaults', () => {
    const { inputs, outputs } = actionYml()
    expect(Object.fromEntries(Object.entries(inputs).map(([name, input]) => [name, input.default]))).toEqual({
      'github-token': '${{ github.token }}',
      mode: 'auto',
      config: '',
      'fail-on': 'leak',
      comment: 'true',
      annotations: 'true',
      'sarif-file': '',
      baseline: '',
      verify: 'false',
      'verify-base-url': '',
    })
    expect(Object.keys(outputs).sort()).toEqual(['failed-checks', 'leaks', 'report', 'sarif-file'])
  })
})

describe('workflows', () => {
  const workflow = (name: string) => path.join(root, '.github/workflows', name)

  test.each(['ci.yml', 'mistral-guard.yml'])('%s passes action-validator', (name) => {
    const result = validate(workflow(name))
    expect(result.output).toBe('')
    expect(result.ok).toBe(true)
  })

  test('CI runs .ci/run', () => {
    const ci = parse(readFileSync(workflow('ci.yml'), 'utf8'))
    const steps = Object.values(ci.jobs as Record<string, { steps: Array<{ run?: string }> }>).flatMap((job) => job.steps)
    expect(steps.some((step) => step.run === 'bash .ci/run')).toBe(true)
  })

  test('the project runs its own action on pull requests, pushes and the merge queue', () => {
    const guard = parse(readFileSync(workflow('mistral-guard.yml'), 'utf8'))
    expect(Object.keys(guard.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'merge_group']))
    const jobs = Object.values(guard.jobs as Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>)
    const steps = jobs.flatMap((job) => job.steps)
    expect(steps.some((step) => step.uses === './')).toBe(true)
    // actions/checkout with its defaults: the action fetches what it needs, fetch-depth: 0 is not needed.
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with?.['fetch-depth']).toBeUndefined()
  })
})
