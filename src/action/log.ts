// What the action writes to the runner's log, behind one small interface so that tests can record it.
// Production writes workflow commands (notices, warnings, ::error annotations with file and line): see
// runner-commands.ts, and core-commands.ts on the path that scans.

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
