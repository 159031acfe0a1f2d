#!/usr/bin/env node
// Builds a large git repository reproducibly with `git fast-import`: tens of thousands of commits of TypeScript,
// Python, Go, YAML, JSON and Markdown that talk to Mistral, with feature branches and merges (one of them an
// "evil" merge that adds a line neither parent has), renames, deletions, big files (a few MB, one a single
// 2 MB line), a binary, a Latin-1 file, an unmerged branch and tags. A few keys are planted at run time and
// recorded in a JSON file (bench/out/planted.json by default) with the commit that added each one; the console
// only ever shows them redacted.
//
//   node bench/make-repo.mjs [--commits 30000] [--seed 1] [--mistral-share 0.25] [--out DIR] [--planted FILE] [--force]
//
// --mistral-share: the fraction of source files that talk to Mistral (the rest never name it, as in most code
// bases that use Mistral somewhere); 1 makes every file a Mistral file, the detector's worst case.
// Same seed and commit count: same commits, same shas. The repository goes to $TMPDIR/mistral-guard-bench/repo by
// default, outside the project, so that tsc and jest never crawl its thousands of generated sources.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { makeContent, LANGUAGES } from './lib/content.mjs'
import { failWith, git as gitIn, GIT_ENV } from './lib/git.mjs'
import { prng, randomTools, makeKey, redact, ALNUM } from './lib/random.mjs'

const fail = failWith('make-repo')

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const { values: opts } = parseArgs({
  options: {
    commits: { type: 'string', default: '30000' },
    'mistral-share': { type: 'string', default: '0.25' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: path.join(tmpdir(), 'mistral-guard-bench', 'repo') },
    planted: { type: 'string' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})
if (opts.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('//'))).join('\n') + '\n')
  process.exit(0)
}
const TOTAL = Number(opts.commits)
const SEED = Number(opts.seed)
if (!Number.isInteger(TOTAL) || TOTAL < 100) fail(`--commits must be an integer ≥ 100, got '${opts.commits}'`)
if (!Number.isInteger(SEED)) fail(`--seed must be an integer, got '${opts.seed}'`)
const SHARE = Number(opts['mistral-share'])
if (!(SHARE >= 0 && SHARE <= 1)) fail(`--mistral-share must be a number from 0 to 1, got '${opts['mistral-share']}'`)
const outDir = path.resolve(opts.out)
const defaultOut = path.resolve(tmpdir(), 'mistral-guard-bench', 'repo')
const plantedFile = path.resolve(
  opts.planted ??
    path.join(benchDir, 'out', outDir === defaultOut ? 'planted.json' : `${path.basename(outDir)}-planted.json`),
)

const git = (args, options = {}) => gitIn(outDir, args, options)

if (outDir.startsWith(path.dirname(benchDir) + path.sep)) {
  fail(`--out ${outDir} is inside the project: tsc and jest would crawl the generated sources; pick a folder outside`)
}
if (existsSync(outDir)) {
  if (!opts.force) fail(`${outDir} exists; pass --force to rebuild it`)
  rmSync(outDir, { recursive: true, force: true })
}
mkdirSync(outDir, { recursive: true })
git(['init', '-q', '-b', 'main'])

const tools = randomTools(prng(SEED))
const { int, pick, chance, random } = tools
const C = makeContent(tools)
const G = makeContent(tools, { mistral: false })
const flavor = () => (chance(SHARE) ? 'mistral' : 'generic')
const started = Date.now()

// ---------------------------------------------------------------- fast-import stream with backpressure
const marksFile = path.join(outDir, '.git', 'bench-marks')
const importer = spawn('git', ['fast-import', '--quiet', '--done', `--export-marks=${marksFile}`], {
  cwd: outDir,
  env: GIT_ENV,
  stdio: ['pipe', 'inherit', 'inherit'],
})
const importerExit = once(importer, 'exit')
let pending = []
let pendingBytes = 0
let streamed = 0
async function emit(chunk) {
  const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
  pending.push(buf)
  pendingBytes += buf.length
  if (pendingBytes >= 4 << 20) await flush()
}
async function flush() {
  if (pending.length === 0) return
  const buf = Buffer.concat(pending)
  pending = []
  pendingBytes = 0
  streamed += buf.length
  if (!importer.stdin.write(buf)) await once(importer.stdin, 'drain')
}

/** C-style quoting as fast-import reads it, when a path needs it. */
function quote(p) {
  return /[\s"\\]/.test(p) || /[^\x20-\x7e]/.test(p) ? `"${p.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : p
}

// ---------------------------------------------------------------- identities and time
const NAMES = [
  'Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth', 'Frances Allen',
  'Ken Thompson', 'Margaret Hamilton', 'Dennis Ritchie', 'Radia Perlman', 'Leslie Lamport', 'Hedy Lamarr',
  'Niklaus Wirth', 'Sophie Wilson', 'Tony Hoare', 'Adele Goldberg', 'John Backus', 'Jean Sammet', 'Guido Rossum',
  'Chloé Martin', 'Łukasz Nowak', 'Søren Kierkegaard', 'Zoë Dupont', 'Hiro Tanaka',
]
let clock = 1546300800 // 2019-01-01T00:00:00Z
const meanStep = Math.max(1, Math.floor((6 * 365 * 86400) / TOTAL))
function identity() {
  clock += Math.max(1, Math.floor(meanStep * (0.2 + 1.6 * random())))
  const name = pick(NAMES)
  const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(/ /g, '.')}@example.com`
  return `${name} <${email}> ${clock} +0000`
}

// ---------------------------------------------------------------- repository model
/** path -> { lang, lines } for text files we edit, or { big: true, data } for big/binary ones. */
const mainFiles = new Map()
const editable = [] // paths of ordinary text files on main, for random picks
const editableIndex = new Map()
const locked = new Set() // paths a live feature branch owns; main leaves them alone
function addEditable(p) {
  editableIndex.set(p, editable.length)
  editable.push(p)
}
function removeEditable(p) {
  const i = editableIndex.get(p)
  if (i === undefined) return
  const last = editable.pop()
  if (last !== p) {
    editable[i] = last
    editableIndex.set(last, i)
  }
  editableIndex.delete(p)
}
const gen = (lang, kind = 'mistral') => (kind === 'mistral' ? C : G)[lang]
function newFileLines(lang, kind) {
  const g = gen(lang, kind)
  const lines = [...g.header()]
  const blocks = int(3, 18)
  for (let i = 0; i < blocks; i++) lines.push(...g.block())
  if (g.footer) lines.push(...g.footer())
  return lines
}
function bodyRange(lang, lines) {
  const start = Math.min(lines.length, lang === 'json' ? 3 : 5)
  const end = lang === 'json' ? Math.max(start, lines.length - 2) : lines.length
  return [start, end]
}
/** One realistic edit: insert a block, touch a few lines, or drop a run of lines. Mutates `lines`. */
function editLines(lang, lines, kind) {
  const [start, end] = bodyRange(lang, lines)
  const roll = random()
  if (roll < 0.5 || end - start < 20) {
    const at = int(start, end)
    lines.splice(at, 0, ...gen(lang, kind).block())
  } else if (roll < 0.8) {
    for (let n = int(1, 3); n > 0; n--) {
      const i = int(start, end - 1)
      lines[i] = /\d+/.test(lines[i]) ? lines[i].replace(/\d+/, String(int(0, 9999))) : `${lines[i]} `.trimEnd()
      if (chance(0.3)) lines.splice(i, 0, ...gen(lang, kind).block().slice(0, int(1, 3)))
    }
  } else {
    const count = int(3, 12)
    const at = int(start, Math.max(start, end - count))
    lines.splice(at, count)
  }
  // Keep files source-sized: trim from the middle of the body when they grow past ~600 lines.
  while (lines.length > 600) {
    const [s, e] = bodyRange(lang, lines)
    lines.splice(int(s, e - 40), 30)
  }
}
function newPath(lang) {
  const spec = LANGUAGES.find((l) => l.lang === lang)
  for (;;) {
    const name = lang === 'py' || lang === 'go' ? C.snake(int(1, 3)) : C.camel(int(1, 3))
    const p = `${pick(spec.dirs)}/${name}${spec.ext}`
    if (!mainFiles.has(p) && !locked.has(p)) return p
  }
}
const pickLang = () => pick(['ts', 'ts', 'ts', 'py', 'py', 'go', 'go', 'yaml', 'json', 'md'])
const text = (lines) => lines.join('\n') + '\n'

// ---------------------------------------------------------------- commits
let nextMark = 1
let commitCount = 0
let mainTip = 0
const planted = []
const keptRefs = new Set(['refs/heads/main'])
const deadRefs = []

/** changes: { op: 'M', path, data } | { op: 'D', path } | { op: 'R', from, to } */
async function commit({ ref, from, merge, message, changes }) {
  const mark = nextMark++
  commitCount++
  const who = identity()
  const msg = Buffer.from(message + '\n', 'utf8')
  await emit(`commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\ndata ${msg.length}\n`)
  await emit(msg)
  if (from) await emit(`from :${from}\n`)
  if (merge) await emit(`merge :${merge}\n`)
  for (const change of changes) {
    if (change.op === 'M') {
      const data = typeof change.data === 'string' ? Buffer.from(change.data, 'utf8') : change.data
      await emit(`M 100644 inline ${quote(change.path)}\ndata ${data.length}\n`)
      await emit(data)
      await emit('\n')
    } else if (change.op === 'D') {
      await emit(`D ${quote(change.path)}\n`)
    } else {
      await emit(`R ${quote(change.from)} ${quote(change.to)}\n`)
    }
  }
  await emit('\n')
  if (ref === 'refs/heads/main') mainTip = mark
  return mark
}
const AREAS = ['chat', 'embeddings', 'agents', 'gateway', 'deploy', 'docs', 'ci', 'sdk', 'ui', 'eval']
const message = () =>
  `${pick(['feat', 'fix', 'chore', 'refactor', 'docs', 'test', 'perf'])}(${pick(AREAS)}): ${C.sentence().toLowerCase()}`

function setMain(p, value) {
  const isNew = !mainFiles.has(p)
  mainFiles.set(p, value)
  if (isNew && value.lines && !value.special) addEditable(p)
}

/** An ordinary commit on main: 1 to ~20 file changes. */
async function mainCommit() {
  const roll = random()
  const n = roll < 0.55 ? 1 : roll < 0.8 ? 2 : roll < 0.95 ? int(3, 6) : int(7, 20)
  const changes = []
  const touched = new Set()
  for (let i = 0; i < n; i++) {
    const r = random()
    if (r < 0.08 || editable.length < 50) {
      const lang = pickLang()
      const kind = flavor()
      const p = newPath(lang)
      const lines = newFileLines(lang, kind)
      setMain(p, { lang, lines, kind })
      changes.push({ op: 'M', path: p, data: text(lines) })
      touched.add(p)
      continue
    }
    const p = editable[int(0, editable.length - 1)]
    if (touched.has(p) || locked.has(p)) continue
    touched.add(p)
    const file = mainFiles.get(p)
    if (r < 0.09) {
      // Rename, sometimes with an edit in the same commit.
      const to = newPath(file.lang)
      removeEditable(p)
      mainFiles.delete(p)
      setMain(to, file)
      touched.add(to)
      changes.push({ op: 'R', from: p, to })
      if (chance(0.4)) {
        editLines(file.lang, file.lines, file.kind)
        changes.push({ op: 'M', path: to, data: text(file.lines) })
      }
    } else if (r < 0.095 && editable.length > 200) {
      removeEditable(p)
      mainFiles.delete(p)
      changes.push({ op: 'D', path: p })
    } else {
      editLines(file.lang, file.lines, file.kind)
      changes.push({ op: 'M', path: p, data: text(file.lines) })
    }
  }
  if (changes.length === 0) return mainCommit()
  return commit({ ref: 'refs/heads/main', message: message(), changes })
}

// Feature branches: they add files under features/<slug>/ and may take over one or two existing files (locked on
// main meanwhile), then merge back with a two-parent commit.
const branches = []
let branchSerial = 0
function startBranch() {
  const slug = `${C.camel(2)}-${++branchSerial}`
  const owned = new Map()
  for (let i = int(0, 2); i > 0; i--) {
    const p = editable[int(0, editable.length - 1)]
    if (locked.has(p)) continue
    locked.add(p)
    const file = mainFiles.get(p)
    owned.set(p, { lang: file.lang, lines: [...file.lines], kind: file.kind })
  }
  branches.push({ ref: `refs/heads/feature/${slug}`, slug, base: mainTip, tip: 0, left: int(2, 15), owned, changed: new Set() })
}
async function branchCommit(b) {
  const changes = []
  if (b.owned.size > 0 && chance(0.6)) {
    const [p, file] = [...b.owned.entries()][int(0, b.owned.size - 1)]
    editLines(file.lang, file.lines, file.kind)
    b.changed.add(p)
    changes.push({ op: 'M', path: p, data: text(file.lines) })
  } else {
    const lang = pickLang()
    const spec = LANGUAGES.find((l) => l.lang === lang)
    const p = `features/${b.slug}/${C.snake(int(1, 2))}${spec.ext}`
    const kind = flavor()
    const file = b.owned.get(p) ?? { lang, lines: newFileLines(lang, kind), kind }
    if (b.owned.has(p)) editLines(lang, file.lines, file.kind)
    b.owned.set(p, file)
    locked.add(p)
    b.changed.add(p)
    changes.push({ op: 'M', path: p, data: text(file.lines) })
  }
  b.tip = await commit({ ref: b.ref, from: b.tip === 0 ? b.base : undefined, message: message(), changes })
  b.left--
}
/** Merges a branch into main; `extra` lets a plant add a change neither parent has (an evil merge). */
async function mergeBranch(b, extra = []) {
  branches.splice(branches.indexOf(b), 1)
  const changes = []
  for (const p of b.changed) {
    const file = b.owned.get(p)
    setMain(p, { lang: file.lang, lines: [...file.lines], kind: file.kind })
    changes.push({ op: 'M', path: p, data: text(file.lines) })
  }
  for (const p of b.owned.keys()) locked.delete(p)
  changes.push(...extra)
  const mark = await commit({ ref: 'refs/heads/main', merge: b.tip, message: `Merge branch 'feature/${b.slug}'`, changes })
  if (chance(0.2)) keptRefs.add(b.ref)
  else deadRefs.push(b.ref)
  return mark
}

// ---------------------------------------------------------------- big, binary and odd files
function bigJsonLines(rows) {
  const lines = ['{', '  "model": "mistral-embed",', '  "vectors": [']
  for (let i = 0; i < rows; i++) {
    const v = Array.from({ length: 16 }, () => (random() * 2 - 1).toFixed(6)).join(', ')
    lines.push(`    [${v}],`)
  }
  lines.push('    []', '  ]', '}')
  return lines
}
function minifiedBundle(bytes) {
  const parts = ['!function(e,t){"use strict";']
  let size = parts[0].length
  while (size < bytes) {
    const s = `var ${C.camel(2)}=function(${C.camel(1)}){return ${C.camel(1)}.${C.camel(2)}(${int(0, 999)})};`
    parts.push(s)
    size += s.length
  }
  parts.push('}(window);')
  return parts.join('')
}
function dialoguesLines(rows) {
  const lines = []
  for (let i = 0; i < rows; i++) {
    lines.push(
      JSON.stringify({
        id: C.hex(),
        model: pick(['mistral-large-latest', 'mistral-small-latest', 'codestral-latest']),
        messages: [
          { role: 'user', content: C.sentence() },
          { role: 'assistant', content: `${C.sentence()} ${C.sentence()}` },
        ],
      }),
    )
  }
  return lines
}
function binaryBlob(bytes) {
  const buf = Buffer.alloc(bytes)
  for (let i = 0; i < bytes; i += 4) buf.writeUInt32LE(Math.floor(random() * 4294967296), i)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buf)
  return buf
}
/** Rewrites a fraction of a big file's lines, never the one holding a planted key. */
function churn(lines, fraction, makeLine) {
  for (let n = Math.floor(lines.length * fraction); n > 0; n--) {
    const i = int(3, lines.length - 4)
    if (!lines[i].includes('mistralApiKey')) lines[i] = makeLine(lines[i])
  }
}

// ---------------------------------------------------------------- planted keys and scheduled events
/** Records a plant; `line` is 1-based in `file` at `commit`. The key itself goes only to the planted file. */
function plant(id, key, file, lines, note) {
  const line = lines.findIndex((l) => l.includes(key)) + 1
  const entry = { id, key, redacted: redact(key), file, line, commit: null, mark: 0, inHead: true, note }
  planted.push(entry)
  return entry
}
const big = {
  embeddings: { path: 'fixtures/embeddings.json', lines: null },
  bundle: { path: 'web/public/vendor.min.js', data: null },
  dialogues: { path: 'data/dialogues.jsonl', lines: null },
  image: { path: 'docs/assets/architecture.png', data: null },
}
const scale = (mb) => Math.max(1, Math.round(mb * Math.min(1, TOTAL / 5000)))
const events = new Map() // commit index -> async () => void
const at = (fraction, fn) => {
  let i = Math.max(2, Math.floor(TOTAL * fraction))
  while (events.has(i)) i++
  events.set(i, fn)
}
const bigCommit = (p, data, msg) => commit({ ref: 'refs/heads/main', message: msg, changes: [{ op: 'M', path: p, data }] })
const bigSet = (p, value) => mainFiles.set(p, { ...value, special: true })

at(0.05, async () => {
  big.embeddings.lines = bigJsonLines(scale(3) * 17000)
  bigSet(big.embeddings.path, big.embeddings)
  await bigCommit(big.embeddings.path, text(big.embeddings.lines), 'test(eval): add embedding fixtures')
})
at(0.1, async () => {
  const lines = ['providers:', '  mistral:', '    base_url: https://api.mistral.ai', '    api_key: ${MISTRAL_API_KEY}', '    timeout_ms: 30000', '']
  bigSet('config/providers.yaml', { lang: 'yaml', lines })
  await bigCommit('config/providers.yaml', text(lines), 'feat(config): provider settings')
})
at(0.12, async () => {
  const key = makeKey(tools)
  const lines = ['NODE_ENV=production', 'LOG_LEVEL=info', `MISTRAL_API_KEY=${key}`, 'REDIS_URL=redis://cache:6379']
  const entry = plant('env-file', key, 'config/.env.production', lines, 'dotenv file')
  bigSet(entry.file, { lang: 'env', lines })
  entry.mark = await bigCommit(entry.file, text(lines), 'chore(deploy): production env')
})
at(0.15, async () => {
  big.image.data = binaryBlob(scale(1) * 1024 * 1024)
  bigSet(big.image.path, big.image)
  await bigCommit(big.image.path, big.image.data, 'docs: architecture diagram')
})
at(0.18, async () => {
  const latin1 = Buffer.from('Notes de version — été 2019\nCafé, crème brûlée, Mistral côté serveur.\n', 'latin1')
  bigSet('legacy/notes-latin1.txt', { data: latin1 })
  await bigCommit('legacy/notes-latin1.txt', latin1, 'chore: import legacy notes')
})
at(0.2, async () => {
  big.bundle.data = minifiedBundle(scale(2) * 1024 * 1024)
  bigSet(big.bundle.path, big.bundle)
  await bigCommit(big.bundle.path, big.bundle.data, 'build: vendor bundle')
})
at(0.25, async () => {
  const key = makeKey(tools)
  const lines = ['from mistralai import Mistral', '', '# TODO: read from the environment before release', `client = Mistral(api_key="${key}")`, '']
  const entry = plant('python-quickstart', key, 'services/ml/quickstart.py', lines, 'SDK constructor argument')
  setMain(entry.file, { lang: 'py', lines, special: true })
  entry.mark = await bigCommit(entry.file, text(lines), 'feat(ml): quickstart script')
})
at(0.3, async () => {
  big.dialogues.lines = dialoguesLines(scale(4) * 18000)
  bigSet(big.dialogues.path, big.dialogues)
  await bigCommit(big.dialogues.path, text(big.dialogues.lines), 'test(eval): dialogue corpus')
})
at(0.33, async () => {
  const key = makeKey(tools)
  const lines = [`import { Mistral } from '@mistralai/mistralai'`, '', `export const mistral = new Mistral({ apiKey: '${key}' })`, '']
  const entry = plant('ts-renamed-later', key, 'web/src/lib/mistral-client.ts', lines, 'renamed at 60% of history')
  bigSet(entry.file, { lang: 'ts', lines })
  entry.mark = await bigCommit(entry.file, text(lines), 'feat(ui): shared Mistral client')
})
at(0.35, async () => {
  churn(big.embeddings.lines, 0.05, () => `    [${Array.from({ length: 16 }, () => (random() * 2 - 1).toFixed(6)).join(', ')}],`)
  await bigCommit(big.embeddings.path, text(big.embeddings.lines), 'test(eval): refresh embeddings')
})
at(0.4, async () => {
  const key = makeKey(tools)
  const lines = ['replicas: 2', 'image: registry.example.com/api:1.4.0', `mistral_api_key: ${key}`, 'log_level: debug']
  const entry = plant('yaml-removed-later', key, 'deploy/values-staging.yaml', lines, 'removed at 45% of history')
  entry.inHead = false
  bigSet(entry.file, { lang: 'yaml', lines })
  entry.mark = await bigCommit(entry.file, text(lines), 'chore(deploy): staging values')
})
at(0.45, async () => {
  const lines = ['replicas: 2', 'image: registry.example.com/api:1.4.1', 'mistral_api_key: ${MISTRAL_API_KEY}', 'log_level: debug']
  bigSet('deploy/values-staging.yaml', { lang: 'yaml', lines })
  await bigCommit('deploy/values-staging.yaml', text(lines), 'fix(deploy): read the key from the environment')
})
at(0.5, async () => {
  const key = makeKey(tools)
  const lines = big.embeddings.lines
  lines.splice(Math.floor(lines.length / 2), 0, `    ["mistralApiKey", "${key}"],`)
  const entry = plant('big-file', key, big.embeddings.path, lines, 'in the middle of a multi-MB file that changes later')
  entry.mark = await bigCommit(big.embeddings.path, text(lines), 'test(eval): fixture for the auth path')
})
at(0.55, async () => {
  big.image.data = binaryBlob(scale(1) * 1024 * 1024)
  await bigCommit(big.image.path, big.image.data, 'docs: update diagram')
})
at(0.6, async () => {
  const from = 'web/src/lib/mistral-client.ts'
  const to = 'web/src/clients/mistral.ts'
  mainFiles.set(to, mainFiles.get(from))
  mainFiles.delete(from)
  planted.find((p) => p.id === 'ts-renamed-later').renamedTo = to
  await commit({ ref: 'refs/heads/main', message: 'refactor(ui): move clients', changes: [{ op: 'R', from, to }] })
  big.bundle.data = minifiedBundle(scale(2) * 1024 * 1024)
  await bigCommit(big.bundle.path, big.bundle.data, 'build: vendor bundle')
})
at(0.65, async () => {
  // An evil merge: the merge commit adds a key neither parent has (plain `git log -p` shows no merge diffs).
  if (branches.length === 0) startBranch()
  const b = branches[0]
  while (b.tip === 0 || b.left > 0) await branchCommit(b)
  const key = makeKey(tools)
  const lines = ['import os', '', `MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "${key}")  # codestral fallback`, '']
  const p = 'services/api/merge_settings.py'
  const entry = plant('evil-merge', key, p, lines, 'added by a merge commit, in neither parent')
  setMain(p, { lang: 'py', lines, special: true })
  entry.mark = await mergeBranch(b, [{ op: 'M', path: p, data: text(lines) }])
})
at(0.7, async () => {
  churn(big.embeddings.lines, 0.03, () => `    [${Array.from({ length: 16 }, () => (random() * 2 - 1).toFixed(6)).join(', ')}],`)
  await bigCommit(big.embeddings.path, text(big.embeddings.lines), 'test(eval): refresh embeddings')
})
at(0.75, async () => {
  // Reachable only from a branch that is never merged: found by --all only.
  const key = makeKey(tools)
  const lines = ['package main', '', 'import "github.com/example/mistral-go"', '', 'func main() {', `\tclient := mistral.NewClient("${key}")`, '\t_ = client', '}', '']
  const p = 'experiments/llm/main.go'
  const entry = plant('unmerged-branch', key, p, lines, 'only on refs/heads/experiment/local-llm')
  entry.inHead = false
  keptRefs.add('refs/heads/experiment/local-llm')
  entry.mark = await commit({ ref: 'refs/heads/experiment/local-llm', from: mainTip, message: 'wip: local llm', changes: [{ op: 'M', path: p, data: text(lines) }] })
})
at(0.8, async () => {
  // The line with the key does not say "mistral": the context sits on the lines above, added long before.
  const key = makeKey(tools)
  const file = mainFiles.get('config/providers.yaml')
  file.lines[3] = `    api_key: ${key}`
  const entry = plant('context-above', key, 'config/providers.yaml', file.lines, 'Mistral named only on the lines above')
  entry.mark = await bigCommit(entry.file, text(file.lines), 'chore(config): local testing')
  big.dialogues.lines.push(...dialoguesLines(2000))
  await bigCommit(big.dialogues.path, text(big.dialogues.lines), 'test(eval): more dialogues')
})
at(0.9, async () => {
  const key = makeKey(tools)
  const lines = ['export NODE_OPTIONS=--enable-source-maps', `export CODESTRAL_API_KEY=${key}`, '']
  const entry = plant('codestral-envrc', key, '.envrc', lines, 'Codestral key in direnv file')
  bigSet(entry.file, { lang: 'sh', lines })
  entry.mark = await bigCommit(entry.file, text(lines), 'chore: direnv for codestral')
})
at(0.95, async () => {
  churn(big.embeddings.lines, 0.03, () => `    [${Array.from({ length: 16 }, () => (random() * 2 - 1).toFixed(6)).join(', ')}],`)
  await bigCommit(big.embeddings.path, text(big.embeddings.lines), 'test(eval): refresh embeddings')
})

// ---------------------------------------------------------------- build
// First commit: a skeleton of ~150 files, two with names that need quoting.
{
  const changes = []
  for (let i = 0; i < 150; i++) {
    const lang = pickLang()
    const kind = flavor()
    const p = newPath(lang)
    const lines = newFileLines(lang, kind)
    setMain(p, { lang, lines, kind })
    changes.push({ op: 'M', path: p, data: text(lines) })
  }
  for (const p of ['docs/guides/getting started.md', 'docs/guides/démarrage rapide.md']) {
    const lines = newFileLines('md', 'mistral')
    setMain(p, { lang: 'md', lines, kind: 'mistral' })
    changes.push({ op: 'M', path: p, data: text(lines) })
  }
  await commit({ ref: 'refs/heads/main', message: 'Initial commit', changes })
}
let tagSerial = 0
for (let i = 1; commitCount < TOTAL; i++) {
  const event = events.get(i)
  if (event) {
    await event()
    continue
  }
  if (branches.length < 2 && chance(1 / 120)) startBranch()
  const live = branches.filter((b) => b.left > 0)
  if (live.length > 0 && chance(0.3)) await branchCommit(pick(live))
  else {
    const done = branches.find((b) => b.left <= 0)
    if (done && chance(0.5)) await mergeBranch(done)
    else await mainCommit()
  }
  if (commitCount % 2000 === 0) {
    await emit(`reset refs/tags/v1.${++tagSerial}.0\nfrom :${mainTip}\n\n`)
  }
  if (commitCount % 5000 === 0) process.stderr.write(`make-repo: ${commitCount}/${TOTAL} commits\n`)
}
for (const b of [...branches]) {
  if (b.tip === 0) {
    for (const p of b.owned.keys()) locked.delete(p)
    branches.splice(branches.indexOf(b), 1)
  } else await mergeBranch(b)
}
await emit('done\n')
await flush()
importer.stdin.end()
const [code] = await importerExit
if (code !== 0) fail(`git fast-import exited with ${code}`)

// ---------------------------------------------------------------- refs, worktree, planted record
const marks = new Map(
  readFileSync(marksFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [mark, sha] = line.split(' ')
      return [Number(mark.slice(1)), sha]
    }),
)
rmSync(marksFile)
const deletions = deadRefs.filter((r) => !keptRefs.has(r)).map((r) => `delete ${r}\n`)
if (deletions.length > 0) git(['update-ref', '--stdin'], { input: deletions.join('') })
git(['symbolic-ref', 'HEAD', 'refs/heads/main'])
git(['reset', '-q', '--hard'])
for (const entry of planted) {
  entry.commit = marks.get(entry.mark)
  delete entry.mark
}
const commits = Number(git(['rev-list', '--all', '--count']).trim())
const packBytes = Number(/size-pack: (\d+)/.exec(git(['count-objects', '-v']))[1]) * 1024
mkdirSync(path.dirname(plantedFile), { recursive: true })
writeFileSync(
  plantedFile,
  JSON.stringify({ repo: outDir, seed: SEED, mistralShare: SHARE, commits, generatedAt: new Date().toISOString(), keys: planted }, null, 2) + '\n',
  { mode: 0o600 },
)

const mb = (n) => (n / 1048576).toFixed(1)
process.stdout.write(
  [
    `repository  ${outDir}`,
    `commits     ${commits} (asked ${TOTAL}; ${tagSerial} tags, ${keptRefs.size} branches kept; mistral share ${SHARE})`,
    `streamed    ${mb(streamed)} MB into git fast-import; pack ${mb(packBytes)} MB`,
    `files       ${mainFiles.size} at HEAD`,
    `planted     ${planted.length} keys -> ${plantedFile} (not printed; redacted below)`,
    ...planted.map((p) => `  ${p.id.padEnd(20)} ${p.redacted}  ${p.file}:${p.line}  ${p.commit.slice(0, 12)}${p.inHead ? '' : '  (not in HEAD)'}`),
    `took        ${((Date.now() - started) / 1000).toFixed(1)} s`,
    '',
  ].join('\n'),
)
// Unused import guard for ALNUM keeps the alphabet next to makeKey for readers.
void ALNUM
