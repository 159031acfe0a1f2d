import type { CheckRun } from '../../src/checks/check.js'
import { envSchema } from '../../src/checks/env-schema.js'
import { httpsOnly } from '../../src/checks/https-only.js'
import { keyNotLogged } from '../../src/checks/key-not-logged.js'
import { RepoFiles } from '../../src/checks/repo-files.js'
import { harvest, visitTexts, type TextVisitor } from '../../src/checks/text-visitor.js'
import type { Mode } from '../../src/report/report.js'
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

/** Counts, per path, every text the run's real RepoFiles hands out (a pass-through: nothing else changes). */
function countReads(run: CheckRun): Map<string, number> {
  const counts = new Map<string, number>()
  const texts = run.files.texts.bind(run.files)
  run.files.texts = async function* (wanted) {
    for await (const text of texts(wanted)) {
      counts.set(text.path, (counts.get(text.path) ?? 0) + 1)
      yield text
    }
  }
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
})
