// The temp files SpooledGit makes are unlinked at once: a test asserts that none of this process's is left named.
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'

/** This process's spool files still named in the temp folder. */
export function spoolFiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`mistral-guard-${process.pid}-`))
}
