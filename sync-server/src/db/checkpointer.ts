import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { Db } from './open'

/**
 * Checkpoints off the request path. In WAL mode every commit appends pages to the WAL, and by
 * default the connection that commits past 1,000 pages copies them all back into the database file
 * and syncs it, inside that request: a booking that lands on that commit waits for two fsyncs, and
 * the whole event loop with it. Here a worker thread with its own connection does the copying
 * (PASSIVE: it never blocks a reader or the writer) on the machine's other core, and the server's
 * connection only checkpoints itself as a backstop if the WAL ever grows far past what the worker
 * keeps up with. Durability is unchanged: a commit is in the WAL before it is answered either way.
 */
export interface CheckpointerOptions {
  /** Wait between rounds while the WAL is growing. */
  busyMs?: number
  /** Wait between rounds while nothing is being written. */
  idleMs?: number
  /** WAL pages at which the server's own connection checkpoints after all (the backstop). */
  backstopPages?: number
}

export interface CheckpointerReport {
  rounds: number
  /** Frames in the WAL at the last round, and how many of them are in the database file. */
  log: number
  checkpointed: number
}

export interface Checkpointer {
  /** What the thread has done so far; undefined once it has failed or stopped. */
  report(): Promise<CheckpointerReport | undefined>
  stop(): Promise<void>
}

const DEFAULTS: Required<CheckpointerOptions> = { busyMs: 100, idleMs: 500, backstopPages: 8000 }

export function startCheckpointer(
  db: Db,
  options: CheckpointerOptions = {},
  onError: (error: unknown) => void = () => {},
): Checkpointer {
  const settings = { ...DEFAULTS, ...options }
  if (db.memory) throw new Error('an in-memory database has no WAL to checkpoint')
  db.pragma(`wal_autocheckpoint = ${settings.backstopPages}`)
  // After the WAL restarts from its beginning, cut the file back so a burst does not keep its size.
  db.pragma(`journal_size_limit = ${settings.backstopPages * 4096}`)
  const worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), {
    workerData: { path: db.name, ...settings },
  })
  // The thread must not keep the process alive: a server that is told to stop stops.
  worker.unref()
  // Answers come back in the order asked, so each kind of question keeps a queue of who is waiting.
  const waiting = new Map<string, ((value: unknown) => void)[]>()
  let gone = false // failed or stopped: the thread answers nothing more
  const handBack = () => {
    // Without the thread the server's connection checkpoints as it would by default: slower, not wrong.
    gone = true
    if (db.open) db.pragma('wal_autocheckpoint = 1000')
    for (const queue of waiting.values()) for (const resolve of queue) resolve(undefined)
    waiting.clear()
  }
  worker.on('error', (error) => {
    handBack()
    onError(error)
  })
  worker.on('exit', handBack)
  worker.on('message', (m: { type: string; report?: CheckpointerReport }) => {
    waiting.get(m.type)?.shift()?.(m.report)
  })
  const ask = <T>(message: string, reply: string) =>
    new Promise<T | undefined>((resolve) => {
      if (gone) return resolve(undefined)
      const queue = waiting.get(reply) ?? []
      queue.push(resolve as (value: unknown) => void)
      waiting.set(reply, queue)
      worker.postMessage(message)
    })
  let stopping: Promise<void> | undefined
  return {
    report: () => ask<CheckpointerReport>('report', 'report'),
    stop() {
      stopping ??= (async () => {
        await Promise.race([ask('stop', 'stopped'), once(worker, 'exit')])
        await worker.terminate()
        // The server's connection takes the job back for whatever it still writes.
        handBack()
      })()
      return stopping
    },
  }
}
