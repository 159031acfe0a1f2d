import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { policyFromBase } from '../../src/action/base-policy.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { recordingLog } from './recording-log.js'

const cleanup: Array<() => void> = []
afterEach(() => {
  while (cleanup.length) cleanup.pop()!()
})

function setup(): { repo: TestRepo; temp: string } {
  const repo = makeRepo()
  const temp = mkdtempSync(path.join(tmpdir(), 'mg-policy-'))
  cleanup.push(() => repo.remove(), () => rmSync(temp, { recursive: true, force: true }))
  return { repo, temp }
}

describe('policyFromBase', () => {
  test("a PR that widens the allow-list is judged by the base's config", async () => {
    const { repo, temp } = setup()
    repo.write('.mistral-guard.yml', 'allow:\n  paths: ["docs/**"]\n')
    const base = repo.commit('base')
    repo.write('.mistral-guard.yml', 'allow:\n  paths: ["**"]\n')
    repo.write('.mistral-guard-baseline.json', '[]\n')
    const head = repo.commit('widen')
    const log = recordingLog()
    const policy = await policyFromBase(repo.dir, base, head, { baselineFile: path.join(repo.dir, '.mistral-guard-baseline.json') }, temp, log)
    expect(readFileSync(policy.configFile!, 'utf8')).toBe('allow:\n  paths: ["docs/**"]\n')
    expect(policy.baselineFile).toBeUndefined()
    expect(log.at('notice').map((n) => n.message)).toEqual([
      "This change edits the config file '.mistral-guard.yml': the scan uses the base branch's version; the edit applies once merged.",
      "This change adds the baseline '.mistral-guard-baseline.json': it applies once merged; this scan runs without it.",
    ])
  })

  test('a PR that adds the first config runs with the defaults, not with it', async () => {
    const { repo, temp } = setup()
    const base = repo.commit('base')
    repo.write('.mistral-guard.yml', 'allow:\n  paths: ["**"]\n')
    const head = repo.commit('add config')
    const policy = await policyFromBase(repo.dir, base, head, {}, temp, recordingLog())
    expect(readFileSync(policy.configFile!, 'utf8')).toBe('{}\n')
  })

  test('an unchanged config is used silently; a file outside the repository is left alone', async () => {
    const { repo, temp } = setup()
    repo.write('ci/guard.yml', 'allow:\n  paths: []\n')
    const base = repo.commit('base')
    repo.write('app.py', 'x = 1\n')
    const head = repo.commit('change')
    const log = recordingLog()
    const policy = await policyFromBase(repo.dir, base, head, { configFile: 'ci/guard.yml', baselineFile: path.join(temp, 'outside.json') }, temp, log)
    expect(readFileSync(policy.configFile!, 'utf8')).toBe('allow:\n  paths: []\n')
    expect(policy.baselineFile).toBe(path.join(temp, 'outside.json'))
    expect(log.lines).toHaveLength(0)
  })

  test('no config anywhere leaves the settings as they are', async () => {
    const { repo, temp } = setup()
    const base = repo.commit('base')
    const head = repo.commit('next')
    expect(await policyFromBase(repo.dir, base, head, {}, temp, recordingLog())).toEqual({})
  })
})
