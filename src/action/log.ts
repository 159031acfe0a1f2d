// What the action writes to the runner's log, behind one small interface so that tests can record it.
// Production goes through @actions/core: notices, warnings and ::error annotations with file and line.
import * as core from '@actions/core'

export interface AnnotationPlace {
  title: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface ActionLog {
  debug(message: string): void
  info(message: string): void
  notice(message: string, place?: AnnotationPlace): void
  warning(message: string, place?: AnnotationPlace): void
  error(message: string, place?: AnnotationPlace): void
}

export const coreLog: ActionLog = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message, place) => core.notice(message, place),
  warning: (message, place) => core.warning(message, place),
  error: (message, place) => core.error(message, place),
}
