export type Level = 'debug' | 'info' | 'warn' | 'error'
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 }

/**
 * Structured logs, one JSON object a line. Callers pass only technical facts (ids, codes, counts,
 * timings): never names, addresses, phone numbers, notes, bodies or query strings. `Fields` is kept
 * to scalars so a whole object (a request body, a row) cannot be dropped in by accident.
 */
export type Fields = Record<string, string | number | boolean | null | undefined>

export interface Logger {
  debug(msg: string, fields?: Fields): void
  info(msg: string, fields?: Fields): void
  warn(msg: string, fields?: Fields): void
  error(msg: string, fields?: Fields): void
}

export function createLogger(options: { level?: Level; write?: (line: string) => void } = {}): Logger {
  const min = RANK[options.level ?? 'info']
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`))
  const emit = (level: Level, msg: string, fields?: Fields) => {
    if (RANK[level] < min) return
    write(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }))
  }
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  }
}
