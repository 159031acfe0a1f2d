// `mistral-guard plan`: the planning steps of a scan that GitHub Actions fans out.
//   plan repos   an organization's repositories -> matrix batches (≤ 256 jobs each)
//   plan ranges  one repository's history -> N commit ranges that together cover every commit once
//   plan gather  the JSON reports the jobs uploaded -> one organization summary (markdown + JSON)
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../config/config-error.js'
import { openRepository } from '../git/revisions.js'
import { createClient, type ClientType } from '../github/client.js'
import { gather, mergeReports, type OrgSummary } from '../plan/gather.js'
import { writeGitHubOutputs } from '../plan/github-output.js'
import { MATRIX_LIMIT } from '../plan/matrix.js'
import { readPlanFile } from '../plan/plan-file.js'
import { planOrgRepos } from '../plan/plan-repos.js'
import { planRanges, type RangeStyle } from '../plan/ranges.js'
import { readReports } from '../plan/read-reports.js'
import { VISIBILITIES, type Visibility } from '../plan/select-repos.js'
import { renderSummaryMarkdown } from '../plan/summary-markdown.js'
import { VERSION } from './dispatch.js'
import type { CliIO, Command } from './io.js'

const USAGE = `Usage: mistral-guard plan <repos|ranges|gather> [options]

  plan repos --org ORG [--topic T]... [--include-archived] [--include-forks]
             [--visibility all|public|private|internal] [--max-parallel N] [--batch-size 256]
             [--batch I] [--max-batches N] [--github-output]
      Lists ORG's repositories (GITHUB_TOKEN, GITHUB_API_URL) and prints matrix batches:
      {"count":…,"maxParallel":…,"batches":[{"include":[{"repository":"org/name",…}]},…]}.
      --topic keeps repositories with any of the topics; archived repositories and forks are left out
      unless asked for; --batch I prints batch I's matrix alone; --max-parallel is the total across batches.

  plan ranges [--repo DIR] --jobs N [--by auto|dates|revisions] [--github-output]
      Splits every commit reachable from every ref into N ranges of similar size, each given as
      --since/--until (dates) or as revisions (tips and ^boundary parents) for 'scan --mode history'.

  plan gather --input DIR [--plan FILE] [--markdown FILE] [--json FILE] [--sarif FILE]
              [--fail-on leak|error|verified|never]
      Merges the JSON reports under DIR (a mistral-guard-meta.json beside each names its repository
      and range) into one summary: leaks per repository without duplicates (same fingerprint and commit),
      checklist failures per repository. Markdown goes to stdout unless --markdown is given. --plan names
      what was planned, so missing reports are listed; --sarif writes one SARIF log for the ranges of one
      repository.

  --github-output  also write the results as step outputs to the file GITHUB_OUTPUT names.
`

export interface PlanDeps {
  /** Builds the API client; tests pass one whose retries do not sleep. */
  client(io: CliIO): ClientType
}

export const defaultDeps: PlanDeps = {
  client(io) {
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || ''
    if (!token) {
      throw new UsageError('plan repos needs a token in GITHUB_TOKEN (or GH_TOKEN) that can read the organization.')
    }
    return createClient({
      token,
      baseUrl: (io.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      log: { debug: () => undefined, warning: (message) => io.stderr.write(`mistral-guard: ${message}\n`) },
    })
  },
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new UsageError(`plan ${command}: ${(error as Error).message}. Run 'mistral-guard plan --help'.`)
  }
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value)) throw new UsageError(`Invalid ${flag} '${value}'. Expected a whole number.`)
  return Number(value)
}

function choice<T extends string>(value: string | undefined, flag: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError(`Invalid ${flag} '${value}'. Expected one of ${choices.join(', ')}.`)
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

async function reposCommand(argv: string[], io: CliIO, deps: PlanDeps): Promise<number> {
  const values = parse(
    argv,
    {
      org: { type: 'string' },
      topic: { type: 'string', multiple: true },
      'include-archived': { type: 'boolean' },
      'include-forks': { type: 'boolean' },
      visibility: { type: 'string' },
      'max-parallel': { type: 'string' },
      'batch-size': { type: 'string' },
      batch: { type: 'string' },
      'max-batches': { type: 'string' },
      'github-output': { type: 'boolean' },
    },
    'repos',
  )
  if (!values.org) throw new UsageError('plan repos: --org is required (the organization whose repositories to scan).')
  const topics = (values.topic ?? []).flatMap((t) => t.split(/[\s,]+/)).filter((t) => t !== '')
  const maxBatches =
    values['max-batches'] === undefined ? undefined : wholeNumber(values['max-batches'], '--max-batches', 1)
  const plan = await planOrgRepos(deps.client(io), {
    org: values.org,
    topics,
    includeArchived: values['include-archived'] ?? false,
    includeForks: values['include-forks'] ?? false,
    visibility: choice<Visibility>(values.visibility, '--visibility', VISIBILITIES, 'all'),
    maxParallel: wholeNumber(values['max-parallel'], '--max-parallel', 20),
    batchSize: wholeNumber(values['batch-size'], '--batch-size', MATRIX_LIMIT),
    maxBatches,
  })
  const left = Object.entries(plan.excluded)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => `${n} ${why}`)
  io.stderr.write(
    `mistral-guard: ${plan.org}: ${plan.count} repositories to scan` +
      `${left.length > 0 ? ` (left out: ${left.join(', ')})` : ''}; ` +
      `${plan.batches.length} batch(es) of at most ${plan.batchSize}, max-parallel ${plan.maxParallel} each.\n`,
  )
  if (values['github-output']) {
    await writeGitHubOutputs(io.env, {
      count: plan.count,
      'batch-count': plan.batches.length,
      'max-parallel': plan.maxParallel,
      batches: JSON.stringify(plan.batches),
      plan: JSON.stringify(plan),
    })
  }
  if (values.batch !== undefined) {
    const index = wholeNumber(values.batch, '--batch', 0)
    io.stdout.write(json(plan.batches[index] ?? { include: [] }))
  } else {
    io.stdout.write(json(plan))
  }
  return 0
}

async function rangesCommand(argv: string[], io: CliIO): Promise<number> {
  const values = parse(
    argv,
    {
      repo: { type: 'string' },
      jobs: { type: 'string' },
      by: { type: 'string' },
      'github-output': { type: 'boolean' },
    },
    'ranges',
  )
  if (values.jobs === undefined) {
    throw new UsageError('plan ranges: --jobs is required (how many matrix jobs share the history).')
  }
  const jobs = wholeNumber(values.jobs, '--jobs', 1)
  if (jobs < 1 || jobs > MATRIX_LIMIT) {
    throw new UsageError(`Invalid --jobs '${values.jobs}'. Expected 1 to ${MATRIX_LIMIT}.`)
  }
  const style = choice<RangeStyle | 'auto'>(values.by, '--by', ['auto', 'dates', 'revisions'], 'auto')
  const repo = await openRepository(path.resolve(io.cwd, values.repo ?? '.'))
  const plan = await planRanges(repo.root, { jobs, style })
  const include = plan.ranges.map((r) => ({
    index: r.index,
    commits: r.commits,
    since: r.since ?? '',
    until: r.until ?? '',
    revisions: (r.revisions ?? []).join(' '),
  }))
  const out = { commits: plan.commits, style: plan.style, reason: plan.reason, count: include.length, include }
  io.stderr.write(
    `mistral-guard: ${plan.commits} commits in ${include.length} range(s) by ${plan.style} (${plan.reason}).\n`,
  )
  if (values['github-output']) {
    await writeGitHubOutputs(io.env, {
      count: include.length,
      style: plan.style,
      matrix: JSON.stringify({ include }),
      plan: JSON.stringify(out),
    })
  }
  io.stdout.write(json(out))
  return 0
}

const FAIL_ON = ['leak', 'error', 'verified', 'never'] as const

function failed(summary: OrgSummary, failOn: (typeof FAIL_ON)[number]): boolean {
  const t = summary.totals
  if (failOn === 'never') return false
  if (failOn === 'verified') return t.verified > 0
  if (failOn === 'leak') return t.leaks > 0
  return t.leaks > 0 || t.checkFailures > 0
}

/** One SARIF log for the range reports of one repository, so code scanning gets a single upload. */
async function mergedSarif(read: Awaited<ReturnType<typeof readReports>>): Promise<string> {
  const repositories = new Set(read.reports.map((l) => l.repository))
  if (repositories.size > 1) {
    throw new UsageError(
      '--sarif merges the reports of one repository (the ranges of one history); ' +
        `found ${repositories.size} repositories.`,
    )
  }
  const { render } = await import('../report/reporter.js')
  return render(mergeReports(read.reports).report, 'sarif', { toolVersion: VERSION })
}

async function gatherCommand(argv: string[], io: CliIO): Promise<number> {
  const values = parse(
    argv,
    {
      input: { type: 'string' },
      plan: { type: 'string' },
      markdown: { type: 'string' },
      json: { type: 'string' },
      sarif: { type: 'string' },
      'fail-on': { type: 'string' },
    },
    'gather',
  )
  if (!values.input) {
    throw new UsageError('plan gather: --input is required (the folder holding the downloaded reports).')
  }
  const failOn = choice(values['fail-on'], '--fail-on', FAIL_ON, 'never')
  const at = (file: string) => path.resolve(io.cwd, file)
  const expected = values.plan ? await readPlanFile(at(values.plan)) : {}
  const read = await readReports(at(values.input))
  const summary = gather(read, expected)
  const markdown = renderSummaryMarkdown(summary)
  if (values.json) await writeFile(at(values.json), json(summary))
  if (values.sarif) await writeFile(at(values.sarif), await mergedSarif(read))
  if (values.markdown) await writeFile(at(values.markdown), markdown)
  else io.stdout.write(markdown)
  const t = summary.totals
  io.stderr.write(
    `mistral-guard: ${read.reports.length} report(s), ${t.repositories} repositories: ${t.leaks} leak(s) in ` +
      `${t.withLeaks}, ${t.checkFailures} checklist failure(s) in ${t.withCheckFailures}` +
      `${t.duplicates > 0 ? `, ${t.duplicates} duplicate(s) merged` : ''}` +
      `${summary.missing.length > 0 ? `, ${summary.missing.length} missing` : ''}` +
      `${read.unreadable.length > 0 ? `, ${read.unreadable.length} unreadable` : ''}.\n`,
  )
  return failed(summary, failOn) ? 1 : 0
}

export async function runPlan(argv: string[], io: CliIO, deps: PlanDeps = defaultDeps): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(USAGE)
    return sub === undefined ? 2 : 0
  }
  if (sub === 'repos') return reposCommand(rest, io, deps)
  if (sub === 'ranges') return rangesCommand(rest, io)
  if (sub === 'gather') return gatherCommand(rest, io)
  throw new UsageError(`plan: unknown subcommand '${sub}'. Expected repos, ranges or gather.`)
}

export const planCommand: Command = (argv, io) => runPlan(argv, io)
