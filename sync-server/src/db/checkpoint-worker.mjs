// The checkpointer's thread (see checkpointer.ts): its own connection to the same file, copying
// committed WAL frames into the database file. PASSIVE never waits for a reader or a writer, so the
// server's connection is never held up by it; what it could not copy this round it copies on a
// later one. Plain JavaScript, so the thread starts the same under tsx, Vitest and plain Node.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

/** @type {{ path: string, busyMs: number, idleMs: number }} */
const { path, busyMs, idleMs } = workerData
const db = new Database(path, { fileMustExist: true })
db.pragma('synchronous = NORMAL')
db.pragma('busy_timeout = 0')

const report = { rounds: 0, log: 0, checkpointed: 0 }
let stopped = false
/** @type {NodeJS.Timeout | undefined} */
let timer

function round() {
  if (stopped) return
  let behind = false
  try {
    const [row] = /** @type {{ log: number, checkpointed: number }[]} */ (
      db.pragma('wal_checkpoint(PASSIVE)')
    )
    const log = row?.log ?? 0
    behind = log !== report.log || (row?.checkpointed ?? 0) < log
    report.rounds += 1
    report.log = log
    report.checkpointed = row?.checkpointed ?? 0
  } catch {
    // SQLITE_BUSY: another connection (another server process) is checkpointing; try again later.
  }
  // Quiet and all copied: empty the WAL file too. Its old frames still hold earlier versions of
  // pages (a memo before it was edited, a row before it was deleted) until they are overwritten;
  // TRUNCATE drops them. With busy_timeout 0 it gives up at once if anyone is reading or writing.
  if (!behind && report.log > 0 && report.checkpointed === report.log) {
    try {
      db.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // busy: the next quiet round tries again
    }
  }
  // While the WAL grows, keep up with it; once it is still, look again a little later.
  timer = setTimeout(round, behind ? busyMs : idleMs)
}

parentPort?.on('message', (message) => {
  if (message === 'report') {
    parentPort?.postMessage({ type: 'report', report })
  } else if (message === 'stop') {
    stopped = true
    clearTimeout(timer)
    db.close()
    parentPort?.postMessage({ type: 'stopped' })
  }
})

round()
