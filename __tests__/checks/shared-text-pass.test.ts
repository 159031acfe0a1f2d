import type { CheckRun } from '../../src/checks/check.js'
import { envSchema } from '../../src/checks/env-schema.js'
import { httpsOnly } from '../../src/checks/https-only.js'
import { keyNotLogged } from '../../src/checks/key-not-logged.js'
import { plainHttpVisitor } from '../../src/checks/http-urls.js'
import { keyLogVisitor } from '../../src/checks/key-log-lines.js'
import { RepoFiles, type SkimmedFile, type TextFile, type WordGate, type Worth } from '../../src/checks/repo-files.js'
import { startupValidationVisitor } from '../../src/checks/startup-validation.js'
import { harvest, visitTexts, type TextVisitor } from '../../src/checks/text-visitor.js'
import type { Mode } from '../../src/report/report.js'
import { makeRepo } from '../helpers/repo.js'
import { compliantRepo, openRun, runAll, runCheck } from './check-helpers.js'

// Built at run time so that this repository's own https-only check stays green.
const HTTP = ['http', '://'].join('')

/** Hits for all three searches: a plain-HTTP Mistral URL, a logged key, a read without validation. */
const EXTRA_FILES: Record<string, string> = {
  'src/http.ts': `export const base = '${HTTP}api.mistral.ai/v1'\n`,
  'src/leak.ts': "console.log('key', process.env.MISTRAL_API_KEY)\n",
  'app/main.py': 'import os\nkey = os.getenv("MISTRAL_API_KEY")\n',
  'docs/notes.md': 'Plain text, read by https-only only.\n',
}

/** Calls `seen` with every file the real RepoFiles hands out, text or skimmed; a pass-through otherwise. */
function observeTexts(files: RepoFiles, seen: (file: TextFile | SkimmedFile) => void): void {
  const texts = files.texts.bind(files)
  files.texts = async function* (wanted: (file: string) => boolean, worth?: Worth, gate?: WordGate) {
    for await (const file of worth ? texts(wanted, worth, gate) : texts(wanted)) {
      seen(file)
      yield file
    }
  } as typeof files.texts
}

/** Counts, per path, every text the run's real RepoFiles hands out. */
function countReads(run: CheckRun): Map<string, number> {
  const counts = new Map<string, number>()
  observeTexts(run.files, (text) => counts.set(text.path, (counts.get(text.path) ?? 0) + 1))
  return counts
}

describe('the text pass shared by env-schema, https-only and key-not-logged', () => {
  it.each<Mode>(['tree', 'staged'])('reads each file once per run in %s mode', async (mode) => {
    const repo = compliantRepo(EXTRA_FILES)
    try {
      const run = await openRun(repo, { mode })
      const counts = countReads(run)
      for (const check of [envSchema, httpsOnly, keyNotLogged]) await check(run)
      // Every file once; the env template once more, for env-schema's own read of the templates.
      const expected = new Map(run.files.paths.map((file) => [file, file === '.env.example' ? 2 : 1]))
      expect(counts).toEqual(expected)
    } finally {
      repo.remove()
    }
  })

  it('gives each check the row it gives when it runs alone, whichever check needs the pass first', async () => {
    const repo = compliantRepo(EXTRA_FILES)
    try {
      const all = await runAll(repo)
      const alone = await Promise.all([keyNotLogged, httpsOnly, envSchema].map((check) => runCheck(check, repo)))
      for (const row of alone) expect(all.find((candidate) => candidate.id === row.id)).toEqual(row)
      expect(alone.map((row) => [row.id, row.status, row.locations])).toEqual([
        ['key-not-logged', 'warn', [{ file: 'src/leak.ts', line: 1 }]],
        ['https-only', 'fail', [{ file: 'src/http.ts', line: 1 }]],
        ['env-schema', 'pass', []],
      ])
    } finally {
      repo.remove()
    }
  })

  it('keeps a visitor that throws from spoiling the others, and hands its error to its own check', async () => {
    const repo = compliantRepo()
    try {
      const files = await RepoFiles.open(repo.dir, 'tree')
      const seen: string[] = []
      const everything: TextVisitor<string[]> = {
        wants: () => true,
        visit: (file) => void seen.push(file),
        gathered: () => seen,
      }
      const broken: TextVisitor<number> = {
        wants: (file) => file.endsWith('.ts'),
        visit: () => {
          throw new Error('cannot parse')
        },
        gathered: () => 0,
      }
      const visited = await visitTexts(files, { everything, broken })
      expect(harvest(visited.everything)).toEqual(files.paths)
      expect(() => harvest(visited.broken)).toThrow('cannot parse')
    } finally {
      repo.remove()
    }
  })

  it('gathers the same with the byte gates as without, while most files are never decoded', async () => {
    const repo = makeRepo()
    try {
      const files: Record<string, string | Buffer> = {
        // Each gate's way in, and a near miss of each.
        'src/endpoint.ts': `const base = '${HTTP.toUpperCase()}API.MISTRAL.AI/v1'\n`,
        'src/proxy.py': `# codestral\nbase_url = "${HTTP}gateway.internal/v1"\n`,
        'deploy/mistral.yml': `endpoint: ${HTTP}llm.internal:8080\n`,
        'src/other-host.ts': `fetch('${HTTP}example.com') // another host\n`,
        'src/https-only.ts': "const base = 'https://api.mistral.ai/v1'\n",
        'src/log.js': 'console.log("key", process.env.Mistral_Api_Key)\n',
        'src/client.ts': 'logger.info(`using ${apiKey}`) // ApiKey\n',
        'src/read.go': 'key := os.Getenv("MISTRAL_API_KEY")\n',
        'src/settings.py': 'from pydantic import BaseSettings\nclass S(BaseSettings):\n    mistral_api_key: str\n',
        'src/api-key.ts': 'const note = "api-key, api key"\n',
        'src/unicode.ts': '// ſecret, \u212Aey, MISTRAL_API_ΚEY (a Greek kappa)\nconsole.log(x)\n',
        'docs/plain.md': 'Nothing to see.\n',
        'assets/blob.bin': Buffer.from([0x6d, 0x69, 0x73, 0x00, 0x01]),
      }
      for (let n = 0; n < 40; n++) files[`src/gen/file${n}.ts`] = `export const n${n} = ${n} // plain code\n`
      for (const [file, content] of Object.entries(files)) repo.write(file, content)
      repo.commit('files')
      const visitors = () => ({
        plainHttp: plainHttpVisitor(() => false),
        keyLogs: keyLogVisitor(['MISTRAL_API_KEY', 'apiKey', 'api_key', 'apikey'], () => false),
        startupValidation: startupValidationVisitor('MISTRAL_API_KEY', () => false),
      })
      const ungated = () => {
        const all = visitors()
        for (const visitor of Object.values(all)) delete (visitor as { mayHold?: unknown }).mayHold
        return all
      }
      for (const mode of ['tree', 'staged'] as const) {
        const gated = await RepoFiles.open(repo.dir, mode)
        let decoded = 0
        observeTexts(gated, (file) => void (file.text !== null && decoded++))
        const withGates = await visitTexts(gated, visitors())
        const without = await visitTexts(await RepoFiles.open(repo.dir, mode), ungated())
        expect(withGates).toEqual(without)
        expect(harvest(withGates.plainHttp).hits.map((hit) => hit.file)).toEqual([
          'deploy/mistral.yml',
          'src/endpoint.ts',
          'src/proxy.py',
        ])
        expect(harvest(withGates.keyLogs).hits.map((hit) => hit.file)).toEqual(['src/client.ts', 'src/log.js'])
        expect(harvest(withGates.plainHttp).read).toBe(52)
        // The binary file is passed over; of the other 52, only those a gate lets through are decoded.
        expect(decoded).toBe(7)
        expect([...gated.skipped]).toEqual(['assets/blob.bin'])
      }
    } finally {
      repo.remove()
    }
  })
})
