// Action entry: settings from inputs (once) -> what the event changed -> fetch those commits -> scan ->
// annotations, files, summary, check run, PR comment, outputs -> exit code (0 pass, 1 policy, 2 error).
// Only what every run needs is imported statically. The engine, the reporters, @actions/core and octokit
// are imported on the path that needs them (ncc puts each in its own chunk), so that an event with nothing
// to scan is done about as soon as node has started.
import { resolveEvent } from './action/event.js'
import { describeFailure } from './action/failure.js'
import { prepareScan } from './action/prepare.js'
import { runnerCommands, type RunnerCommands } from './action/runner-commands.js'
import { SecretGuard } from './action/secret-guard.js'
import { settingsFromInputs } from './settings/from-inputs.js'

/** Everything a scan and its publishing need, loaded while git fetches the commits. */
async function loadScanPath() {
  const [engine, commands, outlets, publishing] = await Promise.all([
    import('./scan.js'),
    import('./action/core-commands.js').then(({ loadCoreCommands }) => loadCoreCommands()),
    import('./action/outlets.js'),
    import('./action/publish.js'),
  ])
  const { actionOutlets, engineLogger } = outlets
  return { scan: engine.scan, commands, actionOutlets, engineLogger, publish: publishing.publish }
}

export async function run(): Promise<void> {
  // Until a scan is sure, the runner commands are written without @actions/core (same bytes); the scan
  // path then uses @actions/core itself.
  let commands: RunnerCommands = runnerCommands()
  try {
    const settings = settingsFromInputs()
    const plan = resolveEvent(settings.github, settings.mode)
    const loading = plan.target.kind === 'nothing' ? null : loadScanPath()
    // Awaited below; until then a failed load must not surface as an unhandled rejection.
    loading?.catch(() => {})
    const prepared = await prepareScan(settings, plan, commands.log)
    if ('nothing' in prepared) {
      const [{ actionOutlets }, { publishNothing }] = await Promise.all([
        import('./action/outlets.js'),
        import('./action/publish-nothing.js'),
      ])
      await publishNothing(prepared.nothing, settings, plan, actionOutlets(settings, commands, new SecretGuard([])))
      return
    }
    const scanPath = await (loading ?? loadScanPath())
    commands = scanPath.commands
    const log = commands.log
    log.info(`Scanning ${prepared.label}.`)
    const { report, secrets } = await scanPath.scan(prepared.scan, scanPath.engineLogger(log))
    const guard = new SecretGuard(secrets.values())
    const verdict = await scanPath.publish(report, settings, plan, scanPath.actionOutlets(settings, commands, guard))
    if (verdict.failed) commands.setFailed(`mistral-guard: ${verdict.reasons.join(' and ')} (fail-on: ${settings.failOn}).`)
    else log.info(`mistral-guard: passed (fail-on: ${settings.failOn}).`)
  } catch (error) {
    commands.setFailed(describeFailure(error))
    process.exitCode = 2
  }
}
