// `mistral-guard init`: a commented starter .mistral-guard.yml and the missing .gitignore lines, at the
// root of the repository the command runs in. Never overwrites; a second run changes nothing.
import { UsageError } from '../config/config-error.js'
import { gitText } from '../git/runner.js'
import { initRepository } from '../init/init-repository.js'
import type { Command } from './io.js'

const HELP = `Usage: mistral-guard init

Writes a commented starter .mistral-guard.yml at the repository root (never over an existing one) and
appends to .gitignore the lines that keep secret files (.env, .env.local, .env.*.local, *.pem, *.key,
secrets/ and the config's gitignore.probes) out of git. Running it again changes nothing.
`

export const initCommand: Command = async (argv, io) => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP)
    return 0
  }
  if (argv.length > 0) throw new UsageError(`init takes no arguments (got '${argv[0]}'). See 'mistral-guard init --help'.`)

  const root = await repositoryRoot(io.cwd)
  const outcome = await initRepository(root)

  const lines: string[] = []
  lines.push(
    outcome.configCreated
      ? `Created ${outcome.configFile}: a commented starter with the checklist defaults; edit the policy to fit.`
      : `Kept the existing ${outcome.configFile} (init never overwrites it).`,
  )
  if (outcome.linesAdded.length > 0) {
    const verb = outcome.gitignoreCreated ? 'Created .gitignore with' : 'Appended to .gitignore'
    lines.push(`${verb}: ${outcome.linesAdded.join(' ')}`)
  } else {
    lines.push('.gitignore already covers the secret files: nothing added.')
  }
  for (const negation of outcome.negations) {
    lines.push(
      `To do by hand: ${negation.file}:${negation.line} '${negation.pattern}' un-ignores ${negation.path}; remove that line.`,
    )
  }
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

async function repositoryRoot(cwd: string): Promise<string> {
  let inside: string
  try {
    inside = (await gitText(['rev-parse', '--is-inside-work-tree'], { cwd })).trim()
  } catch {
    throw new UsageError(`init must run inside a git repository ('${cwd}' is not in one).`)
  }
  if (inside !== 'true') throw new UsageError('init needs a working tree: a bare repository has no .gitignore to write.')
  return (await gitText(['rev-parse', '--show-toplevel'], { cwd })).trim()
}
