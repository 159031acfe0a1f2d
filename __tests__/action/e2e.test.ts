// The bundled action, end to end: `node dist/index.js` as the runner runs it, in workspaces made the way
// actions/checkout makes them (depth 1, the PR merge ref), against a file:// origin and a loopback
// stand-in for the GitHub API. Every byte it writes anywhere is checked for keys.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { GIT_TEST_ENV } from '../helpers/repo.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { checkoutLikeActions, git, makeOrigin, type Origin } from './checkout.js'
import { FORBIDDEN, SERVER_ERROR, startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js'
import { annotationsIn, DIST, runAction, runLocalAction, type ActionRun, type RunnerSetup } from './run-action.js'

const keys: string[] = Array.from({ length: 80 }, (_, i) => fakeKey(9000 + i))
const ZERO = '0'.repeat(40)
const cleanup: Array<() => void> = []
let origin: Origin
/** main as the PRs see it: an old key already on main (not a PR's doing), a .gitignore. */
let mainSha: string

function keyLine(key: string): string {
  return `MISTRAL_API_KEY = "${key}"`
}

function workspace(ref: string, localRef: string): string {
  const dir = checkoutLikeActions(origin.url, ref, localRef)
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Every text a run produced, for no-key checks. */
function expectRunHasNoKey(run: ActionRun, api: GitHubStandIn): void {
  expectNoKey(run.stdout, keys, 'stdout')
  expectNoKey(run.stderr, keys, 'stderr')
  expectNoKey(run.summary, keys, 'job summary')
  expectNoKey(run.outputFile, keys, 'GITHUB_OUTPUT')
  expectNoKey(api.allBodies(), keys, 'API request bodies')
  expectNoKey(api.requests.map((r) => r.path).join('\n'), keys, 'API request paths')
  if (run.outputs.report && existsSync(run.outputs.report)) expectNoKey(readFileSync(run.outputs.report, 'utf8'), keys, 'JSON report')
  if (run.outputs['sarif-file'] && existsSync(run.outputs['sarif-file'])) {
    expectNoKey(readFileSync(run.outputs['sarif-file'], 'utf8'), keys, 'SARIF file')
  }
}

/** Checks the exit code, showing the step's log when it differs (the log was checked for keys first). */
function expectCode(run: ActionRun, code: number): void {
  if (run.code !== code) {
    throw new Error(`expected exit ${code}, got ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-2000)}`)
  }
}

/** A topic branch off main: `files` written in one commit each; returns the head sha. */
function branch(name: string, from: string, commits: Array<Record<string, string>>): string {
  origin.work.git('checkout', '-q', '-B', name, from)
  for (const [i, files] of commits.entries()) {
    for (const [file, content] of Object.entries(files)) origin.work.write(file, content)
    origin.work.commit(`${name} ${i}`)
  }
  const head = origin.work.git('rev-parse', 'HEAD').trim()
  origin.publish(`refs/heads/${name}`, head)
  return head
}

function prPayload(number: number, base: string, head: string, commits: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      commits,
      base: { sha: base, ref: 'main', repo: { default_branch: 'main' } },
      head: { sha: head, ref: `pr-${number}` },
    },
    repository: { name: 'app', owner: { login: 'acme' }, default_branch: 'main' },
  }
}

async function runPullRequest(api: GitHubStandIn, number: number, base: string, head: string, commits: number, inputs?: Record<string, string>) {
  const { merge } = origin.publishPullRequest(number, base, head)
  const dir = workspace(`refs/pull/${number}/merge`, `refs/remotes/pull/${number}/merge`)
  const setup: RunnerSetup = {
    workspace: dir,
    eventName: 'pull_request',
    payload: prPayload(number, base, head, commits),
    apiUrl: api.url,
    sha: merge,
    ref: `refs/pull/${number}/merge`,
    inputs,
  }
  const run = await runAction(setup)
  expectRunHasNoKey(run, api)
  return { run, dir }
}

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run 'npm run build' first.`)
  origin = makeOrigin()
  cleanup.push(() => origin.remove())
  origin.work.write('.gitignore', '.env\n.env.local\n.env.*.local\n*.pem\n*.key\nsecrets/\nnode_modules/\n')
  origin.work.write('README.md', '# app\n')
  origin.work.write('legacy/old_settings.py', `# left over from 2023\n${keyLine(keys[0])}\n`)
  origin.work.commit('main: initial')
  origin.work.write('app/__init__.py', '')
  mainSha = origin.work.commit('main: app package')
  origin.publish('refs/heads/main', mainSha)
})

afterAll(() => {
  while (cleanup.length) cleanup.pop()!()
})

describe('pull_request', () => {
  test('a PR that adds a key fails, is annotated, commented once, updated in place, and passes when fixed', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const settings = `import os\n\n${keyLine(keys[1])}\nTIMEOUT = 30\n`
    const head1 = branch('pr-1', mainSha, [{ 'app/settings.py': settings }, { 'app/util.py': 'def f():\n    return 1\n' }])

    // 1. The PR adds a key: the step fails, annotates the line, comments, writes the summary and outputs.
    const first = await runPullRequest(api, 1, mainSha, head1, 2, { 'sarif-file': 'mistral-guard.sarif' })
    expectCode(first.run, 1)
    const errors = annotationsIn(first.run.stdout).filter((a) => a.properties.file)
    expect(errors).toHaveLength(1)
    expect(errors[0].properties).toMatchObject({
      file: 'app/settings.py',
      line: '3',
      col: String(keyLine(keys[1]).indexOf(keys[1]) + 1),
      title: 'Leaked Mistral API key',
    })
    expect(errors[0].message).toContain(keys[1].slice(0, 4))
    expect(first.run.stdout).toMatch(/::error::mistral-guard: 1 leaked Mistral key/)
    expect(first.run.outputs).toMatchObject({ leaks: '1', 'failed-checks': expect.any(String) })
    const report = JSON.parse(readFileSync(first.run.outputs.report, 'utf8'))
    expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['app/settings.py:3'])
    expect(first.run.outputs.report.startsWith(first.run.runnerTemp)).toBe(true)
    expect(first.run.outputs['sarif-file']).toBe(`${first.dir}/mistral-guard.sarif`)
    expect(JSON.parse(readFileSync(first.run.outputs['sarif-file'], 'utf8')).runs[0].results).toHaveLength(1)
    expect(first.run.summary).toContain('app/settings.py')
    expect(first.run.summary).toContain(`https://github.com/acme/app/blob/${head1}/app/settings.py#L3`)
    expect(api.comments.get(1)).toHaveLength(1)
    const comment = api.comments.get(1)![0].body
    expect(comment).toContain('<!-- mistral-guard:pr-comment -->')
    expect(comment).toContain(`https://github.com/acme/app/blob/${head1}/app/settings.py#L3`)
    expect(comment).toMatch(/Rotate/)
    expect(comment).toMatch(/Revoke/)
    expect(comment).not.toContain('legacy/old_settings.py')
    // The PR's code is never checked out, let alone run: the workspace still holds the merge commit.
    expect(git(first.dir, 'rev-parse', 'HEAD').trim()).toBe(git(first.dir, 'rev-parse', 'refs/remotes/pull/1/merge').trim())

    // 2. The same PR re-run: the comment is found by its marker and updated, not duplicated.
    const rerun = await runPullRequest(api, 1, mainSha, head1, 2)
    expectCode(rerun.run, 1)
    expect(api.comments.get(1)).toHaveLength(1)
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
    // Edited in place when the body changed (its stats line carries the scan's duration); an identical body is
    // left alone, so the re-run makes at most one edit.
    const patches = (): number => api.requests.filter((r) => r.method === 'PATCH').length
    const afterRerun = patches()
    expect(afterRerun).toBeLessThanOrEqual(1)

    // 3. A new commit adds a second key: the one comment is updated in place.
    const head2 = branch('pr-1', head1, [{ 'app/extra.py': `# mistral client\n${keyLine(keys[2])}\n` }])
    const second = await runPullRequest(api, 1, mainSha, head2, 3)
    expectCode(second.run, 1)
    expect(second.run.outputs.leaks).toBe('2')
    expect(api.comments.get(1)).toHaveLength(1)
    expect(api.comments.get(1)![0].body).toContain(`blob/${head2}/app/extra.py#L2`)
    expect(patches()).toBe(afterRerun + 1)

    // 4. Fixed: both keys removed. The step passes and the same comment says so.
    const head3 = branch('pr-1', head2, [{ 'app/settings.py': 'import os\n\nMISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]\n', 'app/extra.py': '# mistral client\n' }])
    const fixed = await runPullRequest(api, 1, mainSha, head3, 4)
    expectCode(fixed.run, 0)
    expect(fixed.run.outputs.leaks).toBe('0')
    expect(annotationsIn(fixed.run.stdout).filter((a) => a.properties.file)).toHaveLength(0)
    expect(api.comments.get(1)).toHaveLength(1)
    expect(api.comments.get(1)![0].body).toMatch(/Fixed/)
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    await api.close()
  })

  test('a PR with 300 commits is scanned whole from a depth-1 checkout', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const head = fastImportBranch('pr-2', mainSha, 300, { commit: 3, file: 'config/mistral.py', line: 2 })
    const { run, dir } = await runPullRequest(api, 2, mainSha, head, 300)
    expectCode(run, 1)
    const errors = annotationsIn(run.stdout).filter((a) => a.properties.file)
    expect(errors.map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual(['config/mistral.py:2'])
    expect(run.outputs.leaks).toBe('1')
    // Fetched by sha with the PR's depth, not the whole repository.
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('true')
    expect(run.stdout).not.toMatch(/--unshallow/)
    await api.close()
  })

  test('more annotations than a step shows go to a check run, 50 per request', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`services/s${String(i).padStart(2, '0')}.py`] = `# service ${i}\n${keyLine(keys[10 + i])}\n`
    const head = branch('pr-3', mainSha, [files])
    const { run } = await runPullRequest(api, 3, mainSha, head, 1)
    expectCode(run, 1)
    expect(run.outputs.leaks).toBe('60')
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file)).toHaveLength(60)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ head_sha: head, status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0].annotations).toHaveLength(60)
    const sizes = api.requests
      .filter((r) => r.path.includes('/check-runs'))
      .map((r) => (JSON.parse(r.body).output?.annotations ?? []).length)
    expect(sizes).toEqual([50, 10])
    expect(run.summary.match(/services\/s\d\d\.py/g)?.length).toBeGreaterThanOrEqual(60)
    await api.close()
  })

  test('base equal to head: a notice, success, no API call', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const dir = workspace('refs/heads/main', 'refs/remotes/origin/main')
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      payload: prPayload(4, mainSha, mainSha, 0),
      apiUrl: api.url,
      sha: mainSha,
      ref: 'refs/pull/4/merge',
    })
    expectRunHasNoKey(run, api)
    expectCode(run, 0)
    expect(annotationsIn(run.stdout, 'notice').map((a) => a.message).join('\n')).toMatch(/Nothing to scan: the base and head are the same commit/)
    expect(run.outputs.leaks).toBe('0')
    expect(api.requests).toHaveLength(0)
    await api.close()
  })

  test('a 403 on comments (a fork token) is a notice, never a crash nor a changed verdict', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    api.script('GET', /\/issues\/5\/comments$/, FORBIDDEN)
    const head = branch('pr-5', mainSha, [{ 'app/keys.py': `${keyLine(keys[3])}\n` }])
    const { run } = await runPullRequest(api, 5, mainSha, head, 1)
    expectCode(run, 1)
    expect(annotationsIn(run.stdout, 'notice').map((a) => a.message).join('\n')).toMatch(/Could not update the pull request comment.*403/)
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file)).toHaveLength(1)
    expect(run.stdout).not.toMatch(/could not finish/)
    expect(run.summary).toContain('app/keys.py')
    expect(api.comments.get(5)).toBeUndefined()
    await api.close()
  })

  test('a 500 then success: the comment is posted after a retry', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    api.script('POST', /\/issues\/6\/comments$/, SERVER_ERROR)
    const head = branch('pr-6', mainSha, [{ 'app/keys.py': `${keyLine(keys[4])}\n` }])
    const { run } = await runPullRequest(api, 6, mainSha, head, 1)
    expectCode(run, 1)
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/6/comments'))).toHaveLength(2)
    expect(api.comments.get(6)).toHaveLength(1)
    expect(annotationsIn(run.stdout, 'warning')).toHaveLength(0)
    await api.close()
  })
})

describe('pull_request: the PR cannot wave its own key through', () => {
  test("a PR that adds an allow-list for everything is judged by the base's config and still fails", async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const head = branch('pr-7', mainSha, [{ '.mistral-guard.yml': 'allow:\n  paths: ["**"]\n', 'app/k.py': `${keyLine(keys[9])}\n` }])
    const { run } = await runPullRequest(api, 7, mainSha, head, 1)
    expectCode(run, 1)
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file).map((a) => a.properties.file)).toEqual(['app/k.py'])
    expect(annotationsIn(run.stdout, 'notice').map((a) => a.message).join('\n')).toMatch(/adds the config file '.mistral-guard.yml': it applies once merged/)
    await api.close()
  })

  test('a PR that marks its own key mistral-guard:allow still fails, and is told why; the push after merge honours it', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const marked = `${keyLine(keys[11])}  # mistral-guard:allow (test value)\n`
    const head = branch('pr-12', mainSha, [{ 'app/fixture.py': marked }])
    const { run } = await runPullRequest(api, 12, mainSha, head, 1)
    expectRunHasNoKey(run, api)
    expectCode(run, 1)
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file).map((a) => a.properties.file)).toEqual(['app/fixture.py'])
    expect(annotationsIn(run.stdout, 'warning').map((a) => a.message).join('\n')).toMatch(
      /1 key\(s\) reported on lines marked mistral-guard:allow: this change adds them/,
    )
    // Once merged, the marker is the repository's own: a push scan honours it.
    const dir = workspace('refs/heads/pr-12', 'refs/remotes/origin/pr-12')
    const pushed = await runAction({
      workspace: dir,
      eventName: 'push',
      payload: { ref: 'refs/heads/pr-12', before: mainSha, after: head, created: false, forced: false, commits: [{}], repository: { default_branch: 'main' } },
      apiUrl: api.url,
      sha: head,
      ref: 'refs/heads/pr-12',
    })
    expectRunHasNoKey(pushed, api)
    expectCode(pushed, 0)
    expect(pushed.outputs.leaks).toBe('0')
    await api.close()
  })
})

describe('push', () => {
  test('a new branch (zero before) scans only what is not on the default branch', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const head = branch('topic-new', mainSha, [{ 'app/a.py': 'A = 1\n' }, { 'app/b.py': `${keyLine(keys[5])}\n` }])
    const dir = workspace('refs/heads/topic-new', 'refs/remotes/origin/topic-new')
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      payload: { ref: 'refs/heads/topic-new', before: ZERO, after: head, created: true, forced: false, commits: [{}, {}], repository: { default_branch: 'main' } },
      apiUrl: api.url,
      sha: head,
      ref: 'refs/heads/topic-new',
    })
    expectRunHasNoKey(run, api)
    expectCode(run, 1)
    // The old key on main is not reported: the scan did not cover the whole history.
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file).map((a) => a.properties.file)).toEqual(['app/b.py'])
    expect(run.outputs.leaks).toBe('1')
    expect(api.requests).toHaveLength(0)
    await api.close()
  })

  test('a force-push whose before is gone falls back to the merge-base with the default branch', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    // The pre-push head was rewritten away: it never reaches the origin.
    const gone = branch('topic-force', mainSha, [{ 'app/c.py': 'C = 1\n' }])
    const head = branch('topic-force', mainSha, [{ 'app/c.py': `C = 2\n${keyLine(keys[6])}\n` }])
    git(origin.bare, 'update-ref', '-d', 'refs/heads/topic-force')
    origin.publish('refs/heads/topic-force', head)
    git(origin.bare, 'reflog', 'expire', '--expire=now', '--all')
    git(origin.bare, 'gc', '-q', '--prune=now')
    const dir = workspace('refs/heads/topic-force', 'refs/remotes/origin/topic-force')
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      payload: { ref: 'refs/heads/topic-force', before: gone, after: head, forced: true, commits: [{}], repository: { default_branch: 'main' } },
      apiUrl: api.url,
      sha: head,
      ref: 'refs/heads/topic-force',
    })
    expectRunHasNoKey(run, api)
    expectCode(run, 1)
    expect(annotationsIn(run.stdout, 'warning').map((a) => a.message).join('\n')).toMatch(/gone from origin/)
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file).map((a) => `${a.properties.file}:${a.properties.line}`)).toEqual(['app/c.py:2'])
    await api.close()
  })
})

describe('merge_group', () => {
  test('scans base_sha..head_sha of the queued group', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const prHead = branch('queued', mainSha, [{ 'app/q.py': `# mistral\n${keyLine(keys[7])}\n` }])
    origin.work.git('checkout', '-q', '--detach', mainSha)
    origin.work.git('merge', '-q', '--no-ff', '--no-edit', '-m', 'Merge pull request #8', prHead)
    const groupHead = origin.work.git('rev-parse', 'HEAD').trim()
    const queueRef = `refs/heads/gh-readonly-queue/main/pr-8-${prHead}`
    origin.publish(queueRef, groupHead)
    const dir = workspace(queueRef, `refs/remotes/origin/gh-readonly-queue/main/pr-8-${prHead}`)
    const run = await runAction({
      workspace: dir,
      eventName: 'merge_group',
      payload: { action: 'checks_requested', merge_group: { base_sha: mainSha, head_sha: groupHead, base_ref: 'refs/heads/main', head_ref: queueRef }, repository: { default_branch: 'main' } },
      apiUrl: api.url,
      sha: groupHead,
      ref: queueRef,
    })
    expectRunHasNoKey(run, api)
    expectCode(run, 1)
    expect(annotationsIn(run.stdout).filter((a) => a.properties.file).map((a) => a.properties.file)).toEqual(['app/q.py'])
    await api.close()
  })
})

describe('errors', () => {
  test('a bad input fails the step with exit 2 and a message naming it', async () => {
    const dir = workspace('refs/heads/main', 'refs/remotes/origin/main')
    const run = await runAction({ workspace: dir, eventName: 'push', payload: {}, apiUrl: 'http://127.0.0.1:9', sha: mainSha, ref: 'refs/heads/main', inputs: { 'fail-on': 'always' } })
    expectCode(run, 2)
    expect(run.stdout).toContain("::error::mistral-guard: Invalid input 'fail-on': 'always'. Expected one of leak, error, warning, never, verified.")
  })
})

describe('schedule', () => {
  test('the nightly scan reads the whole history from a depth-1 checkout and writes SARIF', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const dir = workspace('refs/heads/main', 'refs/remotes/origin/main')
    const run = await runAction({
      workspace: dir,
      eventName: 'schedule',
      payload: { schedule: '17 3 * * *' },
      apiUrl: api.url,
      sha: mainSha,
      ref: 'refs/heads/main',
      inputs: { 'sarif-file': 'mistral-guard.sarif', comment: 'false' },
    })
    expectRunHasNoKey(run, api)
    expectCode(run, 1)
    expect(git(dir, 'rev-parse', '--is-shallow-repository').trim()).toBe('false')
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
    const files = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)
    // The key on main, and keys on other branches that were never merged.
    expect(files).toEqual(expect.arrayContaining(['legacy/old_settings.py', 'app/settings.py']))
    expect(api.requests.filter((r) => r.method !== 'GET' && !r.path.includes('/check-runs'))).toHaveLength(0)
    await api.close()
  })
})

describe('@github/local-action', () => {
  test('the same PR run works under local-action (src/main.ts run())', async () => {
    const api = await startGitHubStandIn()
    cleanup.push(() => void api.close())
    const head = branch('pr-11', mainSha, [{ 'app/local.py': `# mistral\n${keyLine(keys[79])}\n` }])
    const { merge } = origin.publishPullRequest(11, mainSha, head)
    const dir = workspace('refs/pull/11/merge', 'refs/remotes/pull/11/merge')
    const run = await runLocalAction({ workspace: dir, eventName: 'pull_request', payload: prPayload(11, mainSha, head, 1), apiUrl: api.url, sha: merge, ref: 'refs/pull/11/merge' })
    expectRunHasNoKey(run, api)
    expect(run.stdout).toMatch(/::error title=Leaked Mistral API key,file=app\/local\.py,line=2/)
    expect(run.stdout).toMatch(/::error::mistral-guard: 1 leaked Mistral key/)
    expect(run.stdout).toMatch(/leaks\W+1/)
    expect(api.comments.get(11)).toHaveLength(1)
    expect(api.comments.get(11)![0].body).toContain(`blob/${head}/app/local.py#L2`)
    await api.close()
  })
})

/**
 * A branch of `count` commits built with git fast-import (fast even for hundreds): commit `key.commit`
 * adds a key at `key.file` line `key.line`; every other commit edits a changelog.
 */
function fastImportBranch(name: string, from: string, count: number, key: { commit: number; file: string; line: number }): string {
  const parts: string[] = []
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`
  for (let i = 1; i <= count; i++) {
    parts.push(`commit refs/heads/${name}\n`, `committer Ada Tester <ada@example.com> ${1704067200 + i} +0000\n`, data(`${name} commit ${i}`))
    if (i === 1) parts.push(`from ${from}\n`)
    parts.push(`M 100644 inline CHANGES.txt\n`, data(`change ${i}\n`))
    if (i === key.commit) {
      const lines = Array.from({ length: key.line - 1 }, (_, n) => `# line ${n + 1}`)
      parts.push(`M 100644 inline ${key.file}\n`, data(`${[...lines, keyLine(keys[8])].join('\n')}\n`))
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: origin.work.dir, input: parts.join(''), env: { ...process.env, ...GIT_TEST_ENV } })
  const head = origin.work.git('rev-parse', `refs/heads/${name}`).trim()
  origin.publish(`refs/heads/${name}`, head)
  return head
}
