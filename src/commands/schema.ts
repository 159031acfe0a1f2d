import { z } from 'zod'
import { configSchema } from '../config/schema.js'
import type { Command } from './io.js'

/** The JSON Schema of `.mistral-guard.yml`, generated from the zod schema so the two never drift. */
export function configJsonSchema(): object {
  return {
    $id: 'https://github.com/mistral-guard/mistral-guard/dist/mistral-guard.schema.json',
    title: 'mistral-guard configuration (.mistral-guard.yml)',
    ...z.toJSONSchema(configSchema, { io: 'input' }),
  }
}

export const schemaCommand: Command = async (_argv, io) => {
  io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`)
  return 0
}
