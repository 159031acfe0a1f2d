// Action inputs and the runner's environment, read once into one typed object (as actions/checkout's
// getInputs does). Nothing below main.ts reads INPUT_* or GITHUB_* again.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../config/config-error.js'
import { DEFAULT_VERIFY_BASE_URL, type FailOn } from './settings.js'

/** auto: what the event changed; tree: the checked-out files; history: every commit. */
export type ActionMode = 'auto' | 'tree' | 'history'

export interface GitHubContext {
  /** The token octokit authenticates with; empty when none was given. */
  token: string
  /** REST API root, e.g. https://api.github.com (GITHUB_API_URL). */
  apiUrl: string
  /** Web root used for links to lines, e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string
  owner: string
  repo: string
  /** GITHUB_EVENT_NAME, e.g. pull_request, push, merge_group, schedule. */
  eventName: string
  /** The webhook payload from GITHUB_EVENT_PATH; {} when there is none. */
  payload: Record<string, unknown>
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string
}

export interface ActionSettings {
  /** GITHUB_WORKSPACE: the checkout the scan reads (its git objects, never its code run). */
  workspace: string
  mode: ActionMode
  /** `config` input, relative to the workspace; undefined: `.mistral-guard.yml` when present. */
  configFile?: string
  /** `baseline` input, made absolute (relative to the workspace). */
  baselineFile?: string
  failOn: FailOn
  verify: boolean
  verifyBaseUrl: string
  /** Post (and keep updating) one PR comment. */
  comment: boolean
  /** Write one ::error annotation per leaked key (and a check run when there are more than GitHub shows). */
  annotations: boolean
  /** Absolute path of the SARIF file to write; null: none. */
  sarifFile: string | null
  /** Absolute path of the JSON report (under RUNNER_TEMP, else the workspace). */
  reportFile: string
  /** Name of the check run that carries every annotation when there are more than 10; distinct from the job's own check. */
  checkName: string
  github: GitHubContext
}

const MODES: readonly ActionMode[] = ['auto', 'tree', 'history']
const FAIL_ON: readonly FailOn[] = ['leak', 'error', 'warning', 'never', 'verified']
const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/** The value of input `name` as the runner passes it (INPUT_<NAME>, spaces to _, upper-cased), trimmed. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = readInput(env, name)
  if (value === '') return fallback
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new UsageError(`Invalid input '${name}': '${value}'. Expected true or false.`)
}

function choiceInput<T extends string>(env: NodeJS.ProcessEnv, name: string, choices: readonly T[], fallback: T): T {
  const value = readInput(env, name)
  if (value === '') return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`Invalid input '${name}': '${value}'. Expected one of ${choices.join(', ')}.`)
}

function verifyBaseUrlInput(env: NodeJS.ProcessEnv): string {
  const value = readInput(env, 'verify-base-url')
  if (value === '') return DEFAULT_VERIFY_BASE_URL
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`Invalid input 'verify-base-url': '${value}'. Expected an https:// URL.`)
  }
  const loopback = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  if (url.protocol !== 'https:' && !loopback) {
    throw new UsageError(`Invalid input 'verify-base-url': '${value}'. Expected an https:// URL (or http:// on loopback).`)
  }
  return value.replace(/\/+$/, '')
}

function repository(env: NodeJS.ProcessEnv, payload: Record<string, unknown>): { owner: string; repo: string } {
  const qualified = (env.GITHUB_REPOSITORY ?? '').trim()
  if (qualified) {
    const parts = qualified.split('/')
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw new UsageError(`Invalid repository '${qualified}' (GITHUB_REPOSITORY). Expected format {owner}/{repo}.`)
    }
    return { owner: parts[0], repo: parts[1] }
  }
  const fromPayload = payload.repository as { name?: string; owner?: { login?: string } } | undefined
  if (fromPayload?.name && fromPayload.owner?.login) return { owner: fromPayload.owner.login, repo: fromPayload.name }
  throw new UsageError('GITHUB_REPOSITORY is not set. Expected format {owner}/{repo}; is this running in GitHub Actions?')
}

function eventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  if (!existsSync(file)) throw new UsageError(`The event payload '${file}' (GITHUB_EVENT_PATH) does not exist.`)
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (parsed === null || typeof parsed !== 'object') throw new Error('not a JSON object')
    return parsed as Record<string, unknown>
  } catch (error) {
    throw new UsageError(`The event payload '${file}' (GITHUB_EVENT_PATH) is not valid JSON: ${(error as Error).message}`)
  }
}

/** A file name safe to put in a path, from the step id. */
function slug(value: string): string {
  return value.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '')
}

/** Builds the settings from the runner's environment (process.env in production, a plain object in tests). */
export function settingsFromInputs(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const payload = eventPayload(env)
  const { owner, repo } = repository(env, payload)
  const inWorkspace = (value: string): string => path.resolve(workspace, value)
  const sarif = readInput(env, 'sarif-file')
  const reportDir = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'mistral-guard') : path.join(workspace, '.mistral-guard')
  const step = slug(env.GITHUB_ACTION ?? '')
  return {
    workspace,
    mode: choiceInput(env, 'mode', MODES, 'auto'),
    configFile: readInput(env, 'config') || undefined,
    baselineFile: readInput(env, 'baseline') ? inWorkspace(readInput(env, 'baseline')) : undefined,
    failOn: choiceInput(env, 'fail-on', FAIL_ON, 'leak'),
    verify: booleanInput(env, 'verify', false),
    verifyBaseUrl: verifyBaseUrlInput(env),
    comment: booleanInput(env, 'comment', true),
    annotations: booleanInput(env, 'annotations', true),
    sarifFile: sarif ? inWorkspace(sarif) : null,
    reportFile: path.join(reportDir, step ? `report-${step}.json` : 'report.json'),
    checkName: 'mistral-guard findings',
    github: {
      token: readInput(env, 'github-token'),
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
      owner,
      repo,
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload,
      sha: env.GITHUB_SHA ?? '',
    },
  }
}
