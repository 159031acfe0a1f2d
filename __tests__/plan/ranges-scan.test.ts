// End to end on a real repository: `plan ranges` -> one `scan --mode history` per range (as the matrix jobs
// run it) -> `plan gather`. The ranges together report exactly what one whole-history scan reports: each key
// once, at the commit that added it, even when a later range touches the file again.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/commands/dispatch.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'
import { captureIO } from './cli-io.js'

const KEYS = [fakeKey(701), fakeKey(702), fakeKey(703), fakeKey(704)]

interface Finding {
  fingerprint: string
  commit: string
  file: string
}

function leakyRepo(): TestRepo {
  const repo = makeRepo({ prefix: 'mg-ranges-scan-' })
  const filler = (i: number) => repo.write(`src/module-${i % 7}.ts`, `export const value${i} = ${i}\n`)
  for (let i = 0; i < 40; i++) {
    filler(i)
    if (i === 3) repo.write('config/.env', `MISTRAL_API_KEY=${KEYS[0]}\n`)
    // The same file changes again much later: the key was added once, at i === 3.
    if (i === 30) repo.write('config/.env', `MISTRAL_API_KEY=${KEYS[0]}\nLOG_LEVEL=debug\n`)
    if (i === 12) repo.write('app/client.py', `from mistralai import Mistral\nclient = Mistral(api_key="${KEYS[1]}")\n`)
    if (i === 20) repo.write('app/client.py', 'from mistralai import Mistral\nclient = Mistral()\n')
    if (i === 25) {
      repo.git('checkout', '-q', '-b', 'side')
      repo.write('side/settings.yaml', `mistral:\n  api_key: ${KEYS[2]}\n`)
      repo.commit('side work')
      repo.git('checkout', '-q', 'main')
    }
    if (i === 38) repo.write('web/mistral.ts', `const mistral = new Mistral({ apiKey: '${KEYS[3]}' })\n`)
    repo.commit(`commit ${i}`)
  }
  return repo
}

const ids = (findings: Finding[]) => findings.map((f) => `${f.fingerprint}@${f.commit}`).sort()

describe('history split into ranges', () => {
  let repo: TestRepo
  let dir: string
  beforeAll(() => {
    repo = leakyRepo()
    dir = mkdtempSync(path.join(tmpdir(), 'mg-ranges-scan-out-'))
  })
  afterAll(() => {
    repo.remove()
    rmSync(dir, { recursive: true, force: true })
  })

  async function scan(args: string[], output: string): Promise<Finding[]> {
    const io = captureIO(repo.dir)
    const code = await run(['scan', '--mode', 'history', '--format', 'json', '--output', output, '--fail-on', 'never', ...args], io)
    if (code !== 0) throw new Error(`scan exited ${code}: ${io.err()}`)
    expectNoKey(io.out() + io.err(), KEYS)
    return JSON.parse(readFileSync(output, 'utf8')).findings
  }

  it.each([2, 3, 5])('date windows for %i jobs report exactly what one whole-history scan reports', async (jobs) => {
    const whole = await scan([], path.join(dir, `whole-${jobs}.json`))
    expect(whole).toHaveLength(KEYS.length)

    const planIo = captureIO(repo.dir)
    expect(await run(['plan', 'ranges', '--jobs', String(jobs), '--by', 'dates'], planIo)).toBe(0)
    const plan = JSON.parse(planIo.out())
    writeFileSync(path.join(dir, `plan-${jobs}.json`), planIo.out())
    const reports = path.join(dir, `reports-${jobs}`)
    const parts: Finding[] = []
    for (const range of plan.include) {
      const folder = path.join(reports, `mistral-guard-range-${range.index}`)
      mkdirSync(folder, { recursive: true })
      const args = [...(range.since ? ['--since', range.since] : []), ...(range.until ? ['--until', range.until] : [])]
      parts.push(...(await scan(args, path.join(folder, 'report.json'))))
      writeFileSync(path.join(folder, 'mistral-guard-meta.json'), JSON.stringify({ repository: 'acme/mono', range: range.index }))
    }
    expect(ids(parts)).toEqual(ids(whole))

    const gatherIo = captureIO(dir)
    const summaryFile = path.join(dir, `summary-${jobs}.json`)
    expect(
      await run(['plan', 'gather', '--input', reports, '--plan', path.join(dir, `plan-${jobs}.json`), '--json', summaryFile], gatherIo),
    ).toBe(0)
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'))
    expect(summary.missing).toEqual([])
    expect(summary.repositories).toHaveLength(1)
    expect(ids(summary.repositories[0].findings)).toEqual(ids(whole))
    expectNoKey(gatherIo.out() + readFileSync(summaryFile, 'utf8'), KEYS)
  })

  it.each([2, 3, 5])('revision-set ranges for %i jobs (tips and ^boundary parents) report what one whole-history scan reports', async (jobs) => {
    const whole = await scan([], path.join(dir, `whole-rev-${jobs}.json`))
    expect(whole).toHaveLength(KEYS.length)
    const planIo = captureIO(repo.dir)
    expect(await run(['plan', 'ranges', '--jobs', String(jobs), '--by', 'revisions'], planIo)).toBe(0)
    const plan = JSON.parse(planIo.out())
    const parts: Finding[] = []
    for (const range of plan.include) {
      // As the matrix job passes it: one value, revisions separated by spaces.
      expect(range.revisions).toMatch(/\S/)
      parts.push(...(await scan(['--range', range.revisions], path.join(dir, `rev-${jobs}-${range.index}.json`))))
    }
    expect(ids(parts)).toEqual(ids(whole))
  })
})
