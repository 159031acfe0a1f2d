// Action entry: settings from inputs (once) -> what the event changed -> fetch those commits -> scan ->
// annotations, files, summary, check run, PR comment, outputs -> exit code (0 pass, 1 policy, 2 error).
import * as core from '@actions/core'
import { describeFailure } from './action/failure.js'
import { resolveEvent } from './action/event.js'
import { coreLog } from './action/log.js'
import { coreOutlets, engineLogger } from './action/outlets.js'
import { prepareScan } from './action/prepare.js'
import { publish, publishNothing } from './action/publish.js'
import { SecretGuard } from './action/secret-guard.js'
import { scan } from './scan.js'
import { settingsFromInputs } from './settings/from-inputs.js'

export async function run(): Promise<void> {
  const log = coreLog
  try {
    const settings = settingsFromInputs()
    const plan = resolveEvent(settings.github, settings.mode)
    const prepared = await prepareScan(settings, plan, log)
    if ('nothing' in prepared) {
      await publishNothing(prepared.nothing, settings, plan, coreOutlets(settings, log, new SecretGuard([])))
      return
    }
    log.info(`Scanning ${prepared.label}.`)
    const { report, secrets } = await scan(prepared.scan, engineLogger(log))
    const guard = new SecretGuard(secrets.values())
    const verdict = await publish(report, settings, plan, coreOutlets(settings, log, guard))
    if (verdict.failed) core.setFailed(`mistral-guard: ${verdict.reasons.join(' and ')} (fail-on: ${settings.failOn}).`)
    else log.info(`mistral-guard: passed (fail-on: ${settings.failOn}).`)
  } catch (error) {
    core.setFailed(describeFailure(error))
    process.exitCode = 2
  }
}
