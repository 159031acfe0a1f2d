// Every committed env template declares what the env schema requires, holds no secret value and only
// allowed enum values; and the application validates its environment when it starts.
import type { CheckLocation } from '../report/report.js'
import type { Check } from './check.js'
import { CHECK_TITLES } from './check-ids.js'
import { MAX_NAMED, nameSome, plural, result } from './check.js'
import { parseEnvFile } from './env-file.js'
import { looksLikeKey, looksLikePlaceholder } from './key-shape.js'
import { allowedPath, policyOf, secretVariables } from './policy.js'
import { isEnvTemplateName } from './secret-files.js'
import { sharedTextPass } from './shared-text-pass.js'
import { VALIDATORS } from './startup-validation.js'
import { harvest } from './text-visitor.js'

export const ENV_SCHEMA = 'env-schema'
const TITLE = CHECK_TITLES[ENV_SCHEMA]

interface Problem {
  level: 'fail' | 'warn'
  text: string
  location?: CheckLocation
  locations?: CheckLocation[]
}

function locationsOf(problems: Problem[]): CheckLocation[] {
  return problems.flatMap((problem) => [...(problem.location ? [problem.location] : []), ...(problem.locations ?? [])])
}

export const envSchema: Check = async (run) => {
  const policy = policyOf(run.config)
  const allowed = allowedPath(policy)
  const explicit = new Set(run.files.match(policy.envTemplateGlobs))
  const templates = new Set(
    run.files.paths.filter((file) => explicit.has(file) || (isEnvTemplateName(file) && !allowed(file))),
  )

  const problems: Problem[] = []
  let read = 0
  for await (const { path: file, text } of run.files.texts((candidate) => templates.has(candidate))) {
    read++
    problems.push(...templateProblems(file, text, policy.env))
  }

  const keyVariable = secretVariables(policy)[0]
  // Searched in the pass shared with the other checks that read every source file.
  const validation = harvest((await sharedTextPass(run)).startupValidation)
  const validated = validation.validatedIn.length > 0
  if (!validated && validation.readAt.length > 0) {
    problems.push({
      level: 'warn',
      text:
        `The application reads ${keyVariable} without validating its environment at start-up ` +
        `(${nameSome(validation.readAt.map((at) => at.file))}): declare it in a schema ` +
        `(${VALIDATORS.slice(0, 6).map((v) => v.name).join(', ')}, pydantic BaseSettings…) in a file that names it`,
      locations: validation.readAt,
    })
  }

  if (read === 0) {
    const unread = templates.size > 0 ? ` (${plural(templates.size, 'template')} unreadable)` : ''
    const none = `No env template to check${unread}: commit a .env.example listing the variables, without values`
    const warnings = problems.filter((problem) => problem.level === 'warn')
    if (warnings.length > 0) {
      return result(ENV_SCHEMA, TITLE, 'warn', `${warnings.map((w) => w.text).join('; ')}. ${none}.`, [
        ...locationsOf(warnings),
      ])
    }
    const why = validated ? ` (start-up validation found in ${validation.validatedIn[0].file})` : ''
    return result(ENV_SCHEMA, TITLE, 'skip', `${none}${why}.`)
  }

  const failures = problems.filter((problem) => problem.level === 'fail')
  const status = failures.length > 0 ? 'fail' : problems.length > 0 ? 'warn' : 'pass'
  if (status === 'pass') {
    const how = validated ? `; ${validation.validatedIn[0].file} validates it with ${validation.validatedIn[0].validator}` : ''
    return result(
      ENV_SCHEMA,
      TITLE,
      'pass',
      `${plural(read, 'env template')} follow${read === 1 ? 's' : ''} the env schema (${describeSchema(policy.env)})${how}.`,
    )
  }
  const ordered = [...failures, ...problems.filter((problem) => problem.level === 'warn')]
  const texts = ordered.map((problem) => problem.text)
  return result(
    ENV_SCHEMA,
    TITLE,
    status,
    `${nameSome(texts, MAX_NAMED, '; ')}.`,
    locationsOf(ordered),
  )
}

/** Problems of one template against the schema. Values are never quoted: a template may hold a real key. */
export function templateProblems(
  file: string,
  text: string,
  schema: Readonly<Record<string, { required?: boolean; secret?: boolean; enum?: string[] }>>,
): Problem[] {
  const entries = parseEnvFile(text)
  const problems: Problem[] = []
  for (const [name, rule] of Object.entries(schema)) {
    const entry = entries.get(name)
    if (!entry) {
      if (rule.required) {
        problems.push({ level: 'fail', text: `${file} does not declare ${name}: add \`${name}=\``, location: { file, line: 1 } })
      }
      continue
    }
    const at = { file, line: entry.line }
    if (rule.secret && entry.value !== '') {
      if (looksLikeKey(entry.value)) {
        problems.push({
          level: 'fail',
          text: `${file}:${entry.line} ${name} holds a key-shaped value: leave it empty or write a placeholder, and rotate the key if it was real`,
          location: at,
        })
      } else if (!looksLikePlaceholder(entry.value)) {
        problems.push({
          level: 'warn',
          text: `${file}:${entry.line} ${name} holds a value that is not a placeholder: leave it empty or write e.g. \`your-key-here\``,
          location: at,
        })
      }
    }
    if (rule.enum && entry.value !== '' && !rule.enum.includes(entry.value) && !rule.secret) {
      problems.push({
        level: 'fail',
        text: `${file}:${entry.line} ${name}=${looksLikeKey(entry.value) ? '(a key-shaped value)' : `'${entry.value}'`} is not one of ${rule.enum.join(', ')}`,
        location: at,
      })
    }
  }
  return problems
}

/** `MISTRAL_API_KEY (required, secret), NODE_ENV (development|staging|production)`. */
function describeSchema(schema: Readonly<Record<string, { required?: boolean; secret?: boolean; enum?: string[] }>>): string {
  return Object.entries(schema)
    .map(([name, rule]) => {
      const traits = [rule.required ? 'required' : '', rule.secret ? 'secret' : '', rule.enum ? rule.enum.join('|') : '']
      const shown = traits.filter(Boolean)
      return shown.length > 0 ? `${name} (${shown.join(', ')})` : name
    })
    .join(', ')
}
