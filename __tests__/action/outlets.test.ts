// The production outlets: the API client is built on first use only, once, and everything leaving goes
// through the secret guard.
import { describe, expect, test } from '@jest/globals'
import { actionOutlets } from '../../src/action/outlets.js'
import type { RunnerCommands } from '../../src/action/runner-commands.js'
import { SecretGuard, SecretLeakError } from '../../src/action/secret-guard.js'
import type { ActionSettings } from '../../src/settings/from-inputs.js'
import { recordingLog } from './recording-log.js'

function settings(token: string): ActionSettings {
  return {
    workspace: '/tmp/ws',
    mode: 'auto',
    failOn: 'leak',
    verify: false,
    verifyBaseUrl: 'https://api.mistral.ai',
    comment: true,
    annotations: true,
    sarifFile: null,
    reportFile: '/tmp/ws/report.json',
    checkName: 'mistral-guard findings',
    github: { token, apiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com', owner: 'acme', repo: 'app', eventName: 'push', payload: {}, sha: 'a'.repeat(40) },
  }
}

function recordingCommands() {
  const outputs: Record<string, string> = {}
  const commands: RunnerCommands & { log: ReturnType<typeof recordingLog> } = {
    log: recordingLog(),
    setOutput: (name, value) => void (outputs[name] = value),
    appendSummary: async () => {},
    setFailed: () => {},
  }
  return { commands, outputs }
}

describe('actionOutlets', () => {
  test('with a token, the client is built on the first ask and reused', async () => {
    const { commands } = recordingCommands()
    const out = actionOutlets(settings('ghs_x'), commands, new SecretGuard([]))
    expect(out.client).not.toBeNull()
    const first = await out.client!()
    expect(await out.client!()).toBe(first)
    expect(typeof first.rest.issues.createComment).toBe('function')
    expect(commands.log.lines).toHaveLength(0)
  })

  test('without a token: no client, and a notice saying what is skipped', () => {
    const { commands } = recordingCommands()
    const out = actionOutlets(settings(''), commands, new SecretGuard([]))
    expect(out.client).toBeNull()
    expect(commands.log.at('notice').map((line) => line.message)).toEqual([
      'No github-token: the PR comment and the check run are skipped; annotations and the job summary still list every finding.',
    ])
  })

  test('an output holding a key is refused', () => {
    const { commands, outputs } = recordingCommands()
    const secret = 'Zy' + 'q'.repeat(30)
    const out = actionOutlets(settings(''), commands, new SecretGuard([secret]))
    out.setOutput('leaks', '1')
    expect(() => out.setOutput('report', `/tmp/${secret}`)).toThrow(SecretLeakError)
    expect(outputs).toEqual({ leaks: '1' })
  })
})
