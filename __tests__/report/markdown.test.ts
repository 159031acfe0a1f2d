import { mdCode, mdMessage, mdText } from '../../src/report/markdown-escape.js'
import { COMMENT_LIMIT, renderMarkdown, renderMarkdownWithin } from '../../src/report/markdown.js'
import { CHECKS_EVERY_STATUS, LINKS, REPORTS, finding, report, shaOf } from './fixtures.js'

/** GFM's cell split: a pipe ends a cell unless backslash-escaped (code spans included). */
function cells(row: string): string[] {
  const out: string[] = []
  let cell = ''
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!
    if (char === '\\' && i + 1 < row.length) {
      cell += char + row[i + 1]
      i++
    } else if (char === '|') {
      out.push(cell)
      cell = ''
    } else cell += char
  }
  out.push(cell)
  return out.slice(1, -1)
}

/** Every table row has as many cells as its header. */
function expectWellFormedTables(markdown: string): void {
  let width = 0
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = 0
      continue
    }
    if (width === 0) width = cells(line).length
    expect([line, cells(line).length]).toEqual([line, width])
  }
}

describe('markdown reporter', () => {
  test('puts the marker first, then the heading and the status line', () => {
    const lines = renderMarkdown(REPORTS.history!, { marker: '<!-- mistral-guard -->' }).split('\n')
    expect(lines[0]).toBe('<!-- mistral-guard -->')
    expect(lines[1]).toBe('## mistral-guard')
    expect(lines[3]).toBe('❌ **3 leaked Mistral keys**, **1 verified live** · 3 checks failed · 2 warnings')
  })

  test('says plainly when nothing is wrong: the "fixed" message', () => {
    for (const name of ['empty', 'fixed']) {
      expect(renderMarkdown(REPORTS[name]!)).toContain('✅ **No leaked Mistral keys and no failing checks.** Nothing blocks this change.')
    }
    const warnOnly = report({ checks: [CHECKS_EVERY_STATUS[3]!] })
    expect(renderMarkdown(warnOnly)).toContain('✅ **No leaked Mistral keys and no failing checks.** Nothing blocks this change (1 warning below).')
  })

  test('failing checks without leaks are not a pass', () => {
    expect(renderMarkdown(REPORTS.checks!)).toContain('❌ No leaked Mistral keys, but **2 checks failed · 2 warnings**')
  })

  test('lists each leaked key with its line link, rule, redacted key, commit and verdict', () => {
    const md = renderMarkdown(REPORTS.diff!, { links: LINKS })
    const row = md.split('\n').find((line) => line.includes('deploy/values.yaml'))!
    expect(cells(row).map((c) => c.trim())).toEqual([
      `[\`deploy/values.yaml:40\`](https://github.com/acme/rocket/blob/${LINKS.ref}/deploy/values.yaml#L40)`,
      '`mistral-api-key`',
      '`Mn0p…(32)`',
      `[\`${shaOf('diff-2').slice(0, 7)}\`](https://github.com/acme/rocket/commit/${shaOf('diff-2')}) · Ada Tester · 2024-05-07`,
      '🔴 **LIVE (verified)**',
    ])
  })

  test('without links, locations are plain code', () => {
    const md = renderMarkdown(REPORTS.tree!)
    expect(md).toContain('| `src/client.ts:14` |')
    expect(md).not.toContain('/blob/')
    expect(md).not.toContain('/commit/')
  })

  test('shows every verdict', () => {
    const verdicts = ['skipped', 'verified', 'invalid', 'unknown'] as const
    const md = renderMarkdown(report({ findings: verdicts.map((verification, i) => finding({ file: `f${i}.ts`, line: 1, verification })) }))
    for (const label of ['not verified', 'LIVE (verified)', 'invalid (rejected by Mistral)', 'unknown (could not verify)']) expect(md).toContain(label)
  })

  test('says what to do: rotate in the console, revoke, filter-repo, baseline only for rotated keys', () => {
    const md = renderMarkdown(REPORTS.tree!)
    expect(md).toContain('### What to do')
    expect(md).toContain('https://console.mistral.ai/api-keys')
    expect(md).toMatch(/\*\*Revoke\*\*/)
    expect(md).toContain('git filter-repo')
    expect(md).toMatch(/baseline.*only for keys that are rotated and revoked/)
    expect(renderMarkdown(REPORTS.checks!)).not.toContain('### What to do')
  })

  test('the checklist table has a row for every status', () => {
    const md = renderMarkdown(REPORTS.checks!)
    for (const icon of ['❌ fail', '⚠️ warn', '📝 manual', '✅ pass', '⏭️ skip']) expect(md).toContain(`| ${icon} |`)
  })

  test('caps the findings table and counts the rest', () => {
    const md = renderMarkdown(REPORTS['odd-names']!, { maxFindings: 3 })
    expect(md.split('\n').filter((line) => line.includes('`mistral-api-key`'))).toHaveLength(3)
    expect(md).toContain('…and 5 more leaked keys not shown here')
  })

  test('renderMarkdownWithin fits a huge report in a GitHub comment, listing as many keys as fit', () => {
    const findings = Array.from({ length: 3000 }, (_, i) => finding({ file: `src/generated/module-${i}/client.ts`, line: i + 1, commit: shaOf(`c${i}`), author: 'Ada Tester', date: '2024-01-01T00:00:00Z' }))
    const checks = [{ ...CHECKS_EVERY_STATUS[2]!, locations: Array.from({ length: 500 }, (_, i) => ({ file: `secrets/k${i}.pem`, line: 1 })) }]
    const big = report({ mode: 'history', findings, checks })
    const md = renderMarkdownWithin(big, { links: LINKS, marker: '<!-- mistral-guard -->' })
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const shown = md.split('\n').filter((line) => line.includes('`mistral-api-key`')).length
    expect(shown).toBeGreaterThan(50)
    expect(md).toContain(`…and ${3000 - shown} more leaked keys`)
    expect(md).toContain('and 490 more')
    expect(md.startsWith('<!-- mistral-guard -->\n')).toBe(true)
    // One more row would not have fitted.
    expect(renderMarkdown(big, { links: LINKS, marker: '<!-- mistral-guard -->', maxFindings: shown + 1, maxLocations: 10 }).length).toBeGreaterThan(COMMENT_LIMIT)
  })

  test('renderMarkdownWithin leaves a report that fits as it is', () => {
    expect(renderMarkdownWithin(REPORTS.history!)).toBe(renderMarkdown(REPORTS.history!))
    const manyLocations = report({ checks: [{ ...CHECKS_EVERY_STATUS[2]!, locations: Array.from({ length: 40 }, (_, i) => ({ file: `k${i}.pem`, line: 1 })) }] })
    expect(renderMarkdownWithin(manyLocations)).not.toContain('more')
  })

  test('odd names and hostile messages cannot break tables, inject HTML, links or mentions', () => {
    const md = renderMarkdown(REPORTS['odd-names']!, { links: LINKS })
    expectWellFormedTables(md)
    expectWellFormedTables(renderMarkdown(REPORTS.history!, { links: LINKS }))
    // Outside code spans, the only raw tags are the ones we write.
    const outsideCode = md.replace(/(`+)[\s\S]*?\1/g, '')
    expect(outsideCode.replace(/<\/?(br|sub)>/g, '')).not.toMatch(/(^|[^\\])</)
    expect(md).toContain('@\u200Boctocat')
    expect(md).toContain('@\u200Bbuilder')
    expect(md).not.toMatch(/[\x00-\x09\x0b-\x1f\u202e]/)
    // Links percent-encode each path segment.
    expect(md).toContain('/blob/' + LINKS.ref + '/dir%20with%20space/my%20key.env#L1')
    expect(md).toContain('/quote%22s/it%27s.ts#L2')
    expect(md).toContain('/new%0Aline.txt#L3')
    expect(md).toContain('/%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E6%97%A5%E6%9C%AC%E8%AA%9E.py#L4')
    expect(md).toContain('%28http%3A//e.com%29')
  })
})

describe('markdown escaping', () => {
  test('mdText escapes markup, keeps line breaks as <br>, shows control characters', () => {
    expect(mdText('a|b <i>x</i> *y* _z_ [l](u) $m$ ~s~ & \\')).toBe('a\\|b \\<i\\>x\\</i\\> \\*y\\* \\_z\\_ \\[l\\](u) \\$m\\$ \\~s\\~ \\& \\\\')
    expect(mdText('one\ntwo\r\nthree')).toBe('one<br>two<br>three')
    expect(mdText('# title')).toBe('\\# title')
    expect(mdText('1. item')).toBe('1\\. item')
    expect(mdText('version 0.1.0 on 2024-01-02')).toBe('version 0.1.0 on 2024-01-02')
    expect(mdText('bell\x07 esc\x1b')).toBe('bell\\\\a esc\\\\x1b')
    expect(mdText('ping @team, mail a@b.c')).toBe('ping @\u200Bteam, mail a@\u200Bb.c')
  })

  test('mdCode fences backticks with a longer run and escapes pipes', () => {
    expect(mdCode('plain')).toBe('`plain`')
    expect(mdCode('a`b')).toBe('``a`b``')
    expect(mdCode('`edge`')).toBe('`` `edge` ``')
    expect(mdCode('a|b')).toBe('`a\\|b`')
    expect(mdCode('new\nline')).toBe('`new\\nline`')
  })

  test('mdMessage keeps code spans of check messages as code', () => {
    expect(mdMessage('Add these lines to .gitignore: `.env`, `*.pem`\nthen <commit>')).toBe(
      'Add these lines to .gitignore: `.env`, `*.pem`<br>then \\<commit\\>',
    )
    expect(mdMessage('unbalanced ` tick')).toBe('unbalanced \\` tick')
  })
})
