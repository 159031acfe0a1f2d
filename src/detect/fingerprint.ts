// A finding's identity: sha256 over rule, file and key, domain-separated. Unlike gitleaks'
// `commit:file:rule:line`, it survives lines moving and new commits, so a baseline keeps working; and a
// 32-character random key has far too much entropy for the hash to give it away.
import { createHash } from 'node:crypto'

const DOMAIN = 'mistral-guard/fingerprint/v1'

/** 64 lowercase hex characters. */
export function fingerprint(ruleId: string, file: string, secret: string): string {
  // NUL separators: no rule id, path or key holds one, so distinct triples never hash the same input.
  return createHash('sha256').update(`${DOMAIN}\0${ruleId}\0${file}\0${secret}`, 'utf8').digest('hex')
}
