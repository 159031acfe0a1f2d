import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UsageError } from '../../src/config/config-error.js'
import { settingsFromInputs } from '../../src/settings/from-inputs.js'
import { defaultInputs } from './runner-env.js'

const dirs: string[] = []
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true })
})

function runnerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-inputs-'))
  dirs.push(dir)
  const event = path.join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 3 } }))
  return {
    ...defaultInputs(),
    GITHUB_WORKSPACE: path.join(dir, 'ws'),
    RUNNER_TEMP: path.join(dir, 'tmp'),
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_API_URL: 'http://127.0.0.1:9/',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_ACTION: 'guard',
    ...extra,
  }
}

describe('settingsFromInputs', () => {
  test("sets defaults from action.yml's inputs", () => {
    const env = runnerEnv()
    const settings = settingsFromInputs(env)
    expect(settings).toMatchObject({
      mode: 'auto',
      failOn: 'leak',
      comment: true,
      annotations: true,
      verify: false,
      verifyBaseUrl: 'https://api.mistral.ai',
      sarifFile: null,
      configFile: undefined,
      baselineFile: undefined,
    })
    expect(settings.workspace).toBe(env.GITHUB_WORKSPACE)
    expect(settings.reportFile).toBe(path.join(env.RUNNER_TEMP!, 'mistral-guard', 'report-guard.json'))
    expect(settings.github).toMatchObject({
      token: 'ghs_test_token',
      apiUrl: 'http://127.0.0.1:9',
      serverUrl: 'https://github.example',
      owner: 'acme',
      repo: 'app',
      eventName: 'pull_request',
      payload: { pull_request: { number: 3 } },
    })
  })

  test('reads every input', () => {
    const env = runnerEnv({
      INPUT_MODE: 'history',
      INPUT_CONFIG: 'ci/guard.yml',
      'INPUT_FAIL-ON': 'warning',
      INPUT_COMMENT: 'false',
      INPUT_ANNOTATIONS: 'FALSE',
      'INPUT_SARIF-FILE': 'out/guard.sarif',
      INPUT_BASELINE: '.baseline.json',
      INPUT_VERIFY: 'True',
      'INPUT_VERIFY-BASE-URL': 'http://127.0.0.1:8080/',
    })
    const settings = settingsFromInputs(env)
    expect(settings).toMatchObject({
      mode: 'history',
      configFile: 'ci/guard.yml',
      failOn: 'warning',
      comment: false,
      annotations: false,
      sarifFile: path.join(env.GITHUB_WORKSPACE!, 'out/guard.sarif'),
      baselineFile: path.join(env.GITHUB_WORKSPACE!, '.baseline.json'),
      verify: true,
      verifyBaseUrl: 'http://127.0.0.1:8080',
    })
  })

  test.each([
    ['INPUT_MODE', 'diff', "Invalid input 'mode': 'diff'. Expected one of auto, tree, history."],
    ['INPUT_FAIL-ON', 'always', "Invalid input 'fail-on': 'always'. Expected one of leak, error, warning, never, verified."],
    ['INPUT_COMMENT', 'yes', "Invalid input 'comment': 'yes'. Expected true or false."],
    ['INPUT_VERIFY-BASE-URL', 'http://api.example', "Invalid input 'verify-base-url': 'http://api.example'. Expected an https:// URL (or http:// on loopback)."],
    ['GITHUB_REPOSITORY', 'acme', "Invalid repository 'acme' (GITHUB_REPOSITORY). Expected format {owner}/{repo}."],
  ])('quotes a bad %s', (name, value, message) => {
    const env = runnerEnv({ [name]: value })
    expect(() => settingsFromInputs(env)).toThrow(UsageError)
    expect(() => settingsFromInputs(env)).toThrow(message)
  })

  test('names a payload file that is not JSON', () => {
    const env = runnerEnv()
    writeFileSync(env.GITHUB_EVENT_PATH!, '{nope')
    expect(() => settingsFromInputs(env)).toThrow(/event payload .* is not valid JSON/)
  })

  test('without RUNNER_TEMP the report goes under the workspace', () => {
    const env = runnerEnv({ RUNNER_TEMP: '', GITHUB_ACTION: '' })
    expect(settingsFromInputs(env).reportFile).toBe(path.join(env.GITHUB_WORKSPACE!, '.mistral-guard', 'report.json'))
  })
})
