import path from 'node:path'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { scanOptionsFromArgv } from '../../src/settings/from-argv.js'

describe('scanOptionsFromArgv', () => {
  it('sets defaults', () => {
    const options = scanOptionsFromArgv([], '/work/x')
    expect(options).toEqual({
      settings: {
        root: '/work/x',
        mode: 'tree',
        base: undefined,
        head: undefined,
        since: undefined,
        until: undefined,
        range: undefined,
        configFile: undefined,
        baselineFile: undefined,
        checks: true,
        verify: false,
        verifyBaseUrl: 'https://api.mistral.ai',
        failOn: 'error',
      },
      format: 'text',
      output: null,
      help: false,
      verbose: false,
    })
  })

  it('resolves paths against the working directory and implies the mode from its flags', () => {
    const options = scanOptionsFromArgv(
      [
        ...['--base', 'origin/main', '--config', 'c.yml', '--baseline', '../b.json'],
        ...['--output', 'out/r.sarif', '--repo', 'sub'],
      ],
      '/w',
    )
    expect(options.settings).toMatchObject({
      mode: 'diff',
      base: 'origin/main',
      root: '/w/sub',
      configFile: '/w/c.yml',
      baselineFile: '/b.json',
    })
    expect(options.output).toBe('/w/out/r.sarif')
    expect(scanOptionsFromArgv(['--since', '2024-01-01'], '/w').settings.mode).toBe('history')
    expect(scanOptionsFromArgv(['v1..v2'], '/w').settings).toMatchObject({ mode: 'history', range: 'v1..v2' })
    // Several revisions in one value (as `plan ranges --by revisions` writes them); each one is checked.
    expect(scanOptionsFromArgv(['--range', 'a..b ^c d'], '/w').settings).toMatchObject({ range: 'a..b ^c d' })
    expect(() => scanOptionsFromArgv(['--range', 'a..b --all'], '/w')).toThrow(/Invalid revision '--all' for --range/)
    const flags = scanOptionsFromArgv(['--no-checks', '--verify'], '/w').settings
    expect(flags).toMatchObject({ checks: false, verify: true })
  })

  it('uses a default output when the command has one', () => {
    expect(scanOptionsFromArgv([], '/w', { output: '.base.json' }).output).toBe('/w/.base.json')
    expect(scanOptionsFromArgv(['--output', '-'], '/w', { output: '.base.json' }).output).toBeNull()
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('runs a staged scan through the CLI', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
    const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'mistral-guard',
        entry: expect.stringMatching(/^mistral-guard scan --mode staged\b/),
        language: 'node',
        pass_filenames: false,
      }),
    ])
  })
})
