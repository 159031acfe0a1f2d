// The checklist's rows: stable ids (reports, annotations and users' scripts key on them) and their titles,
// in the order every report shows them. Renaming an id is a breaking change of the JSON report.

export const CHECK_TITLES = {
  'no-leaked-keys': 'No Mistral API key in the code',
  'gitignore-covers-secrets': '.gitignore covers secret files',
  'no-tracked-secret-files': 'No secret files in git',
  'env-schema': 'Env templates follow the env schema',
  'env-configs': 'Per-environment configs follow the policy',
  'distinct-keys-per-env': 'Each environment has its own key',
  'https-only': 'Mistral is called over HTTPS only',
  'key-not-logged': 'The key is never logged',
  'manual-key-rotation': 'Keys are rotated regularly',
  'manual-rate-limiting': 'Requests are rate-limited',
  'manual-audit-logging': 'API use is audit-logged',
  'manual-output-sanitisation': 'Model output is sanitised',
} as const

export type CheckId = keyof typeof CHECK_TITLES

/** Every check id, automated then manual, in report order. */
export const CHECK_IDS = Object.keys(CHECK_TITLES) as CheckId[]
