// Everything the action tells people, from one report: annotations, the JSON and SARIF files, the job
// summary, a check run when there are more annotations than a step shows, the PR comment, the outputs.
// API steps and the summary are best effort (api-failure.ts); the verdict comes from the report alone.
import type { ClientType } from '../github/client.js'
import { renderMarkdownWithin } from '../report/markdown.js'
import type { Report } from '../report/report.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import { annotate, checkAnnotations, STEP_ANNOTATION_LIMIT } from './annotations.js'
import { bestEffort, type ApiRun } from './api-failure.js'
import { publishCheckRun } from './check-run.js'
import { commentBody } from './comment-body.js'
import type { EventPlan } from './event.js'
import { linksFor } from './links.js'
import type { ActionLog } from './log.js'
import { upsertPrComment } from './pr-comment.js'
import { writeReportFiles } from './report-files.js'
import type { SecretGuard } from './secret-guard.js'
import { judge, type Verdict } from './verdict.js'

/** GitHub's limit on one step's job summary. */
export const SUMMARY_LIMIT = 1024 * 1024

/** Gives the API client, built on the first call: octokit is only loaded when something is posted. */
export type ClientLoader = () => Promise<ClientType>

export interface Outlets {
  log: ActionLog
  /** null without a token: the API steps are skipped. */
  client: ClientLoader | null
  guard: SecretGuard
  writeSummary(markdown: string): Promise<void>
  setOutput(name: string, value: string): void
}

export async function publish(report: Report, settings: ActionSettings, plan: EventPlan, out: Outlets): Promise<Verdict> {
  const verdict = judge(report, settings.failOn)
  const links = linksFor(settings, plan)
  const { owner, repo } = settings.github

  if (settings.annotations) annotate(report, settings.failOn, out.log, out.guard)
  writeReportFiles(report, settings, links, out.guard)

  const summary = out.guard.check(renderMarkdownWithin(report, { heading: 'mistral-guard', links }, SUMMARY_LIMIT - 1024), 'the job summary')
  try {
    await out.writeSummary(summary)
  } catch (error) {
    // A summary file the runner cannot take is a reporting problem: it never changes the verdict.
    out.log.warning(`Could not write the job summary (${error instanceof Error ? error.message : String(error)}). The verdict is unchanged.`)
  }

  // One per run: once the API is out of reach, later steps are skipped rather than each waiting it out.
  const api: ApiRun = {}
  const moreThanShown = report.findings.length > STEP_ANNOTATION_LIMIT
  const loadClient = out.client
  if (settings.annotations && moreThanShown && loadClient) {
    await bestEffort('create a check run with every annotation', 'checks: write', out.log, async () => {
      const client = await loadClient()
      const text = `${report.findings.length} leaked keys; the job summary lists them all.`
      const id = await publishCheckRun(client, { owner, repo, name: settings.checkName, headSha: plan.checkSha }, checkAnnotations(report), {
        title: verdict.failed ? `Failed: ${verdict.reasons.join(', ')}` : `${report.findings.length} leaked keys`,
        text,
        conclusion: verdict.failed ? 'failure' : 'neutral',
      })
      out.log.info(`Check run ${id} carries all ${report.findings.length} annotations (a step shows ${STEP_ANNOTATION_LIMIT}).`)
    }, api)
  } else if (settings.annotations && moreThanShown) {
    out.log.notice(`${report.findings.length} leaked keys: a step shows ${STEP_ANNOTATION_LIMIT} annotations; the job summary lists them all.`)
  }

  if (settings.comment && plan.pullRequest && loadClient) {
    // Quiet when all is well: a comment is only started for something that needs a reviewer.
    const needed = report.findings.length > 0 || verdict.failed
    const ref = { owner, repo, issueNumber: plan.pullRequest.number }
    await bestEffort('update the pull request comment', 'pull-requests: write', out.log, async () => {
      const client = await loadClient()
      const outcome = await upsertPrComment(client, ref, needed, (previous) =>
        out.guard.check(commentBody(report, links, previous), 'the PR comment'),
      )
      out.log.info(`Pull request comment: ${outcome}.`)
    }, api)
  }

  out.setOutput('leaks', String(verdict.leaks))
  out.setOutput('failed-checks', String(verdict.failedChecks))
  out.setOutput('report', settings.reportFile)
  out.setOutput('sarif-file', settings.sarifFile ?? '')
  return verdict
}
