// Where keys may be sent for verification: Mistral over HTTPS, another HTTPS host, or a loopback address
// (for tests). A key must never travel in clear text over a network, so plain http is loopback only.
import { UsageError } from '../config/config-error.js'

export const VERIFY_ENDPOINT_PATH = '/v1/models'

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/** localhost, 127.0.0.0/8 or [::1]; `hostname` as the WHATWG URL parser normalises it. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return host === 'localhost' || host === '[::1]' || IPV4_LOOPBACK.test(host)
}

/** The URL with any user:password hidden, so a bad value can be quoted without leaking a credential. */
function shown(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@')
}

/**
 * Checks `--verify-base-url` / `verify-base-url`: https, or http(s) on a loopback address.
 * Throws UsageError (exit 2) with the bad value quoted (credentials hidden) and what was expected.
 */
export function checkVerifyBaseUrl(url: string): URL {
  const expected =
    'Expected an https:// URL or an http:// loopback address (localhost, 127.0.0.0/8, [::1]), such as https://api.mistral.ai.'
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new UsageError(`Invalid verify base URL '${shown(url)}'. ${expected}`)
  }
  if (parsed.username || parsed.password) {
    throw new UsageError(`Invalid verify base URL '${shown(url)}': it must not hold credentials. ${expected}`)
  }
  if (parsed.search || parsed.hash) {
    throw new UsageError(`Invalid verify base URL '${shown(url)}': it must not have a query or fragment. ${expected}`)
  }
  const loopback = isLoopbackHost(parsed.hostname)
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && loopback)) return parsed
  throw new UsageError(`Invalid verify base URL '${shown(url)}'. ${expected}`)
}

/** `{base}/v1/models`, keeping any path prefix of the base (`https://proxy.example/mistral` works). */
export function verifyEndpoint(base: URL): URL {
  const endpoint = new URL(base.href)
  endpoint.pathname = endpoint.pathname.replace(/\/+$/, '') + VERIFY_ENDPOINT_PATH
  return endpoint
}
