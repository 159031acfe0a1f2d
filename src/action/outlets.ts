// The production outlets: the runner's commands for the log, outputs and job summary; octokit for the API,
// loaded on first use only (a run with no PR comment and no check run to post never loads it).
import type { ClientTuning, ClientType } from '../github/client.js'
import type { Logger } from '../log.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import type { ActionLog } from './log.js'
import type { ClientLoader, Outlets } from './publish.js'
import type { RunnerCommands } from './runner-commands.js'
import type { SecretGuard } from './secret-guard.js'

/** `tuning` shrinks the API client's retries, waits and timeout in tests; production takes the defaults. */
export function actionOutlets(
  settings: ActionSettings,
  commands: RunnerCommands,
  guard: SecretGuard,
  tuning: Partial<ClientTuning> = {},
): Outlets {
  const { token, apiUrl } = settings.github
  const log = commands.log
  if (!token) log.notice('No github-token: the PR comment and the check run are skipped; annotations and the job summary still list every finding.')
  return {
    log,
    client: token ? clientLoader(token, apiUrl, log, guard, tuning) : null,
    guard,
    writeSummary: async (markdown) => {
      // Outside a runner (no GITHUB_STEP_SUMMARY) there is no summary to write.
      if (!process.env.GITHUB_STEP_SUMMARY) return log.debug('GITHUB_STEP_SUMMARY is not set: no job summary.')
      await commands.appendSummary(markdown)
    },
    setOutput: (name, value) => commands.setOutput(name, guard.check(value, `output '${name}'`)),
  }
}

/** Builds the one client on the first call (@actions/github, octokit and undici load then) and keeps it. */
function clientLoader(token: string, baseUrl: string, log: ActionLog, guard: SecretGuard, tuning: Partial<ClientTuning>): ClientLoader {
  let client: Promise<ClientType> | null = null
  return () => {
    client ??= import('../github/client.js').then(({ createClient }) =>
      createClient({
        ...tuning,
        token,
        baseUrl,
        log: {
          debug: (message) => log.debug(message),
          info: (message) => log.info(message),
          notice: (message) => log.notice(message),
          warning: (message) => log.warning(message),
        },
        inspectBody: (body) => guard.check(body, 'a GitHub API request'),
      }),
    )
    return client
  }
}

/** The engine speaks through this: its lines go to the runner's log. */
export function engineLogger(log: ActionLog): Logger {
  return { debug: (message) => log.debug(message), info: (message) => log.info(message), warn: (message) => log.warning(message) }
}
