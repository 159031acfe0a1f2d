import { codeOnly, keyNotLogged, logsName } from '../../src/checks/key-not-logged.js'
import { keyLogVisitor } from '../../src/checks/key-log-lines.js'
import { compliantRepo, runCheck } from './check-helpers.js'

describe('key-not-logged', () => {
  it('passes when code only says whether the key is set', async () => {
    const repo = compliantRepo({
      'src/status.ts': [
        "console.log('MISTRAL_API_KEY set:', Boolean(process.env.MISTRAL_API_KEY))",
        "console.info(`key ${apiKey ? 'present' : 'missing'}`)",
        "if (!process.env.MISTRAL_API_KEY) console.error('MISTRAL_API_KEY is missing: see .env.example')",
        "logger.info('key length', apiKey.length)",
        'console.log(`key ${apiKey.slice(0, 4)}…`)',
        "console.log('using apiKey from the environment') // apiKey named in text only",
      ].join('\n'),
      'app/main.py': [
        'import os',
        'if os.getenv("MISTRAL_API_KEY") is None:',
        '    print("Set MISTRAL_API_KEY first")',
        'print(f"key present: {bool(api_key)}")',
        'print(f"key starts {api_key[:4]}")',
      ].join('\n'),
      'run.sh': '[ -n "$MISTRAL_API_KEY" ] || echo "MISTRAL_API_KEY is not set" >&2\n',
    })
    try {
      const row = await runCheck(keyNotLogged, repo)
      expect(row).toMatchObject({ id: 'key-not-logged', status: 'pass', locations: [] })
    } finally {
      repo.remove()
    }
  })

  it('warns, at each line, where code prints or logs the key or a client apiKey', async () => {
    const repo = compliantRepo({
      'src/debug.ts': [
        "console.log('key', process.env.MISTRAL_API_KEY)",
        'console.debug(`client key: ${client.apiKey}`)',
        "process.stdout.write(process.env['MISTRAL_API_KEY'] + '\\n')",
      ].join('\n'),
      'app/debug.py': [
        'print(os.environ["MISTRAL_API_KEY"])',
        'logging.info(f"using {settings.mistral_api_key}")',
        "logger.debug('key=%s', api_key)",
      ].join('\n'),
      'cmd/main.go': 'fmt.Println(os.Getenv("MISTRAL_API_KEY"))\n',
      'deploy.sh': 'echo "deploying with $MISTRAL_API_KEY"\n',
    })
    try {
      const row = await runCheck(keyNotLogged, repo)
      expect(row.status).toBe('warn')
      expect(row.locations).toEqual([
        { file: 'app/debug.py', line: 1 },
        { file: 'app/debug.py', line: 2 },
        { file: 'app/debug.py', line: 3 },
        { file: 'cmd/main.go', line: 1 },
        { file: 'deploy.sh', line: 1 },
        { file: 'src/debug.ts', line: 1 },
        { file: 'src/debug.ts', line: 2 },
        { file: 'src/debug.ts', line: 3 },
      ])
      expect(row.message).toMatch(/^8 lines may print or log the key \(app\/debug\.py:1, .* and 3 more\): log whether it is set/)
    } finally {
      repo.remove()
    }
  })

  it('tells code from strings', () => {
    expect(codeOnly('console.log("a MISTRAL_API_KEY b", x) // apiKey')).toBe('console.log( , x) ')
    expect(codeOnly('print(f"k={cfg.api_key}")')).toContain('cfg.api_key')
    expect(logsName("console.log('apiKey:', apiKey)", 'apiKey', false)).toBe(true)
    expect(logsName("console.log('apiKey:', !!apiKey)", 'apiKey', false)).toBe(false)
    expect(logsName("console.log(key ?? apiKey)", 'apiKey', false)).toBe(true)
  })

  it('skips a repository without source files', async () => {
    const repo = compliantRepo({}, ['src/env.ts', 'src/client.ts', 'scripts/dev-server.py'])
    try {
      const row = await runCheck(keyNotLogged, repo)
      expect(row).toMatchObject({ status: 'skip', message: 'No source file to look at.' })
    } finally {
      repo.remove()
    }
  })
  it('reads each line that names the key once, however many names it holds; CRLF and long lines as before', () => {
    const visitor = keyLogVisitor(['MISTRAL_API_KEY', 'apiKey', 'api_key', 'apikey'], () => false)
    const long = `console.log(apiKey) ${'x'.repeat(2000)}`
    visitor.visit(
      'src/a.ts',
      [
        "const apiKey = process.env.MISTRAL_API_KEY",
        'console.log(apiKey, process.env.MISTRAL_API_KEY, api_key)\r',
        long,
        'no name on this line: console.log(value)',
        'console.log(settings.mistral_api_key)',
      ].join('\n'),
    )
    visitor.visit('src/b.ts', 'console.log(apiKey)')
    visitor.visit('src/c.ts', 'console.log("nothing")')
    expect(visitor.gathered()).toEqual({
      hits: [
        { file: 'src/a.ts', line: 2 },
        { file: 'src/a.ts', line: 5 },
        { file: 'src/b.ts', line: 1 },
      ],
      read: 3,
    })
  })
})
