// The shared text pass on a big checkout: git searches the work tree for the gates' words first, and node reads only
// the files it lists. Held to the same pass without the search, on a real repository of 10,000 files with every
// case where what git searches is not what node reads.
import path from 'node:path'
import { AsciiWords } from '../../src/checks/ascii-words.js'
import { plainHttpVisitor } from '../../src/checks/http-urls.js'
import { keyLogVisitor } from '../../src/checks/key-log-lines.js'
import { RepoFiles, type SkimmedFile, type TextFile, type WordGate, type Worth } from '../../src/checks/repo-files.js'
import { sharedTextPassWords } from '../../src/checks/shared-text-pass.js'
import { startupValidationVisitor } from '../../src/checks/startup-validation.js'
import { gateWords, harvest, visitTexts } from '../../src/checks/text-visitor.js'
import { configSchema } from '../../src/config/schema.js'
import { WordSearch } from '../../src/git/word-search.js'
import { prng } from '../helpers/keys.js'
import { makeRepo, type TestRepo } from '../helpers/repo.js'

// Built at run time so that this repository's own https-only check stays green.
const HTTP = ['http', '://'].join('')
const URL_LINE = `const base = '${HTTP}api.mistral.ai/v1'\n`
const ROT13 = 'tr A-Za-z N-ZA-Mn-za-m'

function rot13(text: string): string {
  return text.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base)
  })
}

const visitors = () => ({
  plainHttp: plainHttpVisitor(() => false),
  keyLogs: keyLogVisitor(['MISTRAL_API_KEY', 'apiKey', 'api_key', 'apikey'], () => false),
  startupValidation: startupValidationVisitor('MISTRAL_API_KEY', () => false),
})

/** Each file the pass is handed, with whether it came as text or skimmed (never read). */
function observe(files: RepoFiles): Map<string, 'text' | 'skimmed'> {
  const seen = new Map<string, 'text' | 'skimmed'>()
  const texts = files.texts.bind(files)
  files.texts = async function* (wanted: (file: string) => boolean, worth?: Worth, gate?: WordGate) {
    const all: AsyncGenerator<TextFile | SkimmedFile> = worth ? texts(wanted, worth, gate) : texts(wanted)
    for await (const file of all) {
      seen.set(file.path, file.text === null ? 'skimmed' : 'text')
      yield file
    }
  } as typeof files.texts
  return seen
}

/**
 * 10,000 files of plain code, enough for the search to run, and one of each case: words in odd cases, binary and
 * huge files with and without a word, a file named for Mistral, and files whose work-tree copy git does not search
 * or that is not what the index holds.
 */
function bigRepo(): TestRepo {
  const repo = makeRepo()
  for (let n = 0; n < 10_000; n++) {
    repo.write(`gen/d${Math.floor(n / 500)}/file${n}.ts`, `export const n${n} = ${n} // plain code\n`)
  }
  const files: Record<string, string | Buffer> = {
    'src/endpoint.ts': `const base = '${HTTP.toUpperCase()}API.MISTRAL.AI/v1'\n`,
    'src/proxy.py': `# CodeStral\nbase_url = "${HTTP}gateway.internal/v1"\n`,
    'deploy/mistral.yml': `endpoint: ${HTTP}llm.internal:8080\n`,
    'src/log.js': 'console.log("key", process.env.Mistral_Api_Key)\n',
    'src/read.go': 'key := os.Getenv("MISTRAL_API_KEY")\n',
    'assets/plain.bin': Buffer.from([0x70, 0x6c, 0x61, 0x00, 0x01]),
    'assets/word.bin': Buffer.concat([Buffer.from('mistral'), Buffer.from([0, 1])]),
    'big/plain.txt': 'x'.repeat(1_100_000),
    'big/word.txt': `${'x'.repeat(1_100_000)}mistral\n`,
    'src/assumed.ts': 'export const a = 1\n',
    'src/sparse.ts': 'export const s = 1\n',
    'src/staged-only.ts': URL_LINE,
    'conf/endpoint.rot': URL_LINE,
    '.gitattributes': '*.rot filter=rot13\n',
  }
  repo.git('config', 'filter.rot13.clean', ROT13)
  repo.git('config', 'filter.rot13.smudge', ROT13)
  for (const [file, content] of Object.entries(files)) repo.write(file, content)
  repo.commit('files')
  // git greps the blob of an assume-unchanged entry and leaves a skip-worktree one out; node reads the work tree.
  repo.git('update-index', '--assume-unchanged', 'src/assumed.ts')
  repo.write('src/assumed.ts', URL_LINE)
  repo.git('update-index', '--skip-worktree', 'src/sparse.ts')
  repo.write('src/sparse.ts', URL_LINE)
  // The index holds the URL, the work tree no longer does: staged mode reads the index.
  repo.write('src/staged-only.ts', 'export const gone = 1\n')
  // Written through the filter: the index holds the URL, the work tree its rot13 (no word of a gate).
  repo.write('conf/endpoint.rot', rot13(URL_LINE))
  repo.git('add', 'conf/endpoint.rot')
  // Not tracked: git's search leaves it out, the tree lists it.
  repo.write('src/untracked.ts', URL_LINE)
  return repo
}

describe('the shared text pass with a search of the work tree', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = bigRepo()
  })
  afterAll(() => repo.remove())

  it('asks git for the words of every gate, known from the config alone', () => {
    const config = configSchema.parse({})
    expect(sharedTextPassWords(config)).toEqual(gateWords(visitors()))
    expect(sharedTextPassWords(config)).toEqual(
      expect.arrayContaining(['mistral', 'codestral', 'MISTRAL_API_KEY', 'apiKey', 'api_key']),
    )
  })

  it.each(['tree', 'staged', 'diff'] as const)(
    'finds in %s mode what the pass finds reading every file, and reads only what git lists',
    async (mode) => {
      const searched = await RepoFiles.open(repo.dir, mode, gateWords(visitors()))
      const seen = observe(searched)
      const withSearch = await visitTexts(searched, visitors())
      const plain = await RepoFiles.open(repo.dir, mode)
      const without = await visitTexts(plain, visitors())

      expect(harvest(withSearch.plainHttp).hits).toEqual(harvest(without.plainHttp).hits)
      expect(harvest(withSearch.keyLogs)).toEqual(harvest(without.keyLogs))
      expect(harvest(withSearch.startupValidation)).toEqual(harvest(without.startupValidation))
      const hits = harvest(withSearch.plainHttp).hits.map((hit) => hit.file)
      expect(hits).toEqual(
        [
          'deploy/mistral.yml',
          'src/endpoint.ts',
          'src/proxy.py',
          // The index's copies hold no URL: only the work tree's do.
          ...(mode === 'staged' ? ['conf/endpoint.rot', 'src/staged-only.ts'] : ['src/assumed.ts', 'src/sparse.ts']),
          ...(mode === 'tree' ? ['src/untracked.ts'] : []),
        ].sort(),
      )
      expect(harvest(withSearch.keyLogs).hits.map((hit) => hit.file)).toEqual(['src/log.js'])

      // The filler is never read: it comes skimmed. So do a binary and a huge file that hold no word (counted as
      // looked at, where reading them would have passed them over); those that hold one are read and passed over.
      expect(seen.get('gen/d0/file0.ts')).toBe('skimmed')
      expect(seen.get('assets/plain.bin')).toBe('skimmed')
      expect(seen.get('big/plain.txt')).toBe('skimmed')
      expect([...searched.skipped].sort()).toEqual(['assets/word.bin', 'big/word.txt'])
      const passedOver = ['assets/plain.bin', 'assets/word.bin', 'big/plain.txt', 'big/word.txt']
      expect([...plain.skipped].sort()).toEqual(passedOver)
      expect(harvest(withSearch.plainHttp).read).toBe(harvest(without.plainHttp).read + 2)
      // Decoded: the files git lists that pass a gate, and those whose copy git does not search or that may not be
      // the index's, read and found to hold a URL.
      const decoded = [...seen].filter(([, how]) => how === 'text').map(([file]) => file)
      expect(decoded.sort()).toEqual(
        [
          'deploy/mistral.yml',
          'src/endpoint.ts',
          'src/log.js',
          'src/proxy.py',
          'src/read.go',
          ...(mode === 'staged' ? ['conf/endpoint.rot', 'src/staged-only.ts'] : ['src/assumed.ts', 'src/sparse.ts']),
          ...(mode === 'tree' ? ['src/untracked.ts'] : []),
        ].sort(),
      )
    },
    60_000,
  )

  it('reads every file when the listing is too small for a search to pay', async () => {
    const small = makeRepo()
    try {
      small.write('src/plain.ts', 'export const n = 1\n')
      small.write('assets/plain.bin', Buffer.from([0x70, 0x00]))
      small.commit('files')
      const files = await RepoFiles.open(small.dir, 'tree', gateWords(visitors()))
      const seen = observe(files)
      await visitTexts(files, visitors())
      expect(seen.get('src/plain.ts')).toBe('skimmed')
      // Read, so found binary: with a search it would have come skimmed.
      expect(seen.has('assets/plain.bin')).toBe(false)
      expect([...files.skipped]).toEqual(['assets/plain.bin'])
    } finally {
      small.remove()
    }
  })
})

describe('the gates in words', () => {
  // What git searches for must let through every file a gate lets through: else a file is passed over unread.
  it('let through every file its byte gate lets through, over generated files', () => {
    const pieces = [
      HTTP, HTTP.toUpperCase(), 'Http:/', 'mistral', 'MiStRaL', 'mistra', 'codestral', 'CODESTRAL', 'apiKey',
      'api_key', 'API-KEY', 'MISTRAL_API_KEY', 'Mistral_Api_Key', 'x', ' ', '\n', '\0', 'é', '\u212Aey', 'ſ',
    ]
    const names = ['src/a.ts', 'deploy/mistral.yml', 'app/x.py', 'docs/Codestral.md', 'src/MISTRAL.go']
    const random = prng(11)
    const gated = Object.entries(visitors())
    const letThrough = new Map(gated.map(([name]) => [name, 0]))
    for (let n = 0; n < 5_000; n++) {
      const file = names[Math.floor(random() * names.length)]!
      const piece = () => pieces[Math.floor(random() * pieces.length)]
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, piece).join('')
      const bytes = Buffer.from(text)
      for (const [name, visitor] of gated) {
        if (!visitor.wants(file) || !visitor.mayHold!(file, bytes)) continue
        letThrough.set(name, letThrough.get(name)! + 1)
        const inWords = new AsciiWords(visitor.gate!.words).in(bytes) || (visitor.gate!.always?.(file) ?? false)
        if (!inWords) throw new Error(`${name} lets ${JSON.stringify(text)} in ${file} through, its words do not`)
      }
    }
    // Each gate was exercised, far beyond chance (seed 11: 1,095 to 1,762 files of 5,000 each).
    for (const [name, count] of letThrough) expect([name, count > 300]).toEqual([name, true])
  })
})

describe('WordSearch', () => {
  it('tells the files holding a word from those holding none, and knows nothing where git fails', async () => {
    const repo = makeRepo()
    try {
      repo.write('a.txt', 'says MiStRaL\n')
      repo.write('b.txt', 'says nothing\n')
      repo.write('c.bin', Buffer.concat([Buffer.from([0]), Buffer.from('codestral')]))
      repo.write('\u00e9t\u00e9 \u65e5\u672c.txt', 'mistral\n')
      repo.commit('files')
      const ranks = new Map(repo.git('ls-files', '-z').split('\0').filter(Boolean).map((file, rank) => [file, rank]))
      const search = new WordSearch(repo.dir, ['mistral', 'codestral'], (file) => ranks.get(file), ranks.size)
      await search.settled
      const verdicts = Object.fromEntries([...ranks].map(([file, rank]) => [file, search.verdict(file, rank)]))
      expect(verdicts).toEqual({
        'a.txt': 'holds',
        'b.txt': 'lacks',
        'c.bin': 'holds',
        '\u00e9t\u00e9 \u65e5\u672c.txt': 'holds',
      })
      expect(await search.settle('b.txt', ranks.get('b.txt')!)).toBe('lacks')

      // Not a repository: git exits 128, and no file is known to lack a word.
      const nowhere = new WordSearch(path.join(repo.dir, '.git'), ['mistral'], (file) => ranks.get(file), ranks.size)
      await nowhere.settled
      expect(nowhere.verdict('b.txt', ranks.get('b.txt')!)).toBe('unknown')
      expect(await nowhere.settle('b.txt', ranks.get('b.txt')!)).toBe('unknown')
    } finally {
      repo.remove()
    }
  })

  it('stops itself once a quarter of the files shows that git lists most of them', async () => {
    const repo = makeRepo()
    try {
      // Long paths, so that the pipe holds few of git's answers: git cannot finish before node has judged it.
      const names = Array.from({ length: 12_000 }, (_, n) => `a/long/folder/name/kept/for/this/test/file-${n}.txt`)
      for (const name of names) repo.write(name, 'talks to mistral\n')
      repo.commit('dense')
      const ranks = new Map(repo.git('ls-files', '-z').split('\0').filter(Boolean).map((file, rank) => [file, rank]))
      const search = new WordSearch(repo.dir, ['mistral'], (file) => ranks.get(file), ranks.size)
      await search.settled
      const verdicts = [...ranks].map(([file, rank]) => search.verdict(file, rank))
      const listed = verdicts.filter((verdict) => verdict === 'holds').length
      // Stopped past a quarter of the files, well before the end; what it did not get to is left to be read.
      expect(listed).toBeGreaterThanOrEqual(3_000)
      expect(listed).toBeLessThan(12_000)
      expect(verdicts.slice(listed)).toEqual(Array(12_000 - listed).fill('unknown'))
    } finally {
      repo.remove()
    }
  }, 60_000)

  it('stops git when closed, leaving what it had not answered unknown', async () => {
    const repo = bigRepo()
    try {
      const ranks = new Map(repo.git('ls-files', '-z').split('\0').filter(Boolean).map((file, rank) => [file, rank]))
      const search = new WordSearch(repo.dir, ['mistral'], (file) => ranks.get(file), ranks.size)
      await search.close()
      expect(search.searching).toBe(false)
      const last = 'src/untracked.ts' // not tracked: never listed, never passed
      expect(search.verdict(last, Number.MAX_SAFE_INTEGER)).toBe('unknown')
    } finally {
      repo.remove()
    }
  })
})
