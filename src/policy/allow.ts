// `allow.paths`: config globs of files whose keys are never reported (fixtures, docs). The inline
// `mistral-guard:allow` comment is the detector's business (src/detect/detector.ts).
import { Minimatch } from 'minimatch'

/** A matcher for repository-relative paths; dotfiles match like any other file. */
export function pathAllowList(globs: readonly string[]): (file: string) => boolean {
  if (globs.length === 0) return () => false
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true }))
  return (file) => matchers.some((matcher) => matcher.match(file))
}
