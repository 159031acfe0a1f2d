// Every format over every fixture report, compared byte for byte with __tests__/expected/report/.
import { renderMarkdown } from '../../src/report/markdown.js'
import { render, type Format, type RenderOptions } from '../../src/report/reporter.js'
import { expectGolden } from './golden.js'
import { LINKS, REPORTS } from './fixtures.js'

const EXTENSION: Record<Format, string> = { text: 'txt', json: 'json', sarif: 'sarif', markdown: 'md' }

/** Links where a reviewer would have them (a PR), none where a CLI user would not. */
const OPTIONS: Record<string, RenderOptions> = {
  empty: { toolVersion: '0.1.0' },
  tree: { toolVersion: '0.1.0' },
  diff: { toolVersion: '0.1.0', links: LINKS },
  history: { toolVersion: '0.1.0', links: LINKS },
  checks: { toolVersion: '0.1.0' },
  fixed: { toolVersion: '0.1.0', links: LINKS },
  'odd-names': { toolVersion: '0.1.0', links: LINKS },
}

describe('golden files', () => {
  for (const [name, report] of Object.entries(REPORTS)) {
    for (const format of Object.keys(EXTENSION) as Format[]) {
      test(`${name} as ${format}`, () => {
        expectGolden(`${name}.${EXTENSION[format]}`, render(report, format, OPTIONS[name]))
      })
    }
  }

  test('history as coloured text', () => {
    expectGolden('history.color.txt', render(REPORTS.history!, 'text', { ...OPTIONS.history, color: true }))
  })

  test('history as a PR comment: marker first, findings capped', () => {
    const comment = renderMarkdown(REPORTS.history!, {
      ...OPTIONS.history,
      marker: '<!-- mistral-guard -->',
      heading: 'mistral-guard: leaked keys and checklist',
      maxFindings: 2,
      maxLocations: 2,
    })
    expectGolden('history.comment.md', comment)
  })

  test('a fixed PR as a comment', () => {
    expectGolden('fixed.comment.md', renderMarkdown(REPORTS.fixed!, { ...OPTIONS.fixed, marker: '<!-- mistral-guard -->' }))
  })
})
