// Runs one command and measures it: wall time (hrtime), and through GNU time (`/usr/bin/time -v`) the CPU
// time and the peak resident set size. Output goes to /dev/null (or a file) as in `cmd >/dev/null`.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const GNU_TIME = '/usr/bin/time'

/** Null when GNU time is there, else how to get it. */
export function gnuTimeMissing() {
  if (existsSync(GNU_TIME)) return null
  return 'GNU time (/usr/bin/time) is missing, so no peak RSS: install it with `sudo apt-get install -y time` (Debian/Ubuntu).'
}

/** Pids of `pid`'s descendants (Linux /proc), depth first. */
function descendants(pid) {
  const out = []
  const stack = [pid]
  while (stack.length > 0) {
    const current = stack.pop()
    let tasks = []
    try {
      tasks = readdirSync(`/proc/${current}/task`)
    } catch {
      continue
    }
    for (const task of tasks) {
      let children = ''
      try {
        children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8')
      } catch {
        continue
      }
      for (const child of children.split(' ').filter(Boolean)) {
        out.push(Number(child))
        stack.push(Number(child))
      }
    }
  }
  return out
}

function statusOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0)
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', hwm: kb('VmHWM'), rss: kb('VmRSS'), anon: kb('RssAnon') }
  } catch {
    return null
  }
}

/**
 * Samples the process tree under `pid` every `everyMs`: each process's peak RSS (VmHWM) and peak anonymous
 * RSS, and the tree's summed RSS. GNU time alone reports the largest single process, which for a scanner
 * is often a git helper whose RSS is mostly the pack file it maps (page cache, not the scanner's memory).
 */
function sampleTree(pid, everyMs = 50) {
  const peaks = new Map() // pid -> { name, hwm, anon }
  let treeRss = 0
  let treeAnon = 0
  const tick = () => {
    let rss = 0
    let anon = 0
    for (const p of [pid, ...descendants(pid)]) {
      const st = statusOf(p)
      if (!st || st.name === 'time') continue
      rss += st.rss
      anon += st.anon
      // A child seen between fork and exec is still named `node`: the name it has last is the one that counts
      // (exec starts a new peak), or a git helper's 500 MB could pass for the scanner's.
      const known = peaks.get(p)
      if (!known || known.name !== st.name) {
        peaks.set(p, { name: st.name, hwm: st.hwm, anon: st.anon })
        continue
      }
      known.hwm = Math.max(known.hwm, st.hwm)
      known.anon = Math.max(known.anon, st.anon)
    }
    treeRss = Math.max(treeRss, rss)
    treeAnon = Math.max(treeAnon, anon)
  }
  const timer = setInterval(tick, everyMs)
  return () => {
    clearInterval(timer)
    const list = [...peaks.values()]
    const top = (name) => list.filter((p) => p.name === name).reduce((m, p) => Math.max(m, p.hwm), 0)
    const others = list.filter((p) => p.name !== 'node')
    return {
      nodeHwmKb: top('node'),
      helperHwmKb: others.reduce((m, p) => Math.max(m, p.hwm), 0),
      helperAnonKb: others.reduce((m, p) => Math.max(m, p.anon), 0),
      treeRssKb: treeRss,
      treeAnonKb: treeAnon,
    }
  }
}

function parseTimeV(text) {
  const num = (re) => {
    const m = re.exec(text)
    return m ? Number(m[1]) : null
  }
  return {
    userMs: (num(/User time \(seconds\): ([\d.]+)/) ?? 0) * 1000,
    sysMs: (num(/System time \(seconds\): ([\d.]+)/) ?? 0) * 1000,
    maxRssKb: num(/Maximum resident set size \(kbytes\): (\d+)/),
  }
}

/**
 * Variables that change what every node start costs, not what the scan costs: NODE_EXTRA_CA_CERTS makes node
 * read and parse a CA bundle before it runs anything (about 90 ms per start on a machine that sets it), and
 * NODE_OPTIONS may preload code. Timed commands run without them; GitHub's runners set neither.
 */
const STARTUP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']
let toldDropped = false

/** `env` without STARTUP_VARIABLES (said once on stderr when any was set). */
export function timedEnv(env) {
  const dropped = STARTUP_VARIABLES.filter((name) => env[name] !== undefined)
  if (dropped.length === 0) return env
  if (!toldDropped) {
    toldDropped = true
    process.stderr.write(`bench: timing without ${dropped.join(' and ')}, set here (they slow every node start)\n`)
  }
  const copy = { ...env }
  for (const name of dropped) delete copy[name]
  return copy
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, stdout?: string, input?: string | Buffer, tree?: boolean }} options
 *   stdout: a file to write to (default /dev/null); tree: sample the process tree's memory (Linux).
 */
export async function measure(cmd, args, options = {}) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'mg-measure-'))
  const timeFile = path.join(scratch, 'time')
  const out = openSync(options.stdout ?? '/dev/null', 'w')
  const useTime = existsSync(GNU_TIME)
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args]
  const stderr = []
  let tree = null
  const started = process.hrtime.bigint()
  const code = await new Promise((resolve, reject) => {
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: timedEnv(options.env ?? process.env),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', out, 'pipe'],
    })
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 64) stderr.push(chunk)
    })
    const stopSampling = options.tree && existsSync('/proc') ? sampleTree(child.pid) : null
    child.on('error', reject)
    child.on('close', (exit) => {
      if (stopSampling) tree = stopSampling()
      resolve(exit ?? 128)
    })
    if (options.input !== undefined) child.stdin.end(options.input)
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  closeSync(out)
  const usage = useTime && existsSync(timeFile) ? parseTimeV(readFileSync(timeFile, 'utf8')) : { userMs: null, sysMs: null, maxRssKb: null }
  rmSync(scratch, { recursive: true, force: true })
  return { code, wallMs, ...usage, tree, stderr: Buffer.concat(stderr).toString('utf8') }
}

/** Runs `measure` `runs` times and keeps the run with the median wall time (plus min and all walls). */
export async function measureRuns(runs, cmd, args, options) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await measure(cmd, args, options))
  return { ...summarizeRuns(results), maxRssKbAll: Math.max(...results.map((r) => r.maxRssKb ?? 0)) }
}

/** Of some `measure` results of one command: the run with the median wall time, the fastest wall, every wall. */
export function summarizeRuns(results) {
  return {
    ...medianBy(results, (r) => r.wallMs),
    minWallMs: Math.min(...results.map((r) => r.wallMs)),
    walls: results.map((r) => Math.round(r.wallMs)),
  }
}

/** The item with the (lower) median `key`. */
export function medianBy(list, key) {
  return [...list].sort((a, b) => key(a) - key(b))[Math.floor((list.length - 1) / 2)]
}

/** The (lower) median of some numbers. */
export const median = (values) => medianBy(values, (value) => value)

export const seconds = (ms) => (ms / 1000).toFixed(2)
export const mb = (bytes) => (bytes / 1048576).toFixed(1)
