// From the event's plan to the engine's settings: fetch what the scan needs first, then say what to scan.
import path from 'node:path'
import type { ScanSettings } from '../settings/settings.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import { ensureDiffCommits, ensureFullHistory, type FetchKnobs, DEFAULT_FETCH_KNOBS } from './ensure-commits.js'
import type { EventPlan } from './event.js'
import type { ActionLog } from './log.js'

export type Prepared = { scan: ScanSettings; label: string } | { nothing: string }

export async function prepareScan(
  settings: ActionSettings,
  plan: EventPlan,
  log: ActionLog,
  knobs: FetchKnobs = DEFAULT_FETCH_KNOBS,
): Promise<Prepared> {
  const common = {
    root: settings.workspace,
    configFile: settings.configFile,
    baselineFile: settings.baselineFile,
    checks: true,
    verify: settings.verify,
    verifyBaseUrl: settings.verifyBaseUrl,
    failOn: settings.failOn,
  }
  const target = plan.target
  switch (target.kind) {
    case 'nothing':
      return { nothing: target.reason }
    case 'tree':
      return { scan: { ...common, mode: 'tree' }, label: target.label }
    case 'history':
      await ensureFullHistory(settings.workspace, log)
      return { scan: { ...common, mode: 'history' }, label: target.label }
    case 'diff': {
      const commits = await ensureDiffCommits(settings.workspace, target, log, knobs)
      if (commits.mergeBase === commits.head) {
        return { nothing: `${commits.head.slice(0, 7)} adds no commits to ${commits.base.slice(0, 7)}: nothing to scan` }
      }
      const scan: ScanSettings = { ...common, mode: 'diff', base: commits.base, head: commits.head }
      if (!plan.policyFromBase) return { scan, label: target.label }
      // Judged by the base's rules: its allow-lists, its baseline, and no `mistral-guard:allow` comment the change
      // itself could have added beside its own key (every line a diff judges is one it adds).
      scan.allowMarkers = false
      // Loaded only here: it needs the config loader (zod, yaml), which a run with nothing to scan never does.
      const { policyFromBase } = await import('./base-policy.js')
      const policy = await policyFromBase(settings.workspace, commits.base, commits.head, common, path.dirname(settings.reportFile), log)
      return { scan: { ...scan, ...policy }, label: target.label }
    }
  }
}
