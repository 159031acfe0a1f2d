// Reports built by hand for the reporter tests: every mode, every check status, odd file names. Values
// are fixed (fingerprints and shas hashed from labels) so golden files stay byte-stable.
import { createHash } from 'node:crypto'
import type { CheckResult, Finding, Report } from '../../src/report/report.js'

/** A 64-hex fingerprint made from a label; stands in for the engine's sha256 over rule, file and key. */
export function fingerprintOf(label: string): string {
  return createHash('sha256').update(label).digest('hex')
}

/** A 40-hex commit id made from a label. */
export function shaOf(label: string): string {
  return createHash('sha1').update(label).digest('hex')
}

/** The redacted form the contract promises: the first 4 characters and the length. */
export function redact(key: string): string {
  return `${key.slice(0, 4)}…(${key.length})`
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'file' | 'line'>): Finding {
  return {
    ruleId: 'mistral-api-key',
    column: 1,
    commit: null,
    author: null,
    date: null,
    fingerprint: fingerprintOf(`${overrides.ruleId ?? 'mistral-api-key'}:${overrides.file}`),
    redacted: 'AbCd…(32)',
    severity: 'high',
    inHead: true,
    verification: 'skipped',
    ...overrides,
  }
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    mode: 'tree',
    findings: [],
    checks: [],
    stats: { files: 0, commits: 0, bytes: 0, skipped: 0, durationMs: 0 },
    ...overrides,
  }
}

/** One check of every status, with multi-line messages, several locations and a location without a line. */
export const CHECKS_EVERY_STATUS: CheckResult[] = [
  {
    id: 'no-leaked-keys',
    title: 'No leaked Mistral keys',
    status: 'pass',
    message: 'No Mistral or Codestral key found.',
    locations: [],
  },
  {
    id: 'gitignore-covers-secrets',
    title: '.gitignore covers secret files',
    status: 'fail',
    message: '.gitignore does not ignore 2 secret paths. Add these lines:\n.env.*.local\nsecrets/',
    locations: [{ file: '.gitignore', line: 1 }],
  },
  {
    id: 'no-tracked-secret-files',
    title: 'No tracked secret files',
    status: 'fail',
    message: '3 secret files are tracked: remove them with git rm --cached and rotate what they held.',
    locations: [
      { file: 'certs/server.pem', line: 0 },
      { file: 'config/.env', line: 0 },
      { file: 'config/.env', line: 4 },
    ],
  },
  {
    id: 'env-schema',
    title: 'Env templates follow the schema',
    status: 'warn',
    message: 'The application does not validate its environment at start-up (no schema mentions MISTRAL_API_KEY).',
    locations: [],
  },
  {
    id: 'key-not-logged',
    title: 'The key is never logged',
    status: 'warn',
    message: 'console.log prints the client options, which hold apiKey.',
    locations: [{ file: 'src/client.ts', line: 12 }],
  },
  {
    id: 'key-rotation',
    title: 'Keys are rotated regularly',
    status: 'manual',
    message: 'Rotate keys on a schedule (e.g. every 90 days); no static check can prove it.',
    locations: [],
  },
  {
    id: 'distinct-keys-per-env',
    title: 'Each environment has its own key',
    status: 'skip',
    message: 'No per-environment config files.',
    locations: [],
  },
  {
    id: 'https-only',
    title: 'Mistral is called over HTTPS only',
    status: 'pass',
    message: 'Every Mistral endpoint uses https://.',
    locations: [],
  },
]

export const CHECKS_ALL_PASS: CheckResult[] = CHECKS_EVERY_STATUS.map((check) =>
  check.status === 'manual'
    ? check
    : { ...check, status: 'pass', message: `${check.title}: ok.`, locations: [] },
)

const ADA = 'Ada Tester'
const BOB = 'Bob @builder <b>|</b>'

export const REPORTS: Record<string, Report> = {
  empty: report(),
  tree: report({
    mode: 'tree',
    findings: [
      finding({ file: 'src/client.ts', line: 14, column: 11 }),
      finding({ file: '.env', line: 2, column: 17, redacted: 'XyZw…(32)' }),
      finding({ ruleId: 'codestral-api-key', file: 'editor/settings.json', line: 7, column: 22, redacted: 'Qr5t…(32)' }),
    ],
    stats: { files: 42, commits: 0, bytes: 183_402, skipped: 2, durationMs: 87 },
  }),
  diff: report({
    mode: 'diff',
    findings: [
      finding({
        file: 'app/config.py',
        line: 3,
        column: 19,
        commit: shaOf('diff-1'),
        author: ADA,
        date: '2024-05-06T07:08:09+02:00',
        verification: 'invalid',
      }),
      finding({
        file: 'deploy/values.yaml',
        line: 40,
        column: 14,
        commit: shaOf('diff-2'),
        author: ADA,
        date: '2024-05-07T10:00:00Z',
        redacted: 'Mn0p…(32)',
        severity: 'critical',
        verification: 'verified',
      }),
    ],
    checks: [CHECKS_EVERY_STATUS[0]!, CHECKS_EVERY_STATUS[1]!],
    stats: { files: 5, commits: 2, bytes: 9_812, skipped: 0, durationMs: 412 },
  }),
  history: report({
    mode: 'history',
    findings: [
      finding({
        file: 'notebooks/explore.ipynb',
        line: 120,
        column: 31,
        commit: shaOf('history-1'),
        author: ADA,
        date: '2023-01-02T03:04:05Z',
        inHead: false,
        verification: 'unknown',
      }),
      finding({
        file: 'scripts/call.sh',
        line: 5,
        column: 44,
        commit: shaOf('history-2'),
        author: BOB,
        date: '2023-02-03T04:05:06Z',
        redacted: 'Hj8k…(32)',
        inHead: true,
        verification: 'skipped',
      }),
      finding({
        ruleId: 'codestral-api-key',
        file: 'scripts/call.sh',
        line: 9,
        column: 44,
        commit: shaOf('history-3'),
        author: ADA,
        date: '2023-03-04T05:06:07Z',
        redacted: 'Cc1d…(32)',
        severity: 'critical',
        inHead: true,
        verification: 'verified',
      }),
    ],
    checks: CHECKS_EVERY_STATUS.map((check) =>
      check.id === 'no-leaked-keys'
        ? { ...check, status: 'fail', message: '3 leaked keys.', locations: [{ file: 'scripts/call.sh', line: 5 }] }
        : check,
    ),
    stats: { files: 1_204, commits: 318, bytes: 52_428_800, skipped: 7, durationMs: 6_540 },
  }),
  checks: report({ checks: CHECKS_EVERY_STATUS, stats: { files: 12, commits: 0, bytes: 2048, skipped: 0, durationMs: 15 } }),
  fixed: report({
    mode: 'diff',
    checks: CHECKS_ALL_PASS,
    stats: { files: 3, commits: 1, bytes: 640, skipped: 0, durationMs: 31 },
  }),
  'odd-names': report({
    mode: 'history',
    findings: [
      finding({ file: 'dir with space/my key.env', line: 1, column: 1, commit: shaOf('odd-1'), author: ADA, date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'quote"s/it\'s.ts', line: 2, column: 3, commit: shaOf('odd-2'), author: ADA, date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'new\nline.txt', line: 3, column: 1, commit: shaOf('odd-3'), author: BOB, date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'ünïcödé/日本語.py', line: 4, column: 9, commit: shaOf('odd-4'), author: 'Zoë Ñoño', date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'pipe|back`tick`/<script>x</script>.md', line: 5, column: 2, commit: shaOf('odd-5'), author: ADA, date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'math $x$ [link](http://e.com) *em* #1 %41 ?q=1&b.txt', line: 6, column: 1, commit: shaOf('odd-6'), author: ADA, date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'esc\x1b[31mred\x1b[0m\u202eevil.txt', line: 7, column: 1, commit: shaOf('odd-7'), author: 'Eve\x1b]0;pwned\x07', date: '2024-01-01T00:00:00Z' }),
      finding({ file: 'back\\slash\ttab.txt', line: 8, column: 1, commit: shaOf('odd-8'), author: ADA, date: '2024-01-01T00:00:00Z' }),
    ],
    checks: [
      {
        id: 'no-tracked-secret-files',
        title: 'No tracked secret files | <b>bold</b>',
        status: 'fail',
        message: 'Tracked: `secrets/a|b.key` and <img src=x onerror=alert(1)>\n@octocat please look\n# not a heading',
        locations: [
          { file: 'secrets/a|b.key', line: 0 },
          { file: 'secrets/new\nline.pem', line: 0 },
        ],
      },
    ],
    stats: { files: 8, commits: 8, bytes: 4096, skipped: 1, durationMs: 1_250 },
  }),
}

export const LINKS = { serverUrl: 'https://github.com', repository: 'acme/rocket', ref: shaOf('pr-head') }
