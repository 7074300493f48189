import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  addDays,
  bookingWindow,
  DEFAULT_COUNTER_CALENDAR,
  newId,
  type Role,
  slotsOfDay,
} from '@madoguchi/shared'
import Database from 'better-sqlite3'
import { hashPassword } from '../../sync-server/src/auth/passwords'
import { insertStaff } from '../../sync-server/src/auth/queries'
import { migrate } from '../../sync-server/src/db/migrate'
import { SOAK_PASSWORD, soakLogin } from './accounts'
import type { Acked, ClientJob, Sample, Work } from './client'

// The soak's load, from the parent's side: who works and how often, the accounts they sign in with,
// the slots they book, and the client processes (client.ts) that send the requests.

/** The load: who works, how many at once, how often each starts an action. */
export const CLIENTS: { work: Work; users: number; paceMs: number }[] = [
  { work: 'desk', users: 3, paceMs: 500 },
  { work: 'desk', users: 3, paceMs: 500 },
  { work: 'sync', users: 2, paceMs: 1500 },
  { work: 'sign-in', users: 1, paceMs: 2000 },
]

/** The slots the clients book (tomorrow to the window's last day) and the month whose views they read. */
export function bookableSlots(): { slots: ClientJob['slots']; month: string } {
  const window = bookingWindow(DEFAULT_COUNTER_CALENDAR.rules, Date.now())
  const slots: ClientJob['slots'] = []
  for (let date = addDays(window.first, 1); date <= window.last; date = addDays(date, 1)) {
    const day = slotsOfDay(DEFAULT_COUNTER_CALENDAR, date)
    if (day.open) for (const s of day.slots) slots.push({ date, time: s.time })
  }
  return { slots, month: (slots[0]?.date ?? window.first).slice(0, 7) }
}

export function startClient(job: ClientJob, onSamples: (samples: Sample[]) => void) {
  const child: ChildProcess = fork(fileURLToPath(new URL('./client.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let isReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    isReady = resolve
  })
  const done = new Promise<{ acked: Acked; error: string | null }>((resolve, reject) => {
    child.on('message', (m: { type: string; samples?: Sample[]; acked?: Acked; error?: string | null }) => {
      if (m.type === 'ready') isReady()
      if (m.type === 'samples') onSamples(m.samples ?? [])
      if (m.type === 'done') resolve({ acked: m.acked as Acked, error: m.error ?? null })
    })
    child.on('exit', (code) => reject(new Error(`soak client (${job.work}) exited with ${code}`)))
  })
  return {
    ready,
    start: () => child.send({ type: 'start', job }),
    stop: () => child.send({ type: 'stop' }),
    done,
  }
}

const ROLE_OF: Record<Work, Role> = { desk: 'operator', sync: 'outreach', 'sign-in': 'supervisor' }

/**
 * One account per simulated user, written into the file before the server first opens it (the
 * server then migrates nothing and seeds its demo data beside them).
 */
export async function soakAccounts(dbPath: string) {
  const db = new Database(dbPath)
  try {
    migrate(db)
    const passwordHash = await hashPassword(SOAK_PASSWORD)
    const createdAt = new Date().toISOString()
    db.transaction(() => {
      CLIENTS.forEach((c, i) => {
        for (let u = 0; u < c.users; u++) {
          const loginId = soakLogin(c.work, clientSeed(i), u)
          insertStaff(db, {
            id: newId(),
            loginId,
            displayName: `耐久 ${loginId}`,
            role: ROLE_OF[c.work],
            passwordHash,
            createdAt,
          })
        }
      })
    })()
  } finally {
    db.close()
  }
}
export const clientSeed = (index: number) => 1000 + index
