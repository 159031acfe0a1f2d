// The PR comment's text: the markdown report under a hidden marker, plus a line that says "fixed" once
// earlier runs reported keys and this one finds none (and keeps saying so while the PR stays clean).
import { COMMENT_LIMIT, renderMarkdownWithin } from '../report/markdown.js'
import type { RenderLinks } from '../report/reporter.js'
import type { Report } from '../report/report.js'
import { COMMENT_MARKER, previouslyReported, stateLine } from './pr-comment.js'

export function commentBody(report: Report, links: RenderLinks, previous: string | null): string {
  const leaks = report.findings.length
  const before = previous ? previouslyReported(previous) : 0
  const head = [COMMENT_MARKER, stateLine(Math.max(before, leaks)), '## mistral-guard', '']
  if (before > 0 && leaks === 0) {
    head.push(`✅ **Fixed:** the ${before === 1 ? 'leaked key reported earlier is' : `${before} leaked keys reported earlier are`} no longer added by this pull request (as of ${links.ref.slice(0, 7)}). If ${before === 1 ? 'it was' : 'they were'} ever pushed, still rotate and revoke ${before === 1 ? 'it' : 'them'}.`, '')
  }
  const prefix = `${head.join('\n')}\n`
  const footer = `\n<sub>Updated for ${links.ref.slice(0, 7)}; this comment is edited in place on every run.</sub>\n`
  return prefix + renderMarkdownWithin(report, { heading: '', links }, COMMENT_LIMIT - prefix.length - footer.length) + footer
}
