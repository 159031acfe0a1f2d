// Real git repositories for tests, made in a temp folder with fixed identities and dates so that
// commits are reproducible. No global or system git config leaks in.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada Tester',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Tester',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_TERMINAL_PROMPT: '0',
}

export interface TestRepo {
  dir: string
  git(...args: string[]): string
  write(file: string, content: string | Buffer): void
  /** Stages everything and commits; returns the new commit's sha. `date` defaults to a counter-based date. */
  commit(message: string, date?: string): string
  remove(): void
}

let counter = 0

/** Makes an empty repository (branch `main`) in a fresh temp folder. */
export function makeRepo(options: { bare?: boolean; prefix?: string } = {}): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'mg-repo-'))
  let tick = 0
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: { ...process.env, ...GIT_TEST_ENV },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  git('init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []))
  counter++
  return {
    dir,
    git,
    write(file, content) {
      const full = path.join(dir, file)
      mkdirSync(path.dirname(full), { recursive: true })
      writeFileSync(full, content)
    },
    commit(message, date) {
      tick++
      const when = date ?? new Date(Date.UTC(2024, 0, 1, 0, 0, tick)).toISOString()
      git('add', '-A')
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...process.env, ...GIT_TEST_ENV, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
        stdio: 'ignore',
      })
      return git('rev-parse', 'HEAD').trim()
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
