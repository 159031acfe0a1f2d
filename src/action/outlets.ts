// The production outlets: @actions/core for the log, outputs and job summary; octokit for the API.
import * as core from '@actions/core'
import { createClient } from '../github/client.js'
import type { Logger } from '../log.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import type { ActionLog } from './log.js'
import type { Outlets } from './publish.js'
import type { SecretGuard } from './secret-guard.js'

export function coreOutlets(settings: ActionSettings, log: ActionLog, guard: SecretGuard): Outlets {
  const { token, apiUrl } = settings.github
  if (!token) log.notice('No github-token: the PR comment and the check run are skipped; annotations and the job summary still list every finding.')
  const client = token
    ? createClient({ token, baseUrl: apiUrl, log: { debug: log.debug, warning: log.warning }, inspectBody: (body) => guard.check(body, 'a GitHub API request') })
    : null
  return {
    log,
    client,
    guard,
    writeSummary: async (markdown) => {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
      if (!process.env.GITHUB_STEP_SUMMARY) return log.debug('GITHUB_STEP_SUMMARY is not set: no job summary.')
      await core.summary.addRaw(markdown).write()
    },
    setOutput: (name, value) => core.setOutput(name, guard.check(value, `output '${name}'`)),
  }
}

/** The engine speaks through this: its lines go to the runner's log. */
export function engineLogger(log: ActionLog): Logger {
  return { debug: (message) => log.debug(message), info: (message) => log.info(message), warn: (message) => log.warning(message) }
}
