// Key-bearing file contents with unmistakable Mistral context, and a reader for the JSON report.
import type { Report } from '../../src/report/report.js'
import type { CliResult } from './cli.js'

/** An env file line any detector must flag. */
export function envLeak(key: string): string {
  return `MISTRAL_API_KEY=${key}\n`
}

/** A Python client with a hard-coded key. */
export function pythonLeak(key: string): string {
  return `from mistralai import Mistral\n\nclient = Mistral(api_key="${key}")\n`
}

/** Parses the JSON report a `--format json` run printed, or fails with what the run said instead. */
export function jsonReport(result: CliResult): Report {
  try {
    return JSON.parse(result.stdout) as Report
  } catch {
    throw new Error(`no JSON report (exit ${result.code}); stderr: ${safe(result.stderr.slice(0, 500))}`)
  }
}

/**
 * Text fit for an assertion message when the keys are not at hand: every alphanumeric run of 16 or more
 * (a key, or a 16-character part of one) is blanked.
 */
export function safe(text: string): string {
  return text.replace(/[A-Za-z0-9]{16,}/g, '[run]')
}
