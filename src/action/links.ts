// Where the report's locations link to: the file at the event's head commit on the GitHub server.
import type { RenderLinks } from '../report/reporter.js'
import type { ActionSettings } from '../settings/from-inputs.js'
import type { EventPlan } from './event.js'

export function linksFor(settings: ActionSettings, plan: EventPlan): RenderLinks {
  const { serverUrl, owner, repo } = settings.github
  return { serverUrl, repository: `${owner}/${repo}`, ref: plan.linkSha }
}
