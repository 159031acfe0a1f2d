// The runner's workflow commands (`::notice …::`) and file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY),
// written byte for byte as @actions/core 3 writes them (lib/command.js, lib/file-command.js, lib/summary.js)
// but without loading it: importing @actions/core loads @actions/http-client and undici (for OIDC tokens
// this action never asks for), which is most of the time a run with nothing to scan would take. The scan
// path switches to @actions/core itself (core-commands.ts), whose stand-ins @github/local-action swaps in.
import { randomUUID } from 'node:crypto'
import { appendFileSync, constants, existsSync } from 'node:fs'
import { access, appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import type { ActionLog, AnnotationPlace } from './log.js'

/** What the action tells the runner: log lines and annotations, step outputs, the job summary, failure. */
export interface RunnerCommands {
  log: ActionLog
  setOutput(name: string, value: string): void
  /** Appends markdown to the job summary (the file GITHUB_STEP_SUMMARY names). */
  appendSummary(markdown: string): Promise<void>
  /** An ::error line, and exit code 1 unless something sets another. */
  setFailed(message: string): void
}

type CommandProperties = Record<string, string | number | undefined>

/** @actions/core's toCommandValue: strings as they are, anything else as JSON. */
function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line (without the line end): `::name key=value,key=value::message`. */
export function workflowCommand(command: string, properties: CommandProperties, message: string): string {
  let line = `::${command}`
  const keys = Object.keys(properties)
  if (keys.length > 0) {
    // As @actions/core: a space once there are properties, then only the ones with a (truthy) value.
    const set = keys.filter((key) => properties[key])
    line += ` ${set.map((key) => `${key}=${escapeProperty(properties[key])}`).join(',')}`
  }
  return `${line}::${escapeData(message)}`
}

/** An annotation's place as command properties, in @actions/core's order (toCommandProperties). */
export function annotationProperties(place: AnnotationPlace | undefined): CommandProperties {
  if (!place || Object.keys(place).length === 0) return {}
  const { title, file, startLine, startColumn } = place
  return { title, file, line: startLine, endLine: undefined, col: startColumn, endColumn: undefined }
}

/** A `name<<delimiter` file-command entry; the delimiter is random so that no value can end it early. */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

/** The commands written to `stdout` and to the files `env` names (process.env and stdout in production). */
export function runnerCommands(
  env: NodeJS.ProcessEnv = process.env,
  stdout: (text: string) => void = (text) => void process.stdout.write(text),
): RunnerCommands {
  const issue = (command: string, properties: CommandProperties, message: string): void =>
    stdout(workflowCommand(command, properties, message) + EOL)
  const log: ActionLog = {
    debug: (message) => issue('debug', {}, message),
    info: (message) => stdout(message + EOL),
    notice: (message, place) => issue('notice', annotationProperties(place), message),
    warning: (message, place) => issue('warning', annotationProperties(place), message),
    error: (message, place) => issue('error', annotationProperties(place), message),
  }
  return {
    log,
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT || ''
      if (!file) {
        stdout(EOL)
        issue('set-output', { name }, value)
        return
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
      appendFileSync(file, `${keyValueMessage(name, commandValue(value))}${EOL}`, { encoding: 'utf8' })
    },
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file) {
        throw new Error(
          'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
        )
      }
      try {
        await access(file, constants.R_OK | constants.W_OK)
      } catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
      }
      await appendFile(file, markdown, { encoding: 'utf8' })
    },
    setFailed(message) {
      process.exitCode = 1
      log.error(message)
    },
  }
}
