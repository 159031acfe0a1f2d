// Reads what `plan repos` or `plan ranges` printed, so `plan gather --plan FILE` can name the repositories or
// ranges whose report never came back.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { UsageError } from '../config/config-error.js'
import type { Expected } from './gather.js'

const entrySchema = z.object({ repository: z.string().optional(), index: z.number().int().optional() })
const planSchema = z.union([
  z.object({ batches: z.array(z.object({ include: z.array(entrySchema) })) }),
  z.object({ include: z.array(entrySchema) }),
])

export async function readPlanFile(file: string): Promise<Expected> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]
    throw new UsageError(
      `Cannot read --plan '${file}': ${reason}. Expected the JSON 'plan repos' or 'plan ranges' printed.`,
    )
  }
  const plan = planSchema.safeParse(parsed)
  if (!plan.success) {
    throw new UsageError(
      `--plan '${file}' is not a plan: expected {"batches":[{"include":[…]}]} or {"include":[…]}.`,
    )
  }
  const entries = 'batches' in plan.data ? plan.data.batches.flatMap((b) => b.include) : plan.data.include
  return {
    repositories: entries.flatMap((e) => (e.repository === undefined ? [] : [e.repository])),
    ranges: entries.flatMap((e) => (e.repository === undefined && e.index !== undefined ? [String(e.index)] : [])),
  }
}
