// What reports say about each rule and check beyond what a Report carries: names, descriptions, help,
// and the security-severity that code scanning ranks alerts by. Unknown ids still get sensible text, so a
// new rule or check shows up in every report before anyone writes its entry here.
import { CONSOLE_API_KEYS_URL, CONSOLE_CODESTRAL_URL, FILTER_REPO_URL } from './wording.js'

export interface KeyRuleInfo {
  id: string
  /** PascalCase, as SARIF's `name` wants. */
  name: string
  /** What was leaked, in a few words: "Mistral API key". */
  title: string
  description: string
  consoleUrl: string
}

export const KEY_RULES: Record<string, KeyRuleInfo> = {
  'mistral-api-key': {
    id: 'mistral-api-key',
    name: 'MistralApiKey',
    title: 'Mistral API key',
    description: 'A Mistral AI API key (32 letters and digits, used with api.mistral.ai) is committed to the repository.',
    consoleUrl: CONSOLE_API_KEYS_URL,
  },
  'codestral-api-key': {
    id: 'codestral-api-key',
    name: 'CodestralApiKey',
    title: 'Codestral API key',
    description: 'A Codestral API key (32 letters and digits, used with codestral.mistral.ai) is committed to the repository.',
    consoleUrl: CONSOLE_CODESTRAL_URL,
  },
}

export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')
}

export function keyRuleInfo(ruleId: string): KeyRuleInfo {
  return (
    KEY_RULES[ruleId] ?? {
      id: ruleId,
      name: pascalCase(ruleId),
      title: 'Mistral key',
      description: `A Mistral key (rule ${ruleId}) is committed to the repository.`,
      consoleUrl: CONSOLE_API_KEYS_URL,
    }
  )
}

/** The remediation every leaked key needs, in order; shared by the markdown "What to do" and SARIF help. */
export function remediationSteps(consoleUrl: string): { text: string; markdown: string }[] {
  return [
    {
      text: `Rotate: create a new key in the Mistral console (${consoleUrl}) and store it as a secret, never in the repository.`,
      markdown: `**Rotate** the key: create a new one in the [Mistral console](${consoleUrl}) and store it as a secret (an environment variable or your CI's secret store), never in the repository.`,
    },
    {
      text: 'Revoke the leaked key in the Mistral console: once pushed, treat it as public, even after the commit is gone.',
      markdown: '**Revoke** the leaked key in the console: once pushed, treat it as public, even after the commit is gone.',
    },
    {
      text: `Remove it from history with git filter-repo (${FILTER_REPO_URL}), e.g. git filter-repo --replace-text expressions.txt, then force-push and have collaborators re-clone.`,
      markdown: `**Remove it from history** with [git filter-repo](${FILTER_REPO_URL}) (\`git filter-repo --replace-text expressions.txt\`), then force-push and have collaborators re-clone.`,
    },
    {
      text: 'Add a fingerprint to a baseline (mistral-guard baseline) only for keys that are rotated and revoked, so old history stops failing without hiding a live key.',
      markdown: 'Add a **baseline** (`mistral-guard baseline`) only for keys that are rotated and revoked, so old history stops failing without hiding a live key.',
    },
  ]
}

export interface CheckInfo {
  /** Why the check exists and how to satisfy it; the run's own message says what is wrong this time. */
  help: string
  /** 0.0–10.0 as a string, as GitHub code scanning reads it. */
  securitySeverity: string
}

export const CHECKS: Record<string, CheckInfo> = {
  'no-leaked-keys': {
    help: 'No Mistral or Codestral API key may be committed. Rotate and revoke any leaked key, then remove it from history.',
    securitySeverity: '8.9',
  },
  'gitignore-covers-secrets': {
    help: '.gitignore must ignore .env, .env.local, .env.*.local, *.pem, *.key and secrets/ at every level, so secret files are never committed by accident.',
    securitySeverity: '5.3',
  },
  'no-tracked-secret-files': {
    help: 'Secret files (.env*, *.pem, *.key, secrets/**) must not be tracked; commit templates such as .env.example instead.',
    securitySeverity: '7.5',
  },
  'env-schema': {
    help: 'Env templates declare every required variable, hold placeholders for secrets and allowed values for enums; the application validates its environment at start-up.',
    securitySeverity: '4.0',
  },
  'env-configs': {
    help: 'Per-environment configs reference the key through an environment variable and stay within the policy: allowed models and max tokens per request.',
    securitySeverity: '5.0',
  },
  'distinct-keys-per-env': {
    help: 'Each environment uses its own key, so a leak in one does not expose the others and each can be rotated alone.',
    securitySeverity: '5.0',
  },
  'https-only': {
    help: 'Mistral endpoints are called over HTTPS only: over plain http the key travels in clear text.',
    securitySeverity: '7.4',
  },
  'key-not-logged': {
    help: 'Never print or log the key variable or a client\'s apiKey: logs are read by many and kept for long.',
    securitySeverity: '6.5',
  },
}

export function checkInfo(id: string, title: string): CheckInfo {
  return CHECKS[id] ?? { help: title, securitySeverity: '4.0' }
}
