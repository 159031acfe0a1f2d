// Golden files in __tests__/expected/report/. Run with UPDATE_GOLDEN=1 to rewrite them after an
// intended change, then read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const GOLDEN_DIR = path.join(process.cwd(), '__tests__', 'expected', 'report')

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing golden file ${name}: run the test with UPDATE_GOLDEN=1 to create it.`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}
