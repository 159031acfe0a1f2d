// Every output goes through one interface, as gitleaks' report.Reporter: a reporter turns a Report into
// a string, with no I/O and no clock, so the same Report always renders the same bytes. The Report is
// already redacted when it gets here: reporters never see a key.
import { jsonReporter } from './json.js'
import { markdownReporter } from './markdown.js'
import type { Report } from './report.js'
import { sarifReporter } from './sarif.js'
import { textReporter } from './text.js'

export type Format = 'text' | 'json' | 'sarif' | 'markdown'

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown']

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}

export interface RenderLinks {
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string
  /** owner/name. */
  repository: string
  /** The commit sha that blob links point at (the PR head). */
  ref: string
}

export interface RenderOptions {
  /** ANSI colour in the text format; set it only when writing to a TTY. */
  color?: boolean
  /** When given, markdown links each location to its line on the server, and SARIF names the revision. */
  links?: RenderLinks
  /** Shown in headers and as the SARIF driver version. */
  toolVersion?: string
}

export interface Reporter {
  render(report: Report, options: RenderOptions): string
}

const REPORTERS: Record<Format, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
}

export function render(report: Report, format: Format, options: RenderOptions = {}): string {
  const reporter = REPORTERS[format]
  if (!reporter) throw new Error(`Unknown report format '${String(format)}'. Expected one of: ${FORMATS.join(', ')}.`)
  return reporter.render(report, options)
}
