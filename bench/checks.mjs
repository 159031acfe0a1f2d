#!/usr/bin/env node
// Times the checklist, what the action runs beside every scan and a pre-commit hook runs on every commit, on two
// big checkouts:
//
//   bench      the 6,043-file checkout of the generated repository (`<repo>-diff` from history.mjs's diff
//              section, main checked out): Mistral-heavy, nine files in ten name `apiKey`.
//   real-code  this project's own node_modules committed as one repository (about 29,000 files, 220 MB of text
//              under 1 MB): real code that mostly names neither Mistral nor a key variable. Built on first use
//              beside the other bench repositories, from whatever `npm ci` installed; rebuilt when
//              package-lock.json changes.
//
// For each: the checklist alone (`scan --mode diff --base HEAD`: an empty diff), a pre-commit run
// (`scan --mode staged`, nothing staged), the same with `--no-checks`, and a key scan of the whole checkout
// (`scan --mode tree --no-checks`, what an audit or a first local run does: every file read). With
// `--against DIR` (another build's dist/), each command alternates between the two builds, round by round, so
// that a busy machine slows both alike.
//
//   node bench/checks.mjs [--runs 5] [--dist DIR] [--against DIR] [--only bench,real-code]
//
// Needs a built dist/ and GNU time for CPU time. Results go to bench/out/checks.json.
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { failWith, git, GIT_ENV } from './lib/git.mjs'
import { gnuTimeMissing, measure, median, seconds } from './lib/measure.mjs'

const fail = failWith('checks bench')

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(benchDir)
const work = path.join(tmpdir(), 'mistral-guard-bench')
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dist: { type: 'string', default: path.join(root, 'dist') },
    against: { type: 'string' },
    only: { type: 'string', default: 'bench,real-code' },
    'bench-repo': { type: 'string', default: path.join(work, 'repo-diff') },
    'real-code': { type: 'string', default: path.join(work, 'real-code') },
  },
})
const runs = Number(opts.runs)
const builds = [path.resolve(opts.dist), ...(opts.against ? [path.resolve(opts.against)] : [])]
for (const build of builds) {
  if (!existsSync(path.join(build, 'cli', 'index.js'))) fail(`no CLI at ${build}/cli/index.js: run \`npm run build\``)
}
if (gnuTimeMissing()) process.stderr.write('GNU time is missing: CPU times will read n/a (apt-get install -y time)\n')


/** node_modules committed as one repository, rebuilt when the lock file that installed it changes. */
function prepareRealCode() {
  const dir = opts['real-code']
  const modules = path.join(root, 'node_modules')
  if (!existsSync(modules)) fail('no node_modules: run `npm ci` first')
  const lock = createHash('sha256').update(readFileSync(path.join(root, 'package-lock.json'))).digest('hex')
  const stamp = path.join(dir, '.git', 'mistral-guard-bench-lock')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return dir
  // Only a directory this script made is ever deleted.
  if (existsSync(dir) && !existsSync(stamp)) fail(`${dir} exists and was not made by this script; pass --real-code`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  process.stdout.write(`building ${dir} from node_modules (once)…\n`)
  cpSync(modules, path.join(dir, 'nm'), { recursive: true, verbatimSymlinks: true })
  git(dir, ['init', '-q'])
  git(dir, ['add', '-A'])
  git(dir, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'node_modules'])
  writeFileSync(stamp, lock)
  return dir
}

function prepareBench() {
  const dir = opts['bench-repo']
  if (!existsSync(path.join(dir, '.git'))) fail(`no bench checkout at ${dir}: run \`node bench/history.mjs --only diff\` once`)
  return dir
}

const COMMANDS = [
  { label: 'checklist alone (scan --mode diff --base HEAD)', args: ['--mode', 'diff', '--base', 'HEAD'] },
  { label: 'pre-commit (scan --mode staged)', args: ['--mode', 'staged'] },
  { label: '… with --no-checks', args: ['--mode', 'staged', '--no-checks'] },
  { label: 'whole-tree key scan (scan --mode tree --no-checks)', args: ['--mode', 'tree', '--no-checks'] },
]

async function timeRepository(name, dir) {
  const files = git(dir, ['ls-files']).split('\n').filter(Boolean).length
  process.stdout.write(`\n${name}: ${dir} (${files} files); medians of ${runs}${builds.length > 1 ? ', builds alternating' : ''}\n`)
  const rows = []
  for (const command of COMMANDS) {
    const samples = builds.map(() => ({ wall: [], cpu: [] }))
    // One warm-up round, then the builds in turn, round after round.
    for (let round = 0; round <= runs; round++) {
      for (const [index, build] of builds.entries()) {
        const output = path.join(tmpdir(), `mistral-guard-checks-bench-${index}.json`)
        const args = [path.join(build, 'cli', 'index.js'), 'scan', ...command.args, '--format', 'json', '--output', output, '--fail-on', 'never']
        const result = await measure('node', args, { cwd: dir, env: GIT_ENV })
        if (result.code !== 0) fail(`${command.label} exited ${result.code}: ${result.stderr.trim()}`)
        if (round === 0) continue
        samples[index].wall.push(result.wallMs)
        if (result.userMs != null) samples[index].cpu.push(result.userMs + result.sysMs)
      }
    }
    for (const [index, build] of builds.entries()) {
      const wall = median(samples[index].wall)
      const cpu = samples[index].cpu.length > 0 ? median(samples[index].cpu) : null
      const who = builds.length > 1 ? ` [${path.relative(root, build) || build}]` : ''
      process.stdout.write(`  ${(command.label + who).padEnd(72)} ${seconds(wall).padStart(6)} s  ${cpu == null ? '   n/a' : seconds(cpu).padStart(6)} CPU-s\n`)
      rows.push({ command: command.label, build, wallMs: Math.round(wall), cpuMs: cpu == null ? null : Math.round(cpu) })
    }
  }
  return { dir, files, rows }
}

const results = { date: new Date().toISOString(), loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))), runs, repositories: {} }
const only = new Set(opts.only.split(','))
if (only.has('bench')) results.repositories.bench = await timeRepository('bench', prepareBench())
if (only.has('real-code')) results.repositories['real-code'] = await timeRepository('real-code', prepareRealCode())
mkdirSync(path.join(benchDir, 'out'), { recursive: true })
writeFileSync(path.join(benchDir, 'out', 'checks.json'), JSON.stringify(results, null, 2) + '\n')
process.stdout.write(`\nwrote ${path.join(benchDir, 'out', 'checks.json')}\n`)
