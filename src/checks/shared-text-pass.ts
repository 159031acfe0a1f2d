// The checks that search (nearly) every file share one pass over the texts, run once per check run by the
// first of them to need it: https-only (every file), key-not-logged and env-schema's start-up validation
// (source files).
import type { Config } from '../config/schema.js'
import type { CheckRun } from './check.js'
import { plainHttpVisitor } from './http-urls.js'
import { keyLogVisitor, loggedNames } from './key-log-lines.js'
import { allowedPath, policyOf, secretVariables } from './policy.js'
import { startupValidationVisitor } from './startup-validation.js'
import { gateWords, visitTexts } from './text-visitor.js'

export function sharedTextPass(run: CheckRun) {
  return run.once('shared-text-pass', () => visitTexts(run.files, sharedTextVisitors(run.config)))
}

/**
 * The words the pass's gates look for, known from the config alone: git can start searching for them while the
 * files are still being listed.
 */
export function sharedTextPassWords(config: Config): string[] {
  return gateWords(sharedTextVisitors(config))
}

function sharedTextVisitors(config: Config) {
  const policy = policyOf(config)
  const allowed = allowedPath(policy)
  return {
    plainHttp: plainHttpVisitor(allowed),
    keyLogs: keyLogVisitor(loggedNames(policy), allowed),
    startupValidation: startupValidationVisitor(secretVariables(policy)[0], allowed),
  }
}
