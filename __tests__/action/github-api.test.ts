// The API layer against a loopback stand-in: real octokit, real HTTP, exact payloads, paging, retries.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { bestEffort } from '../../src/action/api-failure.js'
import { ANNOTATIONS_PER_REQUEST, publishCheckRun } from '../../src/action/check-run.js'
import { COMMENT_MARKER, upsertPrComment } from '../../src/action/pr-comment.js'
import { SecretGuard, SecretLeakError } from '../../src/action/secret-guard.js'
import { createClient, type ClientType } from '../../src/github/client.js'
import { createComment } from '../../src/github/create-comment.js'
import { findCommentByMarker } from '../../src/github/find-comment.js'
import type { CheckAnnotation } from '../../src/github/create-check-run.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { RequestTimeoutError } from '../../src/github/timed-fetch.js'
import { FORBIDDEN, HANG, rateLimited, secondaryRateLimited, SERVER_ERROR, startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js'
import { recordingLog } from './recording-log.js'

let api: GitHubStandIn
let client: ClientType
let log: ReturnType<typeof recordingLog>
const ref = { owner: 'acme', repo: 'app', issueNumber: 7 }
const UNPROCESSABLE = { status: 422, body: { message: 'Validation Failed' } }

beforeEach(async () => {
  api = await startGitHubStandIn()
  log = recordingLog()
  client = createClient({ token: 'test-token', baseUrl: api.url, log, retryAfterBaseValue: 0 })
})
afterEach(async () => {
  await api.close()
})

describe('findCommentByMarker', () => {
  test('pages through every comment to find the marked one', async () => {
    api.seedComments(7, Array.from({ length: 230 }, (_, i) => `comment ${i}`))
    api.seedComments(7, [`${COMMENT_MARKER}\nours`])
    const found = await findCommentByMarker(client, ref, COMMENT_MARKER)
    expect(found?.body).toContain('ours')
    const pages = api.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
    expect(api.requests[0].query.per_page).toBe('100')
    expect(api.requests[0].headers.authorization).toBe('token test-token')
  })

  test('returns null when no comment carries the marker', async () => {
    api.seedComments(7, ['hello'])
    expect(await findCommentByMarker(client, ref, COMMENT_MARKER)).toBeNull()
  })
})

describe('upsertPrComment', () => {
  test('creates once, then updates the same comment in place', async () => {
    expect(await upsertPrComment(client, ref, true, () => `${COMMENT_MARKER}\nfirst`)).toBe('created')
    expect(await upsertPrComment(client, ref, false, (previous) => `${COMMENT_MARKER}\nsecond after ${previous?.length}`)).toBe('updated')
    expect(await upsertPrComment(client, ref, false, () => `${COMMENT_MARKER}\nsecond after ${`${COMMENT_MARKER}\nfirst`.length}`)).toBe('unchanged')
    const comments = api.comments.get(7)!
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toMatch(/second/)
    const writes = api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
    expect(writes).toEqual(['POST /repos/acme/app/issues/7/comments', `PATCH /repos/acme/app/issues/comments/${comments[0].id}`])
    expect(JSON.parse(api.requests.find((r) => r.method === 'POST')!.body)).toEqual({ body: `${COMMENT_MARKER}\nfirst` })
  })

  test('creates nothing when there is nothing to say and no comment yet', async () => {
    expect(await upsertPrComment(client, ref, false, () => `${COMMENT_MARKER}\nclean`)).toBe('not needed')
    expect(api.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
  })
})

describe('retries', () => {
  test('a 500 is retried until it succeeds', async () => {
    api.script('POST', /\/comments$/, SERVER_ERROR, SERVER_ERROR)
    await createComment(client, ref, 'x')
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
    expect(api.comments.get(7)).toHaveLength(1)
  })

  test('a primary rate limit is waited out and retried', async () => {
    api.script('GET', /\/comments$/, rateLimited())
    expect(await findCommentByMarker(client, ref, COMMENT_MARKER)).toBeNull()
    expect(api.requests).toHaveLength(2)
    expect(log.text()).toMatch(/primary rate limit on GET .*retrying/)
  })

  test('a 403 is not retried, and bestEffort turns it into a notice', async () => {
    api.script('POST', /\/comments$/, FORBIDDEN)
    const ok = await bestEffort('update the pull request comment', 'pull-requests: write', log, () => createComment(client, ref, 'x').then(() => {}))
    expect(ok).toBe(false)
    expect(api.requests).toHaveLength(1)
    expect(log.at('notice')[0].message).toMatch(/403.*pull-requests: write/)
    expect(log.at('warning')).toHaveLength(0)
  })

  test('a secondary rate limit answered 429 is retried by the throttling plugin alone, once', async () => {
    api.script('POST', /\/comments$/, { ...secondaryRateLimited(1), status: 429 })
    await createComment(client, ref, 'x')
    expect(api.requests).toHaveLength(2)
    expect(log.at('notice').map((line) => line.message)).toEqual([
      'GitHub API secondary rate limit on POST /repos/acme/app/issues/7/comments: waiting 1 s, then retrying.',
    ])
  })

  test('a request with no answer times out once and is not sent again', async () => {
    const impatient = createClient({ token: 't', baseUrl: api.url, log, retryAfterBaseValue: 0, requestTimeoutMs: 200 })
    api.script('GET', /\/comments$/, HANG)
    await expect(findCommentByMarker(impatient, ref, COMMENT_MARKER)).rejects.toBeInstanceOf(RequestTimeoutError)
    expect(api.requests).toHaveLength(1)
    expect(log.at('info').map((line) => line.message)).toEqual(['GitHub API: GET /repos/acme/app/issues/7/comments had no answer in time; not retried.'])
  })

  test('a persistent 500 becomes a warning, after the retries', async () => {
    api.script('POST', /\/comments$/, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR)
    const ok = await bestEffort('update the pull request comment', 'pull-requests: write', log, () => createComment(client, ref, 'x').then(() => {}))
    expect(ok).toBe(false)
    expect(api.requests).toHaveLength(4)
    expect(log.at('warning')[0].message).toMatch(/HTTP 500/)
  })
})

describe('publishCheckRun', () => {
  const annotation = (i: number): CheckAnnotation => ({
    path: `src/file-${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    title: 'Leaked Mistral API key',
    message: `finding ${i}`,
  })

  test('sends 50 annotations per request and completes the run with the last one', async () => {
    const all = Array.from({ length: 120 }, (_, i) => annotation(i))
    const target = { owner: 'acme', repo: 'app', name: 'mistral-guard', headSha: 'a'.repeat(40) }
    await publishCheckRun(client, target, all, { title: 't', text: 's', conclusion: 'failure' })
    const sizes = api.requests.map((r) => (JSON.parse(r.body).output.annotations ?? []).length)
    expect(sizes).toEqual([50, 50, 20])
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    expect(api.checkRuns[0]).toMatchObject({ head_sha: 'a'.repeat(40), name: 'mistral-guard', status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0].annotations).toHaveLength(120)
    expect(ANNOTATIONS_PER_REQUEST).toBe(50)
  })

  test('a failed update of the annotations still completes the run, then reports the failure', async () => {
    const all = Array.from({ length: 120 }, (_, i) => annotation(i))
    const target = { owner: 'acme', repo: 'app', name: 'mistral-guard', headSha: 'c'.repeat(40) }
    api.script('PATCH', /\/check-runs\/\d+$/, UNPROCESSABLE)
    await expect(publishCheckRun(client, target, all, { title: 't', text: 's', conclusion: 'failure' })).rejects.toThrow()
    expect(api.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(api.checkRuns[0].annotations).toHaveLength(50)
    expect(JSON.parse(api.requests[2]!.body).output.summary).toMatch(/could not be attached/)
  })

  test('a single batch is created, then completed', async () => {
    const target = { owner: 'acme', repo: 'app', name: 'mistral-guard', headSha: 'b'.repeat(40) }
    await publishCheckRun(client, target, [annotation(0)], { title: 't', text: 's', conclusion: 'neutral' })
    expect(api.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'neutral' })
    expect(api.checkRuns[0].annotations).toHaveLength(1)
  })
})

describe('request body guard', () => {
  test('a body holding a key never leaves the process', async () => {
    const key = fakeKey(1)
    const guarded = createClient({
      token: 't',
      baseUrl: api.url,
      log,
      retryAfterBaseValue: 0,
      inspectBody: (body) => new SecretGuard([key]).check(body, 'a GitHub API request'),
    })
    await expect(createComment(guarded, ref, `oops ${key}`)).rejects.toThrow(SecretLeakError)
    await expect(bestEffort('comment', 'pull-requests: write', log, () => createComment(guarded, ref, `oops ${key}`).then(() => {}))).rejects.toThrow(SecretLeakError)
    expect(api.requests).toHaveLength(0)
    expectNoKey(log.text(), [key], 'log')
  })
})
