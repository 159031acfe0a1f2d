import { describe, expect, test } from '@jest/globals'
import { UsageError } from '../../src/config/config-error.js'
import { checkVerifyBaseUrl, verifyEndpoint } from '../../src/verify/mistral.js'

describe('checkVerifyBaseUrl', () => {
  test.each([
    'https://api.mistral.ai',
    'https://codestral.mistral.ai/',
    'https://proxy.example.com/mistral',
    'http://127.0.0.1:8080',
    'http://127.9.8.7',
    'http://localhost:3000',
    'http://LOCALHOST',
    'http://[::1]:4000',
    'https://127.0.0.1',
  ])('accepts %s', (url) => {
    expect(checkVerifyBaseUrl(url)).toBeInstanceOf(URL)
  })

  test.each([
    ['http' + '://api.mistral.ai', 'plain http off loopback'],
    ['http://10.0.0.1', 'private but not loopback'],
    ['http://192.168.1.5:8080', 'private but not loopback'],
    ['http://127.0.0.1.evil.example', 'a host that only starts like loopback'],
    ['http://localhost.evil.example', 'a host that only starts like localhost'],
    ['http://[::2]', 'IPv6 not loopback'],
    ['ftp://api.mistral.ai', 'not http(s)'],
    ['file:///etc/passwd', 'not http(s)'],
    ['api.mistral.ai', 'no scheme'],
    ['', 'empty'],
    ['https://api.mistral.ai/?x=1', 'a query'],
    ['https://api.mistral.ai/#frag', 'a fragment'],
  ])('refuses %s (%s) with a UsageError that quotes it and says what is expected', (url) => {
    let error: unknown
    try {
      checkVerifyBaseUrl(url)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toContain(`'${url}'`)
    expect((error as Error).message).toMatch(/Expected an https:\/\/ URL/)
  })

  test('refuses credentials in the URL and never echoes them', () => {
    const secret = 'hunter2-password'
    expect(() => checkVerifyBaseUrl(`https://user:${secret}@api.mistral.ai`)).toThrow(UsageError)
    try {
      checkVerifyBaseUrl(`https://user:${secret}@api.mistral.ai`)
    } catch (error) {
      expect((error as Error).message).not.toContain(secret)
      expect((error as Error).message).toContain('https://***@api.mistral.ai')
    }
  })
})

describe('verifyEndpoint', () => {
  test.each([
    ['https://api.mistral.ai', 'https://api.mistral.ai/v1/models'],
    ['https://api.mistral.ai/', 'https://api.mistral.ai/v1/models'],
    ['https://proxy.example.com/mistral/', 'https://proxy.example.com/mistral/v1/models'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1/models'],
  ])('%s → %s', (base, endpoint) => {
    expect(verifyEndpoint(checkVerifyBaseUrl(base)).href).toBe(endpoint)
  })
})
