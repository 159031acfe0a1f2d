// The runner commands through @actions/core itself, loaded only on the path that scans (it pulls in
// @actions/http-client and undici at import time). Same bytes as runner-commands.ts; under
// @github/local-action its stand-in for @actions/core takes these calls and shows outputs and failure.
import type { RunnerCommands } from './runner-commands.js'

export async function loadCoreCommands(): Promise<RunnerCommands> {
  const core = await import('@actions/core')
  return {
    log: {
      debug: (message) => core.debug(message),
      info: (message) => core.info(message),
      notice: (message, place) => core.notice(message, place),
      warning: (message, place) => core.warning(message, place),
      error: (message, place) => core.error(message, place),
    },
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write()
    },
    setFailed: (message) => core.setFailed(message),
  }
}
