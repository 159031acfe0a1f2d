// Builds what the checks of one run share: the file listing and memoised work.
import type { CheckContext, CheckRun } from './check.js'
import { RepoFiles } from './repo-files.js'
import { sharedTextPassWords } from './shared-text-pass.js'

export async function openCheckRun(ctx: CheckContext): Promise<CheckRun> {
  const files = await RepoFiles.open(ctx.root, ctx.mode, sharedTextPassWords(ctx.config))
  const memo = new Map<string, Promise<unknown>>()
  return {
    ...ctx,
    files,
    once<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!memo.has(key)) memo.set(key, compute())
      return memo.get(key) as Promise<T>
    },
  }
}
