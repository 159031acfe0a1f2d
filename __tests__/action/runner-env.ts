// The INPUT_* variables the runner sets from action.yml's defaults (the token expression evaluated).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export const ACTION_YML = new URL('../../action.yml', import.meta.url)

export interface ActionYml {
  name: string
  description: string
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export function actionYml(): ActionYml {
  return parse(readFileSync(ACTION_YML, 'utf8')) as ActionYml
}

export function defaultInputs(token = 'ghs_test_token'): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, input] of Object.entries(actionYml().inputs)) {
    const value = input.default === '${{ github.token }}' ? token : (input.default ?? '')
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  return env
}
