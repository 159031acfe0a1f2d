import { envSchema } from '../../src/checks/env-schema.js'
import { expectNoKey, fakeKey } from '../helpers/keys.js'
import { makeRepo } from '../helpers/repo.js'
import { compliantRepo, runCheck } from './check-helpers.js'

describe('env-schema', () => {
  it('passes on templates that declare the schema with empty or placeholder values, and says who validates', async () => {
    const repo = compliantRepo({
      'services/api/.env.production.example': 'MISTRAL_API_KEY="<your Mistral key>"\nNODE_ENV=production # fixed\n',
      'services/worker/env.sample': `export MISTRAL_API_KEY=${'x'.repeat(32)}\n`,
      'web/.env.template': 'MISTRAL_API_KEY=your-mistral-api-key-here\r\n',
    })
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('pass')
      expect(row.message).toBe(
        '4 env templates follow the env schema (MISTRAL_API_KEY (required, secret), NODE_ENV (development|staging|production)); ' +
          'src/env.ts validates it with zod.',
      )
    } finally {
      repo.remove()
    }
  })

  it.each([
    ['mixed letters and digits', fakeKey(7)],
    ['letters only', fakeKey(8, { lettersOnly: true })],
  ])('fails on a template holding a real-looking key (%s), without ever quoting it', async (_kind, key) => {
    const repo = compliantRepo({ '.env.example': `# Mistral\nNODE_ENV=development\nMISTRAL_API_KEY='${key}'\n` })
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toContain('.env.example:3 MISTRAL_API_KEY holds a key-shaped value')
      expect(row.locations).toEqual([{ file: '.env.example', line: 3 }])
      expectNoKey(JSON.stringify(row), [key], 'env-schema row')
    } finally {
      repo.remove()
    }
  })

  it('warns on a secret holding a value that is neither empty nor a placeholder', async () => {
    const repo = compliantRepo({ '.env.example': 'MISTRAL_API_KEY=Zq81mmPA\nNODE_ENV=staging\n' })
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('warn')
      expect(row.message).toContain('.env.example:1 MISTRAL_API_KEY holds a value that is not a placeholder')
      expect(row.message).not.toContain('Zq81mmPA')
    } finally {
      repo.remove()
    }
  })

  it('fails when a template does not declare a required variable', async () => {
    const repo = compliantRepo({ 'api/.env.example': 'NODE_ENV=development\nMISTRAL_KEY=\n' })
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe('api/.env.example does not declare MISTRAL_API_KEY: add `MISTRAL_API_KEY=`.')
      expect(row.locations).toEqual([{ file: 'api/.env.example', line: 1 }])
    } finally {
      repo.remove()
    }
  })

  it('fails on an enum value the schema does not allow', async () => {
    const repo = compliantRepo({ '.env.example': 'MISTRAL_API_KEY=\nNODE_ENV=dev\n' })
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('fail')
      expect(row.message).toBe(".env.example:2 NODE_ENV='dev' is not one of development, staging, production.")
    } finally {
      repo.remove()
    }
  })

  it("uses the config's env schema and envTemplates instead of the defaults", async () => {
    const repo = compliantRepo({ 'deploy/skeleton.env': 'CODESTRAL_API_KEY=\nREGION=mars\n' })
    try {
      const config = [
        'env:',
        '  CODESTRAL_API_KEY: { required: true, secret: true }',
        '  REGION: { required: true, enum: [eu, us] }',
        'envTemplates: ["deploy/*.env"]',
      ].join('\n')
      const row = await runCheck(envSchema, repo, { config })
      expect(row.status).toBe('fail')
      expect(row.message).toContain('.env.example does not declare CODESTRAL_API_KEY')
      expect(row.message).toContain('.env.example does not declare REGION')
      expect(row.message).toContain("deploy/skeleton.env:2 REGION='mars' is not one of eu, us")
      expect(row.message).not.toContain('NODE_ENV')
    } finally {
      repo.remove()
    }
  })

  it('warns when the application reads the key without validating its environment at start-up', async () => {
    const repo = compliantRepo(
      { 'src/client.ts': "export const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY ?? '' })\n" },
      ['src/env.ts', 'scripts/dev-server.py'],
    )
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('warn')
      expect(row.message).toMatch(/^The application reads MISTRAL_API_KEY without validating its environment at start-up \(src\/client\.ts\): declare it in a schema \(zod, joi, envalid/)
      expect(row.locations).toEqual([{ file: 'src/client.ts', line: 1 }])
    } finally {
      repo.remove()
    }
  })

  it.each([
    ['pydantic BaseSettings', 'app/settings.py', 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    mistral_api_key: str\n'],
    ['Go env tags', 'internal/config.go', 'type Config struct {\n\tAPIKey string `envconfig:"MISTRAL_API_KEY" required:"true"`\n}\n'],
    ['envalid', 'src/env.js', "const env = cleanEnv(process.env, { MISTRAL_API_KEY: str() })\n"],
  ])('counts %s as start-up validation', async (_name, file, source) => {
    const repo = compliantRepo(
      { [file]: source, 'src/client.ts': "const key = process.env['MISTRAL_API_KEY']\nos.getenv('MISTRAL_API_KEY')\n" },
      ['src/env.ts'],
    )
    try {
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('pass')
      expect(row.message).toContain(`${file} validates it`)
    } finally {
      repo.remove()
    }
  })

  it('skips, saying why, when there is no template and no code reads the key', async () => {
    const repo = makeRepo()
    try {
      repo.write('README.md', 'nothing here\n')
      repo.commit('readme')
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('skip')
      expect(row.message).toBe('No env template to check: commit a .env.example listing the variables, without values.')
    } finally {
      repo.remove()
    }
  })

  it('warns without a template when code reads the key unvalidated', async () => {
    const repo = makeRepo()
    try {
      repo.write('main.py', 'import os\nkey = os.environ["MISTRAL_API_KEY"]\n')
      repo.commit('main')
      const row = await runCheck(envSchema, repo)
      expect(row.status).toBe('warn')
      expect(row.message).toContain('No env template to check')
      expect(row.locations).toEqual([{ file: 'main.py', line: 2 }])
    } finally {
      repo.remove()
    }
  })

  it('reads the index in staged mode and HEAD in a bare repository', async () => {
    const key = fakeKey(9)
    const repo = compliantRepo()
    const bare = makeRepo({ bare: true })
    try {
      repo.write('.env.example', `MISTRAL_API_KEY=${key}\n`)
      repo.git('add', '.env.example')
      repo.write('.env.example', 'MISTRAL_API_KEY=\n')
      expect((await runCheck(envSchema, repo, { mode: 'staged' })).status).toBe('fail')
      expect((await runCheck(envSchema, repo, { mode: 'tree' })).status).toBe('pass')

      repo.write('.env.example', `MISTRAL_API_KEY=${key}\n`)
      repo.commit('leak into the template')
      repo.git('push', '-q', bare.dir, 'main')
      const row = await runCheck(envSchema, bare)
      expect(row.status).toBe('fail')
      expect(row.locations).toEqual([{ file: '.env.example', line: 1 }])
    } finally {
      repo.remove()
      bare.remove()
    }
  })
})
