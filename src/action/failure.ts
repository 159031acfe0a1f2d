// How a run that could not finish reads in the log: our own errors speak for themselves; anything else is
// prefixed so it is clear it was not a finding.
import { UsageError } from '../config/config-error.js'
import { FetchError } from './ensure-commits.js'
import { EventError } from './event.js'

export function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof EventError || error instanceof FetchError) return `mistral-guard: ${error.message}`
  const message = error instanceof Error ? error.message : String(error)
  return `mistral-guard could not finish the scan: ${message}`
}
