#!/usr/bin/env node
// Times mistral-guard against the git commands it competes with, on the same repository in the same run:
//
//   history  `scan --mode history` vs `git log -p --all --full-history`, `git cat-file --batch-all-objects
//            --batch` (also with --unordered) and `git log --raw --all`; wall and CPU time, ratios, MB/s of
//            unique blob bytes, the scanner's peak RSS, and recall: every planted key at the commit that added it.
//   diff     `scan --mode diff` on a 2,000-file change vs the git work it needs (`git diff --patch-with-raw -U0`
//            plus reading the changed blobs) and plain `git diff`.
//   cold     the action (`node dist/index.js`) on a push with nothing to scan (before == after) vs `node -e ''`.
//   flat     the scanner's peak RSS on a history 10× shorter (built if missing): it should not grow with history.
//
//   node bench/make-repo.mjs                      # once: builds $TMPDIR/mistral-guard-bench/repo (~30k commits)
//   node bench/history.mjs [--only history,diff,cold,flat] [--runs 3] [--repo DIR] [--planted FILE] [--profile]
//                          [--dist DIR]   (a build other than ./dist, e.g. one made with `ncc build -o DIR`)
//
// Needs a built dist/ (`npm run build`) and GNU time for RSS (`sudo apt-get install -y time`). Results go to
// bench/out/results.json and bench/out/results.md; keys are never printed (the report holds redacted forms only).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { failWith, git, GIT_ENV } from './lib/git.mjs'
import { gnuTimeMissing, measure, measureRuns, mb, medianBy, seconds, summarizeRuns } from './lib/measure.mjs'
import { prng, randomTools, makeKey, redact } from './lib/random.mjs'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.dirname(benchDir)
const outDir = path.join(benchDir, 'out')
const work = path.join(tmpdir(), 'mistral-guard-bench')
const { values: opts } = parseArgs({
  options: {
    repo: { type: 'string', default: path.join(work, 'repo') },
    planted: { type: 'string' },
    only: { type: 'string', default: 'history,diff,cold,flat' },
    runs: { type: 'string', default: '1' },
    'cold-runs': { type: 'string', default: '15' },
    'short-repo': { type: 'string' },
    profile: { type: 'boolean', default: false },
    dist: { type: 'string', default: path.join(root, 'dist') },
    help: { type: 'boolean', default: false },
  },
})
if (opts.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//'))).join('\n') + '\n')
  process.exit(0)
}
const sections = new Set(opts.only.split(','))
const runs = Math.max(1, Number(opts.runs))
const repo = path.resolve(opts.repo)
const defaultRepo = path.resolve(work, 'repo')
const plantedFile = path.resolve(
  opts.planted ?? path.join(outDir, repo === defaultRepo ? 'planted.json' : `${path.basename(repo)}-planted.json`),
)
const cli = path.join(path.resolve(opts.dist), 'cli', 'index.js')
const action = path.join(path.resolve(opts.dist), 'index.js')
mkdirSync(outDir, { recursive: true })

const fail = failWith('bench')
if (!existsSync(cli) || !existsSync(action)) fail(`no built dist/ (${cli}); run \`npm run build\` first`)
const timeNote = gnuTimeMissing()
if (timeNote) process.stderr.write(`bench: ${timeNote}\n`)

const ratio = (a, b) => (a / b).toFixed(2)
const rssMb = (kb) => (kb == null ? 'n/a' : (kb / 1024).toFixed(0))
const cpu = (r) => (r.userMs == null ? 'n/a' : seconds(r.userMs + r.sysMs))
const line = (cells, widths) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join('  ')

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: loadavg().map((n) => n.toFixed(2)),
    node: process.version,
    git: git(root, ['--version']).trim(),
  },
}
const md = []
process.stdout.write(
  `machine: ${results.machine.cpus} × ${results.machine.cpu}, load ${results.machine.loadAverageAtStart.join(' ')}, ` +
    `${results.machine.node}, ${results.machine.git}\n`,
)

function table(title, rows) {
  process.stdout.write(`\n${title}\n`)
  const widths = [44, 9, 9, 9, 10, 9]
  process.stdout.write(line(['command', 'wall s', 'cpu s', 'RSS MB', 'MB/s', 'ratio'], widths) + '\n')
  for (const row of rows) process.stdout.write(line(row, widths) + '\n')
  md.push(`#### ${title}`, '', '| command | wall s | cpu s | peak RSS MB | MB/s | ratio |', '| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) md.push(`| ${row.map((c, i) => (i === 0 ? `\`${c}\`` : c)).join(' | ')} |`)
  md.push('')
}

async function checked(label, promise) {
  const r = await promise
  if (r.code !== 0) fail(`${label} exited ${r.code}: ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`)
  return r
}

// ------------------------------------------------------------------------------------------------ history
/** node's own peak, its git helpers' peaks (all RSS, and anonymous only), and the whole tree's peak. */
function memoryLine(x) {
  if (!x.tree) return `peak RSS ${rssMb(x.maxRssKb)} MB (GNU time: largest process of the tree)`
  const t = x.tree
  return (
    `node ${rssMb(t.nodeHwmKb)} MB peak RSS; largest git helper ${rssMb(t.helperHwmKb)} MB RSS ` +
    `(${rssMb(t.helperAnonKb)} MB anonymous, the rest its mapped pack); whole tree ${rssMb(t.treeRssKb)} MB ` +
    `(${rssMb(t.treeAnonKb)} MB anonymous)`
  )
}

function repoFacts(dir) {
  const listing = git(dir, ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)', '--unordered'])
  let blobs = 0
  let blobBytes = 0
  for (const row of listing.split('\n')) {
    if (!row.startsWith('blob ')) continue
    blobs++
    blobBytes += Number(row.slice(5))
  }
  const commits = Number(git(dir, ['rev-list', '--all', '--count']).trim())
  const packKb = Number(/size-pack: (\d+)/.exec(git(dir, ['count-objects', '-v']))[1])
  return { commits, blobs, blobBytes, packBytes: packKb * 1024 }
}

function scanArgs(dir, output, extra = []) {
  return [cli, 'scan', '--repo', dir, '--mode', 'history', '--format', 'json', '--output', output, '--fail-on', 'never', ...extra]
}

/** Every planted key must be reported at the commit that added it (matched on file, commit and redacted form). */
function recall(report, planted) {
  const rows = []
  let found = 0
  const matched = new Set()
  for (const p of planted.keys) {
    const hit = report.findings.find((f) => f.file === p.file && f.redacted === p.redacted && f.commit === p.commit)
    const elsewhere = hit ? null : report.findings.find((f) => f.redacted === p.redacted)
    if (hit) {
      found++
      matched.add(hit)
    }
    const status = hit
      ? `found${hit.line === p.line ? '' : ` (line ${hit.line}, planted ${p.line})`}${hit.inHead === p.inHead ? '' : ` (inHead ${hit.inHead}, expected ${p.inHead})`}`
      : elsewhere
        ? `MISSED at its commit; reported at ${elsewhere.file}:${elsewhere.line} ${String(elsewhere.commit).slice(0, 12)}`
        : 'MISSED'
    rows.push({ id: p.id, redacted: p.redacted, where: `${p.file}:${p.line}`, commit: p.commit.slice(0, 12), status })
  }
  const extra = report.findings.filter((f) => !matched.has(f))
  return { found, total: planted.keys.length, rows, extra: extra.map((f) => `${f.file}:${f.line} ${String(f.commit).slice(0, 12)} ${f.redacted}`) }
}

async function historySection() {
  if (!existsSync(repo)) fail(`no repository at ${repo}; build it with \`node bench/make-repo.mjs\``)
  if (!existsSync(plantedFile)) fail(`no planted keys at ${plantedFile}; rebuild with make-repo.mjs`)
  const planted = JSON.parse(readFileSync(plantedFile, 'utf8'))
  const facts = repoFacts(repo)
  process.stdout.write(
    `\nrepository ${repo}: ${facts.commits} commits, ${facts.blobs} unique blobs (${mb(facts.blobBytes)} MB), pack ${mb(facts.packBytes)} MB\n`,
  )
  const report = path.join(outDir, 'history-report.json')
  // Warm the page cache so that whichever runs first is not charged for disk reads.
  await measure('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], { cwd: repo, env: GIT_ENV })
  const cmds = {
    scan: ['node', scanArgs(repo, report)],
    logP: ['git', ['log', '-p', '--all', '--full-history']],
    catFile: ['git', ['cat-file', '--batch-all-objects', '--batch']],
    catFileUnordered: ['git', ['cat-file', '--batch-all-objects', '--batch', '--unordered']],
    logRaw: ['git', ['log', '--raw', '--all']],
  }
  const m = {}
  for (let i = 0; i < runs; i++) {
    // Interleaved, so load from others on a shared machine hits every command alike.
    for (const [name, [cmd, args]] of Object.entries(cmds)) {
      const r = await checked(name, measure(cmd, args, { cwd: repo, env: GIT_ENV, tree: name === 'scan' }))
      ;(m[name] ??= []).push(r)
    }
  }
  const r = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, summarizeRuns(v)]))
  const rate = (x) => (facts.blobBytes / 1048576 / (x.wallMs / 1000)).toFixed(0)
  const row = (label, x, base) => [label, seconds(x.wallMs), cpu(x), rssMb(x.maxRssKb), rate(x), base ? ratio(x.wallMs, base.wallMs) : '']
  table(`history (${facts.commits} commits, ${mb(facts.blobBytes)} MB of unique blobs; ratio vs git log -p; median of ${runs})`, [
    row('mistral-guard scan --mode history', r.scan, r.logP),
    row('git log -p --all --full-history', r.logP, r.logP),
    row('git cat-file --batch-all-objects --batch', r.catFile, r.logP),
    row('  … --unordered', r.catFileUnordered, r.logP),
    row('git log --raw --all', r.logRaw, r.logP),
  ])
  // On a shared machine the fastest run of each is the least disturbed one; CPU time is steadier still.
  const fastest = r.scan.minWallMs / r.logP.minWallMs
  const cpuRatio = r.scan.userMs == null ? null : (r.scan.userMs + r.scan.sysMs) / (r.logP.userMs + r.logP.sysMs)
  const steadier = `fastest runs ${seconds(r.scan.minWallMs)} s vs ${seconds(r.logP.minWallMs)} s: ${fastest.toFixed(2)}×; CPU ${cpuRatio == null ? 'n/a' : `${cpuRatio.toFixed(2)}×`}`
  process.stdout.write(`scan vs git log -p: median ${ratioLogPText()}; ${steadier}\n`)
  md.push(`Scan vs \`git log -p\`: median ${ratioLogPText()}; ${steadier}.`, '')
  function ratioLogPText() {
    return `${(r.scan.wallMs / r.logP.wallMs).toFixed(2)}×`
  }
  const mem = memoryLine(r.scan)
  process.stdout.write(`scanner memory: ${mem}\n`)
  md.push(`Scanner memory: ${mem}.`, '')
  const scanned = JSON.parse(readFileSync(report, 'utf8'))
  const rec = recall(scanned, planted)
  process.stdout.write(`recall: ${rec.found}/${rec.total} planted keys at the commit that added them\n`)
  for (const row of rec.rows) process.stdout.write(`  ${row.id.padEnd(20)} ${row.redacted}  ${row.where}  ${row.commit}  ${row.status}\n`)
  process.stdout.write(`other findings: ${rec.extra.length}${rec.extra.length ? ` (e.g. ${rec.extra.slice(0, 5).join('; ')})` : ''}\n`)
  md.push(`Recall: **${rec.found}/${rec.total}** planted keys reported at the commit that added them; ${rec.extra.length} other findings.`, '')
  const ratioLogP = r.scan.wallMs / r.logP.wallMs
  const nodePeakKb = r.scan.tree?.nodeHwmKb || r.scan.maxRssKb
  const rssOk = nodePeakKb != null && nodePeakKb <= 200 * 1024
  results.history = {
    repo: { path: repo, ...facts },
    runs,
    commands: Object.fromEntries(Object.entries(r).map(([k, x]) => [k, { wallMs: Math.round(x.wallMs), walls: x.walls, cpuMs: x.userMs == null ? null : Math.round(x.userMs + x.sysMs), maxRssKb: x.maxRssKb, tree: x.tree ?? undefined }])),
    ratioVsLogP: Number(ratioLogP.toFixed(3)),
    ratioCpuVsLogP: cpuRatio == null ? null : Number(cpuRatio.toFixed(3)),
    ratioFastestVsLogP: Number(fastest.toFixed(3)),
    scanMBps: Number(rate(r.scan)),
    stats: scanned.stats,
    recall: { found: rec.found, total: rec.total, rows: rec.rows, otherFindings: rec.extra.length },
    targets: { ratio: ratioLogP <= 0.5, rss: rssOk, recall: rec.found === rec.total },
  }
  process.stdout.write(
    `targets: history ≤ 0.5× git log -p: ${ratioLogP.toFixed(2)}× ${ratioLogP <= 0.5 ? 'MET' : 'MISSED'}; ` +
      `scanner (node) peak RSS ≤ 200 MB: ${rssMb(nodePeakKb)} MB ${rssOk ? 'MET' : 'MISSED'}; recall ${rec.found === rec.total ? 'MET' : 'MISSED'}\n`,
  )
  if (opts.profile) await profile()
}

/** One more scan under --cpu-prof; prints the functions with the most self time. */
async function profile() {
  const dir = path.join(outDir, 'prof')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  await checked('profiled scan', measure('node', ['--cpu-prof', '--cpu-prof-dir', dir, ...scanArgs(repo, path.join(dir, 'report.json'))], { cwd: repo, env: GIT_ENV }))
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  const prof = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
  const dt = (prof.endTime - prof.startTime) / Math.max(1, prof.samples.length) / 1000
  const self = new Map()
  for (const node of prof.nodes) {
    const f = node.callFrame
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url || '')}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + node.hitCount * dt)
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  process.stdout.write(`\nprofile (${path.join(dir, file)}), self time, top 15 of ${seconds(total)} s:\n`)
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    process.stdout.write(`  ${seconds(ms).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}\n`)
  }
}

// ------------------------------------------------------------------------------------------------ diff
/**
 * Four diffs over one clone of the bench repository, each one commit changing 2,000 text files with one planted
 * key. `bench-diff` adds Mistral comments without a key-shaped run (the usual change: the scan reads only the
 * blob holding the key). `bench-diff-ids` adds a 32-character identifier made of words to every file: every file
 * has a key-shaped run on an added line, which the scan judges by its characters from the patch alone.
 * `bench-diff-random` adds a random 32-character trace id to every file (`traceId …`), a run shaped like a key
 * whose label says it is an id: the scan rules it out from the patch line. `bench-diff-context` adds a random run
 * on a line of its own (`fixture …`) that neither its characters nor its line rule out, so that the scan must
 * read all 2,000 new blobs and judge each run in its context (which says it is no Mistral key).
 */
/** Bumped when the variants' content changes, so that a clone made by an older script is made again. */
const DIFF_FORMAT = 2
const DIFF_VARIANTS = [
  { branch: 'bench-diff', identifier: () => 'chatCompletionStreamRequestHandlerX', adds: 'Mistral comments; one key-shaped run, the key' },
  { branch: 'bench-diff-ids', identifier: () => 'completionStreamRequestHandlerV2', adds: 'also a 32-letter identifier made of words in every file' },
  { branch: 'bench-diff-random', identifier: (t) => `traceId ${makeKey(t)}`, adds: 'also a random 32-letter trace id in every file' },
  {
    branch: 'bench-diff-context',
    identifier: () => 'chatCompletionStreamRequestHandlerX',
    line: (t) => `fixture ${makeKey(t)}`,
    adds: 'also a random 32-letter run on a line of its own in every file, judged in context',
  },
]

function prepareDiffRepo() {
  // Beside the repository it is cloned from: two repositories never share one, whatever their names.
  const dir = `${repo}-diff`
  // The planted keys live in the clone's own git dir: never in a tracked file, and gone with the clone. The
  // clone is reused only while it was made from the repository's current main.
  const plantedDiff = path.join(dir, '.git', 'mistral-guard-bench-planted.json')
  const source = git(repo, ['rev-parse', 'main']).trim()
  if (existsSync(plantedDiff)) {
    const planted = JSON.parse(readFileSync(plantedDiff, 'utf8'))
    if (planted.source === source && planted.format === DIFF_FORMAT && DIFF_VARIANTS.every((v) => planted.variants?.[v.branch])) {
      return { dir, planted: planted.variants }
    }
  }
  const files = git(repo, ['ls-tree', '-r', '-z', '--name-only', 'main'])
    .split('\0')
    .filter((f) => /\.(ts|py|go|ya?ml|md)$/.test(f) && !f.startsWith('features/'))
    .sort()
  if (files.length < 2000) fail(`the repository has only ${files.length} text files; the diff bench needs 2000`)
  rmSync(dir, { recursive: true, force: true })
  git(path.dirname(dir), ['clone', '-q', '--shared', '--branch', 'main', repo, dir])
  const step = files.length / 2000
  const chosen = Array.from({ length: 2000 }, (_, i) => files[Math.floor(i * step)])
  const planted = {}
  for (const variant of DIFF_VARIANTS) {
    git(dir, ['checkout', '-q', '-B', variant.branch, 'main'])
    const t = randomTools(prng(4242))
    const key = makeKey(t)
    const ids = randomTools(prng(777))
    const keyFile = chosen[1234]
    let keyLine = 0
    for (const file of chosen) {
      const full = path.join(dir, file)
      const lines = readFileSync(full, 'utf8').split('\n')
      const at = Math.floor(lines.length / 2)
      const comment = file.endsWith('.py') || /\.ya?ml$/.test(file) ? '#' : file.endsWith('.md') ? '' : '//'
      const added = [`${comment} mistral: reviewed by the platform team`, `${comment} model mistral-large-latest, ${variant.identifier(ids)}`]
      // Flush left in Markdown: a line indented under a paragraph that names Mistral reads as that paragraph's value.
      if (variant.line) added.push(`${comment ? `${comment} ` : ''}${variant.line(ids)}`)
      if (file === keyFile) {
        added.push(`${comment} MISTRAL_API_KEY=${key}`)
        keyLine = at + added.length
      }
      lines.splice(at, 0, ...added)
      writeFileSync(full, lines.join('\n'))
    }
    git(dir, ['add', '-A'])
    git(dir, ['commit', '-q', '-m', `bench: touch 2000 files (${variant.branch})`], {
      env: { ...GIT_ENV, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_AUTHOR_DATE: '2030-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2030-01-01T00:00:00Z' },
    })
    planted[variant.branch] = { keys: [{ id: 'diff-key', key, redacted: redact(key), file: keyFile, line: keyLine, commit: git(dir, ['rev-parse', 'HEAD']).trim(), inHead: true }] }
  }
  git(dir, ['checkout', '-q', 'main'])
  writeFileSync(plantedDiff, JSON.stringify({ source, format: DIFF_FORMAT, variants: planted }, null, 2) + '\n', { mode: 0o600 })
  return { dir, planted }
}

async function diffSection() {
  if (!existsSync(repo)) fail(`no repository at ${repo}; build it with \`node bench/make-repo.mjs\``)
  const { dir, planted } = prepareDiffRepo()
  const nodeNothing = await measureRuns(Math.max(5, runs), 'node', ['-e', ''], {})
  results.diff = { files: 2000, variants: {} }
  for (const variant of DIFF_VARIANTS) {
    const report = path.join(outDir, `${variant.branch}-report.json`)
    const diffOptions = ['--patch-with-raw', '-z', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--diff-filter=AMRC']
    const scan = await measureRuns(runs, 'node', [cli, 'scan', '--repo', dir, '--mode', 'diff', '--base', 'main', '--head', variant.branch, '--format', 'json', '--output', report, '--fail-on', 'never', '--no-checks'], { cwd: dir, env: GIT_ENV })
    if (scan.code !== 0) fail(`diff scan exited ${scan.code}: ${scan.stderr.trim()}`)
    const scanned = JSON.parse(readFileSync(report, 'utf8'))
    const patch = await measureRuns(runs, 'git', ['diff', ...diffOptions, 'main', variant.branch], { cwd: dir, env: GIT_ENV })
    // The blobs the scan read (report stats), fed to one cat-file: its own git work beside the patch.
    const raw = git(dir, ['diff', '--raw', '--no-abbrev', '-M', '--diff-filter=AMRC', 'main', variant.branch])
    const allNew = raw.split('\n').filter(Boolean).map((l) => l.split(' ')[3])
    // stats.bytes counts what the scan read: all new blobs, or (when only some could hold a key) fewer.
    const sizes = git(dir, ['cat-file', '--batch-check=%(objectsize)'], { input: allNew.join('\n') + '\n' }).trim().split('\n').map(Number)
    const total = sizes.reduce((a, b) => a + b, 0)
    const keyBlobs = new Set(
      scanned.findings.map((f) => git(dir, ['rev-parse', `${variant.branch}:${f.file}`]).trim()),
    )
    const wanted = scanned.stats.bytes >= total ? allNew : allNew.filter((oid) => keyBlobs.has(oid))
    const blobs = await measureRuns(runs, 'git', ['cat-file', '--batch'], { cwd: dir, env: GIT_ENV, input: wanted.join('\n') + '\n' })
    const plain = await measureRuns(runs, 'git', ['diff', 'main', variant.branch], { cwd: dir, env: GIT_ENV })
    // The action runs the checklist beside every diff scan, over the whole checkout: on the usual change, its cost
    // on a repository this size (no target; a PR's latency).
    const withChecks =
      variant === DIFF_VARIANTS[0]
        ? await measureRuns(runs, 'node', [cli, 'scan', '--repo', dir, '--mode', 'diff', '--base', 'main', '--head', variant.branch, '--format', 'json', '--output', `${report}.checks.json`, '--fail-on', 'never'], { cwd: dir, env: GIT_ENV })
        : null
    if (withChecks && withChecks.code !== 0) fail(`diff scan with checks exited ${withChecks.code}: ${withChecks.stderr.trim()}`)
    const floor = patch.wallMs + blobs.wallMs
    const overhead = scan.wallMs / floor - 1
    // What any node tool pays before its first line runs, beside the target (which counts it as overhead).
    const beyondNode = scan.wallMs / (floor + nodeNothing.wallMs) - 1
    const row = (label, x) => [label, seconds(x.wallMs), cpu(x), rssMb(x.maxRssKb), '', ratio(x.wallMs, floor)]
    table(`diff ${variant.branch} (2,000 files changed, adding ${variant.adds}; ratio vs the git work it needs: patch -U0 + reading the blobs the scan read)`, [
      row('mistral-guard scan --mode diff --no-checks', scan),
      ...(withChecks ? [row('… with the checklist (as the action runs it)', withChecks)] : []),
      row('git diff --patch-with-raw -z -U0 -M', patch),
      row(`git cat-file --batch (${wanted.length} blob${wanted.length === 1 ? '' : 's'})`, blobs),
      row('git diff (default patch)', plain),
      row("node -e ''", nodeNothing),
    ])
    const rec = recall(scanned, planted[variant.branch])
    const ok = overhead <= 0.2
    process.stdout.write(
      `diff ${variant.branch}: the scan read ${wanted.length} blob(s) (${scanned.stats.bytes} bytes) and adds ${(overhead * 100).toFixed(0)}% to the git work it needs ` +
        `(target ≤ 20%: ${ok ? 'MET' : 'MISSED'}; ${(beyondNode * 100).toFixed(0)}% beyond that work plus node -e ''); ` +
        `recall ${rec.found}/${rec.total}; other findings ${rec.extra.length}\n`,
    )
    if (withChecks) {
      const files = git(dir, ['ls-files']).split('\n').filter(Boolean).length
      process.stdout.write(`diff ${variant.branch}: the checklist over the ${files}-file checkout adds ${seconds(withChecks.wallMs - scan.wallMs)} s to the scan (no target)\n`)
    }
    md.push(`Diff (${variant.branch}, reads ${wanted.length} blob(s)): the scan adds **${(overhead * 100).toFixed(0)}%** to its git work (target ≤ 20%); recall ${rec.found}/${rec.total}.`, '')
    results.diff.variants[variant.branch] = {
      blobsRead: wanted.length,
      wallMs: { scan: Math.round(scan.wallMs), ...(withChecks ? { scanWithChecks: Math.round(withChecks.wallMs) } : {}), patch: Math.round(patch.wallMs), blobs: Math.round(blobs.wallMs), plainDiff: Math.round(plain.wallMs), nodeNothing: Math.round(nodeNothing.wallMs) },
      overhead: Number(overhead.toFixed(3)),
      overheadBeyondNodeStart: Number(beyondNode.toFixed(3)),
      scanMaxRssKb: scan.maxRssKb,
      recall: { found: rec.found, total: rec.total },
      targets: { overhead: ok },
    }
  }
}

// ------------------------------------------------------------------------------------------------ cold start
async function coldSection() {
  const dir = path.join(work, 'cold')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'ws'), { recursive: true })
  const ws = path.join(dir, 'ws')
  git(ws, ['init', '-q', '-b', 'main'])
  writeFileSync(path.join(ws, 'README.md'), '# cold start\n')
  git(ws, ['add', '-A'])
  git(ws, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'init'])
  const sha = git(ws, ['rev-parse', 'HEAD']).trim()
  const event = path.join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ before: sha, after: sha, ref: 'refs/heads/main', repository: { name: 'cold', owner: { login: 'bench' } } }))
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'bench/cold',
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTION: 'scan',
    // A closed loopback port: if the action calls the API on this run, it fails fast instead of going out.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    INPUT_MODE: 'auto',
    INPUT_COMMENT: 'false',
    INPUT_ANNOTATIONS: 'false',
    'INPUT_FAIL-ON': 'leak',
    'INPUT_GITHUB-TOKEN': '',
  }
  const coldRuns = Math.max(3, Number(opts['cold-runs']))
  const node = []
  const act = []
  for (let i = 0; i < coldRuns; i++) {
    writeFileSync(env.GITHUB_OUTPUT, '')
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
    node.push(await measure('node', ['-e', ''], { cwd: ws, env }))
    const r = await measure('node', [action], { cwd: ws, env })
    if (r.code !== 0) fail(`the action exited ${r.code} on an event with nothing to scan: ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`)
    act.push(r)
  }
  const n = medianBy(node, (x) => x.wallMs)
  const a = medianBy(act, (x) => x.wallMs)
  const delta = a.wallMs - n.wallMs
  const ok = delta <= 150
  const row = (label, x) => [label, (x.wallMs / 1000).toFixed(3), cpu(x), rssMb(x.maxRssKb), '', '']
  table(`cold start (push with before == after; median of ${coldRuns})`, [row('node dist/index.js', a), row("node -e ''", n)])
  process.stdout.write(`cold start: ${delta.toFixed(0)} ms over node -e '' (target ≤ 150 ms: ${ok ? 'MET' : 'MISSED'})\n`)
  md.push(`Cold start: **${delta.toFixed(0)} ms** over \`node -e ''\` (target ≤ 150 ms).`, '')
  results.cold = { runs: coldRuns, actionMs: Math.round(a.wallMs), nodeMs: Math.round(n.wallMs), deltaMs: Math.round(delta), actionMaxRssKb: a.maxRssKb, targets: { delta: ok } }
}

// ------------------------------------------------------------------------------------------------ flat RSS
async function flatSection() {
  if (!existsSync(repo)) fail(`no repository at ${repo}; build it with \`node bench/make-repo.mjs\``)
  const long = repoFacts(repo)
  // Beside the repository by default, and rebuilt when it no longer holds about a tenth of its commits.
  const short = path.resolve(opts['short-repo'] ?? `${repo}-tenth`)
  const commits = Math.max(100, Math.round(long.commits / 10))
  const tenth = (facts) => Math.abs(facts.commits - commits) <= commits * 0.05
  if (!existsSync(short) || (!opts['short-repo'] && !tenth(repoFacts(short)))) {
    process.stdout.write(`\nbuilding a history 10× shorter (${commits} commits) at ${short}…\n`)
    // Its planted keys are not needed here: kept beside it, out of the way of any other repository's.
    const plantedShort = `${short}-planted.json`
    execFileSync('node', [path.join(benchDir, 'make-repo.mjs'), '--commits', String(commits), '--out', short, '--planted', plantedShort, '--force'], { stdio: ['ignore', 'ignore', 'inherit'] })
  }
  const shortFacts = repoFacts(short)
  // Compare node's own peak (the scanner); GNU time's figure is the largest process, often a git helper. A peak
  // moves by ±20 MB from run to run (when V8 collects its multi-MB strings), so each side takes the median of
  // `--runs` runs, alternated.
  const peak = (x) => x.tree?.nodeHwmKb || x.maxRssKb
  const shortRuns = []
  const longRuns = []
  for (let i = 0; i < runs; i++) {
    shortRuns.push(await checked('scan (short)', measure('node', scanArgs(short, path.join(outDir, 'flat-short-report.json')), { cwd: short, env: GIT_ENV, tree: true })))
    longRuns.push(await checked('scan (long)', measure('node', scanArgs(repo, path.join(outDir, 'flat-long-report.json')), { cwd: repo, env: GIT_ENV, tree: true })))
  }
  const a = medianBy(shortRuns, (x) => peak(x) ?? 0)
  const b = medianBy(longRuns, (x) => peak(x) ?? 0)
  const growth = peak(b) && peak(a) ? peak(b) / peak(a) : null
  const peaks = (list) => list.map((x) => rssMb(peak(x))).join(', ')
  table(`peak RSS vs history length (${shortFacts.commits} vs ${long.commits} commits; median peak of ${runs})`, [
    [`scan, ${shortFacts.commits} commits (node peak)`, seconds(a.wallMs), cpu(a), rssMb(peak(a)), '', ''],
    [`scan, ${long.commits} commits (node peak)`, seconds(b.wallMs), cpu(b), rssMb(peak(b)), '', growth ? growth.toFixed(2) : ''],
  ])
  process.stdout.write(`  node peaks, MB: short ${peaks(shortRuns)}; long ${peaks(longRuns)}\n`)
  process.stdout.write(`  short: ${memoryLine(a)}\n  long:  ${memoryLine(b)}\n`)
  const ok = growth !== null && growth <= 1.25 && peak(b) <= 200 * 1024
  process.stdout.write(`flat RSS: ${growth ? `${growth.toFixed(2)}×` : 'n/a'} for ${(long.commits / shortFacts.commits).toFixed(1)}× the commits (target: flat, ≤ 200 MB: ${ok ? 'MET' : 'MISSED'})\n`)
  md.push(`Peak RSS grows **${growth ? growth.toFixed(2) : 'n/a'}×** for ${(long.commits / shortFacts.commits).toFixed(1)}× the commits.`, '')
  results.flat = { short: { commits: shortFacts.commits, nodePeakKb: peak(a), nodePeaksKb: shortRuns.map(peak), tree: a.tree }, long: { commits: long.commits, nodePeakKb: peak(b), nodePeaksKb: longRuns.map(peak), tree: b.tree }, growth, targets: { flat: ok } }
}

if (sections.has('history')) await historySection()
if (sections.has('diff')) await diffSection()
if (sections.has('cold')) await coldSection()
if (sections.has('flat')) await flatSection()

const header = [
  `Measured ${results.date.slice(0, 10)} on ${results.machine.cpus} × ${results.machine.cpu} (load ${results.machine.loadAverageAtStart.join(' ')} at start), ${results.machine.node}, ${results.machine.git}.`,
  '',
]
// Sections not run this time keep their last results (each carries the machine and date it was measured on).
const resultsFile = path.join(outDir, 'results.json')
let previous = {}
try {
  previous = JSON.parse(readFileSync(resultsFile, 'utf8'))
} catch {}
for (const name of ['history', 'diff', 'cold', 'flat']) if (results[name]) results[name].measured = { date: results.date, machine: results.machine }
writeFileSync(resultsFile, JSON.stringify({ ...previous, ...results }, null, 2) + '\n')
writeFileSync(path.join(outDir, 'results.md'), [...header, ...md].join('\n'))
process.stdout.write(`\nwrote ${path.join(outDir, 'results.json')} and results.md\n`)
