// Each environment uses its own key, so that a key leaked from development cannot call production and
// each can be rotated alone: no two environment configs reference one variable or hold one value.
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { nameSome, result } from './check.js'
import { apiKeyOf, loadEnvConfigs } from './env-config-files.js'

export const DISTINCT_KEYS_PER_ENV = 'distinct-keys-per-env'
const TITLE = CHECK_TITLES[DISTINCT_KEYS_PER_ENV]

export const distinctKeysPerEnv: Check = async (run) => {
  const { files } = await loadEnvConfigs(run)
  const withKey = files.flatMap((file) => {
    const apiKey = apiKeyOf(file.data)
    if (apiKey.kind === 'reference') return [{ file, shared: `variable ${apiKey.variable}`, id: `var:${apiKey.variable}` }]
    if (apiKey.kind === 'literal') return [{ file, shared: 'the same literal key', id: `literal:${apiKey.digest}` }]
    return []
  })
  if (withKey.length < 2) {
    return result(
      DISTINCT_KEYS_PER_ENV,
      TITLE,
      'skip',
      `Fewer than two per-environment configs name a key (${withKey.length} found), so there is nothing to compare.`,
    )
  }
  const groups = new Map<string, typeof withKey>()
  for (const entry of withKey) groups.set(entry.id, [...(groups.get(entry.id) ?? []), entry])
  const shared = [...groups.values()].filter((group) => new Set(group.map((entry) => entry.file.environment)).size > 1)
  if (shared.length === 0) {
    return result(
      DISTINCT_KEYS_PER_ENV,
      TITLE,
      'pass',
      `${nameSome(withKey.map((entry) => entry.file.environment))} each use their own key.`,
    )
  }
  const texts = shared.map(
    (group) => `${nameSome(group.map((entry) => entry.file.environment))} share ${group[0].shared}`,
  )
  const locations: CheckLocation[] = shared.flatMap((group) =>
    group.map((entry) => ({ file: entry.file.file, line: entry.file.lineOf(['apiKey']) })),
  )
  return result(
    DISTINCT_KEYS_PER_ENV,
    TITLE,
    'fail',
    `${texts.join('; ')}: give each environment its own key (e.g. MISTRAL_API_KEY_DEVELOPMENT, MISTRAL_API_KEY_PRODUCTION), ` +
      'so a leak in one cannot reach another.',
    locations,
  )
}
