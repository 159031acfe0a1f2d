// Secret files by name (`.env*`, `*.pem`, `*.key`, `secrets/**`) must never be in git: not tracked now,
// and in history mode never committed at all (every clone keeps them).
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, plural, result } from './check.js'
import { filesEverAddedOnce } from './committed-files.js'
import { allowedPath, policyOf } from './policy.js'
import { secretFileKind } from './secret-files.js'

export const NO_TRACKED_SECRET_FILES = 'no-tracked-secret-files'
const TITLE = CHECK_TITLES[NO_TRACKED_SECRET_FILES]

export const noTrackedSecretFiles: Check = async (run) => {
  const policy = policyOf(run.config)
  const allowed = allowedPath(policy)
  const templates = new Set(run.files.match(policy.envTemplateGlobs))
  const isSecret = (file: string): boolean => secretFileKind(file) !== null && !allowed(file) && !templates.has(file)

  const tracked = run.files.trackedPaths.filter(isSecret)
  const past: Array<[string, string]> = []
  if (run.mode === 'history') {
    const current = new Set(run.files.trackedPaths)
    for (const [file, commit] of run.everAdded ?? (await filesEverAddedOnce(run))) {
      if (!current.has(file) && isSecret(file)) past.push([file, commit])
    }
    past.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }

  const scope = run.mode === 'history' ? 'tracked or ever committed' : 'tracked'
  if (tracked.length === 0 && past.length === 0) {
    return result(NO_TRACKED_SECRET_FILES, TITLE, 'pass', `No .env, *.pem, *.key or secrets/ file is ${scope}.`)
  }
  const parts: string[] = []
  if (tracked.length > 0) {
    parts.push(
      `${plural(tracked.length, 'secret file')} tracked (${nameSome(tracked)}): run \`git rm --cached <file>\`, ` +
        'cover it in .gitignore and rotate any key it held',
    )
  }
  if (past.length > 0) {
    const named = past.map(([file, commit]) => `${file} in ${commit.slice(0, 7)}`)
    parts.push(
      `${plural(past.length, 'secret file')} committed in the past (${nameSome(named)}): rotate any key it held ` +
        'and purge it from the history (git filter-repo --invert-paths --path <file>)',
    )
  }
  const locations: CheckLocation[] = [...tracked, ...past.map(([file]) => file)].map((file) => ({ file, line: 1 }))
  const hint = ' Commit templates such as .env.example instead; list test fixtures under allow.paths.'
  return result(NO_TRACKED_SECRET_FILES, TITLE, 'fail', `${parts.join('; ')}.${hint}`, locations)
}
