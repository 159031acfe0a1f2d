// The local runner commands must write exactly what @actions/core writes (the runner parses these bytes):
// each case runs both and compares stdout and the files, delimiters aside (they are random by design).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AnnotationPlace } from '../../src/action/log.js'
import { keyValueMessage, runnerCommands, workflowCommand } from '../../src/action/runner-commands.js'

const ENV_NAMES = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'] as const
let dir: string
let savedEnv: Record<string, string | undefined>
let savedExitCode: typeof process.exitCode

/** What `action` writes to process.stdout (where @actions/core writes its commands). */
function stdoutOf(action: () => void): string {
  const chunks: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  try {
    action()
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}

/** Our commands over `env`, writing to a string instead of stdout. */
function ours(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  return { commands: runnerCommands(env, (text) => out.push(text)), text: () => out.join('') }
}

function sameDelimiters(text: string): string {
  return text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mg-commands-'))
  savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]))
  for (const name of ENV_NAMES) delete process.env[name]
  savedExitCode = process.exitCode
})
afterEach(() => {
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
  process.exitCode = savedExitCode
  rmSync(dir, { recursive: true, force: true })
})

describe('log lines and annotations', () => {
  const messages = ['plain', 'percent 100% and %0A literally', 'two\nlines\r\nand CR', 'colons: a::b, commas, ✅ unicode', '']
  const places: Array<AnnotationPlace | undefined> = [
    undefined,
    { title: 'Leaked Mistral API key', file: 'app/settings.py', startLine: 3, startColumn: 19 },
    { title: 'Checklist: a, b: c %', file: 'dir,with:odd%chars/\nfile.ts', startLine: 1 },
    { title: 'Title only' },
    { title: '' },
  ]

  for (const level of ['notice', 'warning', 'error'] as const) {
    test(`${level} matches @actions/core for every message and place`, () => {
      for (const message of messages) {
        for (const place of places) {
          const mine = ours()
          mine.commands.log[level](message, place)
          expect(mine.text()).toBe(stdoutOf(() => core[level](message, place)))
        }
      }
    })
  }

  test('info and debug match @actions/core', () => {
    for (const message of messages) {
      const mine = ours()
      mine.commands.log.info(message)
      mine.commands.log.debug(message)
      expect(mine.text()).toBe(stdoutOf(() => (core.info(message), core.debug(message))))
    }
  })

  test('setFailed writes the same ::error line and sets exit code 1', () => {
    const mine = ours()
    mine.commands.setFailed('mistral-guard: 1 leaked Mistral key (fail-on: leak).')
    expect(process.exitCode).toBe(1)
    process.exitCode = 0
    expect(mine.text()).toBe(stdoutOf(() => core.setFailed('mistral-guard: 1 leaked Mistral key (fail-on: leak).')))
    expect(process.exitCode).toBe(1)
  })

  test('a property without a value is left out, as @actions/core does', () => {
    expect(workflowCommand('error', { title: 'T', file: undefined, line: 0 }, 'm')).toBe('::error title=T::m')
  })
})

describe('outputs', () => {
  const values: Array<[string, string]> = [
    ['leaks', '0'],
    ['report', '/tmp/runner/temp/mistral-guard/report-guard.json'],
    ['sarif-file', ''],
    ['multi', 'line one\nline two\n'],
  ]

  test('GITHUB_OUTPUT entries match @actions/core (heredoc form, random delimiter)', () => {
    const coreFile = path.join(dir, 'core-output')
    const ourFile = path.join(dir, 'our-output')
    writeFileSync(coreFile, '')
    writeFileSync(ourFile, '')
    const mine = ours({ GITHUB_OUTPUT: ourFile })
    process.env.GITHUB_OUTPUT = coreFile
    for (const [name, value] of values) {
      core.setOutput(name, value)
      mine.commands.setOutput(name, value)
    }
    const text = readFileSync(ourFile, 'utf8')
    expect(sameDelimiters(text)).toBe(sameDelimiters(readFileSync(coreFile, 'utf8')))
    expect(mine.text()).toBe('')
    const delimiters = text.match(/ghadelimiter_[0-9a-f-]{36}/g) ?? []
    expect(new Set(delimiters).size).toBe(values.length)
  })

  test('without GITHUB_OUTPUT it falls back to ::set-output as @actions/core does', () => {
    const mine = ours({})
    for (const [name, value] of values) mine.commands.setOutput(name, value)
    expect(mine.text()).toBe(stdoutOf(() => values.forEach(([name, value]) => core.setOutput(name, value))))
  })

  test('a missing output file is the same error as in @actions/core', () => {
    const missing = path.join(dir, 'nope')
    process.env.GITHUB_OUTPUT = missing
    expect(() => ours({ GITHUB_OUTPUT: missing }).commands.setOutput('leaks', '0')).toThrow(
      (() => {
        try {
          core.setOutput('leaks', '0')
        } catch (error) {
          return (error as Error).message
        }
        return 'core did not throw'
      })(),
    )
  })

  test('a value holding the delimiter is refused', () => {
    expect(() => keyValueMessage('x', 'a ghadelimiter_d b', 'ghadelimiter_d')).toThrow(/should not contain the delimiter/)
  })
})

describe('job summary', () => {
  test('appends the same bytes as core.summary.addRaw().write()', async () => {
    const coreFile = path.join(dir, 'core-summary.md')
    const ourFile = path.join(dir, 'our-summary.md')
    writeFileSync(coreFile, 'earlier step\n')
    writeFileSync(ourFile, 'earlier step\n')
    const markdown = '## mistral-guard\n\nℹ️ Nothing to scan: 100% clean.\n'
    process.env.GITHUB_STEP_SUMMARY = coreFile
    await core.summary.addRaw(markdown).write()
    await ours({ GITHUB_STEP_SUMMARY: ourFile }).commands.appendSummary(markdown)
    expect(readFileSync(ourFile, 'utf8')).toBe(readFileSync(coreFile, 'utf8'))
  })

  test('no GITHUB_STEP_SUMMARY, or no such file: the same errors as @actions/core', async () => {
    await expect(ours({}).commands.appendSummary('x')).rejects.toThrow(/Unable to find environment variable for \$GITHUB_STEP_SUMMARY/)
    const missing = path.join(dir, 'missing.md')
    await expect(ours({ GITHUB_STEP_SUMMARY: missing }).commands.appendSummary('x')).rejects.toThrow(
      `Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    )
  })
})
