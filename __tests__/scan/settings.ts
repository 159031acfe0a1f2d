// ScanSettings for tests: key scan only unless asked, nothing verified.
import { DEFAULT_VERIFY_BASE_URL, type ScanSettings } from '../../src/settings/settings.js'

export function settingsFor(root: string, overrides: Partial<ScanSettings> = {}): ScanSettings {
  return {
    root,
    mode: 'tree',
    checks: false,
    verify: false,
    verifyBaseUrl: DEFAULT_VERIFY_BASE_URL,
    failOn: 'error',
    ...overrides,
  }
}
