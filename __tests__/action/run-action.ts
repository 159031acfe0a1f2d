// Runs the bundled action (dist/index.js) the way the runner does: `node dist/index.js` in the workspace,
// INPUT_* from action.yml's defaults, the GITHUB_* variables, and file commands for outputs and summary.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GIT_TEST_ENV } from '../helpers/repo.js'
import { defaultInputs } from './runner-env.js'

/** The bundle under test; MG_ACTION_DIST points at a private build while others rebuild dist/ in a shared checkout. */
export const DIST = process.env.MG_ACTION_DIST || new URL('../../dist/index.js', import.meta.url).pathname

export interface RunnerSetup {
  workspace: string
  eventName: string
  payload: Record<string, unknown>
  apiUrl: string
  /** GITHUB_SHA: the checked-out commit. */
  sha: string
  ref: string
  /** Inputs to set on top of action.yml's defaults, by input name. */
  inputs?: Record<string, string>
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  /** Raw GITHUB_OUTPUT file text. */
  outputFile: string
  runnerTemp: string
}

/** Reads a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` entries. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

interface RunnerFiles {
  env: NodeJS.ProcessEnv
  outputPath: string
  summaryPath: string
  runnerDir: string
  runnerTemp: string
}

/** The runner's side of a step: the payload file, empty GITHUB_OUTPUT and summary files, the variables. */
function prepareRunner(setup: RunnerSetup): RunnerFiles {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'mg-runner-'))
  const runnerTemp = path.join(runnerDir, 'temp')
  mkdirSync(runnerTemp)
  const eventPath = path.join(runnerDir, 'event.json')
  const outputPath = path.join(runnerDir, 'output')
  const summaryPath = path.join(runnerDir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(setup.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs = defaultInputs()
  for (const [name, value] of Object.entries(setup.inputs ?? {})) inputs[`INPUT_${name.toUpperCase()}`] = value
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: runnerDir,
    ...GIT_TEST_ENV,
    ...inputs,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: setup.workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_SHA: setup.sha,
    GITHUB_REF: setup.ref,
    GITHUB_ACTION: 'guard',
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: 'scan',
  }
  return { env, outputPath, summaryPath, runnerDir, runnerTemp }
}

function spawnToEnd(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status) =>
      resolve({ code: status ?? 128, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    )
  })
}

function collect(files: RunnerFiles, result: { code: number; stdout: string; stderr: string }): ActionRun {
  const outputFile = readFileSync(files.outputPath, 'utf8')
  return {
    ...result,
    summary: existsSync(files.summaryPath) ? readFileSync(files.summaryPath, 'utf8') : '',
    outputs: parseOutputFile(outputFile),
    outputFile,
    runnerTemp: files.runnerTemp,
  }
}

/** `node dist/index.js` in the workspace, as the runner runs a node24 action. */
export async function runAction(setup: RunnerSetup): Promise<ActionRun> {
  const files = prepareRunner(setup)
  return collect(files, await spawnToEnd(process.execPath, [DIST], setup.workspace, files.env))
}

const ROOT = new URL('../../', import.meta.url).pathname
const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js')

/**
 * The same step under @github/local-action (`local-action run . src/main.ts .env`), which runs the
 * TypeScript sources with its own stand-ins for @actions/core and @actions/github. It prints outputs
 * instead of writing GITHUB_OUTPUT, and reports failure in its log rather than its exit code.
 */
export async function runLocalAction(setup: RunnerSetup): Promise<ActionRun> {
  const files = prepareRunner(setup)
  const dotenv = path.join(files.runnerDir, '.env')
  const lines = Object.entries(files.env)
    .filter(([name]) => /^(INPUT_|GITHUB_|RUNNER_)/.test(name))
    .map(([name, value]) => `${name}=${JSON.stringify(value ?? '')}`)
  writeFileSync(dotenv, `${lines.join('\n')}\n`)
  const env = { ...files.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', NO_COLOR: '1', FORCE_COLOR: '0' }
  return collect(files, await spawnToEnd(process.execPath, [LOCAL_ACTION, 'run', ROOT, 'src/main.ts', dotenv], ROOT, env))
}

export interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

/** The workflow commands (::error …::, ::notice …::) in a step's stdout. */
export function annotationsIn(stdout: string, level = 'error'): Annotation[] {
  const found: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match || match[1] !== level) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1).replace(/%2C/g, ','))
    }
    found.push({ level: match[1], properties, message: match[3] })
  }
  return found
}
