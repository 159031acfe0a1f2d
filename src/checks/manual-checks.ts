// Checklist items no static check can prove: shown as `manual` rows with a one-line hint, never as a pass.
import type { CheckResult } from '../report/report.js'
import { result } from './check.js'
import { CHECK_TITLES } from './check-ids.js'

export const MANUAL_CHECKS: readonly CheckResult[] = [
  result(
    'manual-key-rotation',
    CHECK_TITLES['manual-key-rotation'],
    'manual',
    'Rotate each Mistral key on a schedule (e.g. every 90 days) and at once after any leak or departure; delete unused keys in the console.',
  ),
  result(
    'manual-rate-limiting',
    CHECK_TITLES['manual-rate-limiting'],
    'manual',
    'Limit requests per user or client before they reach the Mistral API, and set usage limits for the workspace in the console.',
  ),
  result(
    'manual-audit-logging',
    CHECK_TITLES['manual-audit-logging'],
    'manual',
    'Record who called which model when and with how many tokens (never the key), and review usage in the console.',
  ),
  result(
    'manual-output-sanitisation',
    CHECK_TITLES['manual-output-sanitisation'],
    'manual',
    'Treat model output as untrusted input: escape it before rendering, never pass it to eval, a shell or SQL.',
  ),
]
