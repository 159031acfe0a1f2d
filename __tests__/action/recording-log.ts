// An ActionLog that keeps every line, so tests can read what the runner would have shown.
import type { ActionLog, AnnotationPlace } from '../../src/action/log.js'

export interface LogLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error'
  message: string
  place?: AnnotationPlace
}

export function recordingLog(): ActionLog & { lines: LogLine[]; text(): string; at(level: LogLine['level']): LogLine[] } {
  const lines: LogLine[] = []
  const add = (level: LogLine['level']) => (message: string, place?: AnnotationPlace) => {
    lines.push({ level, message, ...(place ? { place } : {}) })
  }
  return {
    lines,
    debug: add('debug'),
    info: add('info'),
    notice: add('notice'),
    warning: add('warning'),
    error: add('error'),
    text: () => lines.map((line) => `${line.level}: ${line.message} ${JSON.stringify(line.place ?? {})}`).join('\n'),
    at: (level) => lines.filter((line) => line.level === level),
  }
}
