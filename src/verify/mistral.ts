// Opt-in live check of found keys against Mistral's API (issue #5), kept apart from detection as
// trufflehog's anthropic detector keeps `verifyAnthropicKey`: only `200` with a `data` array counts as
// live; `401`/`403` is a dead key; anything else is `unknown`, never a false "live" alarm.
// The key goes into the Authorization header and nowhere else: not the URL, a body, a log line or an error.
import { createHash } from 'node:crypto'
import type { Verification } from '../report/report.js'
import { DEFAULT_VERIFY_BASE_URL } from '../settings/settings.js'
import { checkVerifyBaseUrl, verifyEndpoint } from './base-url.js'

export { checkVerifyBaseUrl, isLoopbackHost, verifyEndpoint } from './base-url.js'

export const DEFAULT_VERIFY_TIMEOUT_MS = 10_000
export const DEFAULT_VERIFY_CONCURRENCY = 4

/** One run's verdicts, keyed by a sha256 of endpoint and key (never the key), shared by concurrent callers. */
export type VerificationCache = Map<string, Promise<Verification>>

export interface VerifyOptions {
  /** Replaces https://api.mistral.ai; `/v1/models` is appended. HTTPS or loopback only (checkVerifyBaseUrl). */
  baseUrl?: string
  /** Per request, body included. Default 10 s. */
  timeoutMs?: number
  /** Requests in flight at once. Default 4. */
  concurrency?: number
  log?: { info(msg: string): void }
  /** Injectable for tests; defaults to the global fetch. */
  fetch?: typeof fetch
  /** Defaults to one cache for the whole process (one run of the CLI or the action). */
  cache?: VerificationCache
}

const runCache: VerificationCache = new Map()

/** Forgets the process-wide verdicts (tests; a long-lived process starting a new run). */
export function clearVerificationCache(): void {
  runCache.clear()
}

/**
 * Verifies each distinct key once and returns a verdict for every id.
 * `secrets` maps an id (the finding's fingerprint) to its key; ids sharing a key share one request.
 */
export async function verifyKeys(
  secrets: ReadonlyMap<string, string>,
  options: VerifyOptions = {},
): Promise<Map<string, Verification>> {
  const base = checkVerifyBaseUrl(options.baseUrl ?? DEFAULT_VERIFY_BASE_URL)
  const endpoint = verifyEndpoint(base)
  const timeoutMs = options.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_VERIFY_CONCURRENCY))
  const doFetch = options.fetch ?? globalThis.fetch
  const cache = options.cache ?? runCache
  const log = options.log

  const distinctKeys = [...new Set(secrets.values())]
  const verdictByKey = new Map<string, Verification>()
  if (distinctKeys.length > 0) {
    log?.info(
      `Verifying ${distinctKeys.length} distinct key(s) against ${endpoint.href} ` +
        `(at most ${concurrency} at once, ${timeoutMs} ms timeout each).`,
    )
  }

  const verifyOne = (key: string): Promise<Verification> => {
    const cacheKey = sha256(`${endpoint.href}\0${key}`)
    let pending = cache.get(cacheKey)
    if (!pending) {
      pending = requestVerdict(key, endpoint, timeoutMs, doFetch, log)
      cache.set(cacheKey, pending)
    }
    return pending
  }

  let next = 0
  const worker = async (): Promise<void> => {
    while (next < distinctKeys.length) {
      const key = distinctKeys[next++]
      verdictByKey.set(key, await verifyOne(key))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, distinctKeys.length) }, worker))

  const result = new Map<string, Verification>()
  for (const [id, key] of secrets) result.set(id, verdictByKey.get(key) ?? 'unknown')
  if (distinctKeys.length > 0) {
    const counts = { verified: 0, invalid: 0, unknown: 0 }
    for (const verdict of verdictByKey.values()) if (verdict !== 'skipped') counts[verdict]++
    log?.info(`Verification: ${counts.verified} verified, ${counts.invalid} invalid, ${counts.unknown} unknown.`)
  }
  return result
}

/** One GET; never throws: every failure is a verdict of `unknown`, logged with a reason free of the key. */
async function requestVerdict(
  key: string,
  endpoint: URL,
  timeoutMs: number,
  doFetch: typeof fetch,
  log: VerifyOptions['log'],
): Promise<Verification> {
  const label = `key ${sha256(key).slice(0, 12)}`
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await doFetch(endpoint, {
      method: 'GET',
      headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', 'User-Agent': 'mistral-guard' },
      // A redirect could carry the Authorization header to another host: treat it as an answer instead.
      redirect: 'manual',
      signal: controller.signal,
    })
    if (response.status === 401 || response.status === 403) {
      await discard(response)
      return 'invalid'
    }
    if (response.status !== 200) {
      await discard(response)
      log?.info(`Verification of ${label}: HTTP ${response.status}, verdict unknown.`)
      return 'unknown'
    }
    const body: unknown = await response.json().catch(() => undefined)
    if (isModelList(body)) return 'verified'
    log?.info(`Verification of ${label}: HTTP 200 without a model list, verdict unknown.`)
    return 'unknown'
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : describeError(error)
    log?.info(`Verification of ${label}: ${scrub(reason, key)}, verdict unknown.`)
    return 'unknown'
  } finally {
    clearTimeout(timer)
  }
}

function isModelList(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data)
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined)
}

/** fetch's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeError(error: unknown): string {
  const err = error as { message?: string; cause?: { code?: string; message?: string } }
  const cause = err?.cause?.code ?? err?.cause?.message
  return `request failed (${cause ?? err?.message ?? 'unknown error'})`
}

/** Belt and braces: no error text reaches a log with the key or a 16-character run of it in it. */
function scrub(text: string, key: string): string {
  let out = text.split(key).join('[key]')
  for (let i = 0; i + 16 <= key.length; i++) out = out.split(key.slice(i, i + 16)).join('[key]')
  return out
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
