import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { addDays, DEFAULT_COUNTER_CALENDAR, fromTokyo, newId, slotsOfDay, tokyoDate } from '@madoguchi/shared'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../support/server'

// The capacity invariant over real HTTP: 64 clients in 4 OS processes fire at once at one slot,
// half of them through a second server process on the same SQLite file. Exactly C may succeed.
const CLIENTS = 64
const PROCESSES = 4
const CAPACITY = 5

let a: RunningServer
let b: RunningServer
beforeAll(async () => {
  a = await startServer()
  b = await startServer({ dbPath: a.dbPath })
})
afterAll(async () => {
  await b?.stop()
  await a?.stop()
})

async function signIn(url: string, loginId: string, password: string) {
  const res = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginId, password }),
  })
  expect(res.status).toBe(200)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }
}

/** A weekday from two days on that the default calendar opens, well inside the booking window. */
function targetDate() {
  for (let date = addDays(tokyoDate(Date.now()), 2); ; date = addDays(date, 1)) {
    if (slotsOfDay(DEFAULT_COUNTER_CALENDAR, date).open) return date
  }
}

interface RaceBody {
  bookings: { ref: string }[]
  error: { code: string; details: { nextFree: { date: string; time: string }[] } }
}

function runProcess(requests: unknown[]) {
  const child = fork(fileURLToPath(new URL('./race-client.mjs', import.meta.url)), [], { stdio: 'inherit' })
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()))
  const done = new Promise<{ pid: number; results: { status: number; body: RaceBody; url: string }[] }>(
    (resolve, reject) => {
      child.on('message', (m: { type: string }) => {
        if (m.type === 'done') resolve(m as never)
      })
      child.on('exit', (code) => code !== 0 && reject(new Error(`race client exited with ${code}`)))
    },
  )
  return { ready, go: () => child.send({ type: 'go', requests }), done }
}

describe('booking race', () => {
  it(`lets exactly ${CAPACITY} of ${CLIENTS} concurrent clients book a slot of capacity ${CAPACITY}`, async () => {
    const date = targetDate()
    const supervisor = await signIn(a.url, 'supervisor', 'demo-supervisor')
    const current = (await (
      await fetch(`${a.url}/api/booking/calendar`, { headers: supervisor })
    ).json()) as {
      version: number
      calendar: typeof DEFAULT_COUNTER_CALENDAR
    }
    const exception = { date, open: true, opens: '09:00', closes: '12:00', capacity: CAPACITY }
    const put = await fetch(`${a.url}/api/booking/calendar`, {
      method: 'PUT',
      headers: supervisor,
      body: JSON.stringify({
        expectedVersion: current.version,
        calendar: { ...current.calendar, exceptions: [...current.calendar.exceptions, exception] },
      }),
    })
    expect(put.status).toBe(200)

    // One session serves both processes (they share the database file): signing in again would end
    // the first session (one session per staff member, docs/security.md).
    const operator = await signIn(a.url, 'operator', 'demo-operator')
    const operators = [operator, operator]
    const requests = Array.from({ length: CLIENTS }, (_, i) => ({
      url: `${i % 2 ? b.url : a.url}/api/bookings`,
      headers: operators[i % 2],
      body: {
        idempotencyKey: newId(),
        date,
        time: '10:00',
        people: [
          {
            type: 'other',
            name: `競争 ${i}`,
            kana: 'キョウソウ',
            birthDate: '1990-01-01',
            phone: `0900000${String(i).padStart(4, '0')}`,
            proxy: false,
          },
        ],
      },
    }))
    const perProcess = CLIENTS / PROCESSES
    const runs = Array.from({ length: PROCESSES }, (_, p) =>
      runProcess(requests.slice(p * perProcess, (p + 1) * perProcess)),
    )
    await Promise.all(runs.map((r) => r.ready))
    for (const r of runs) r.go()
    const reports = await Promise.all(runs.map((r) => r.done))
    const results = reports.flatMap((r) => r.results)

    expect(new Set(reports.map((r) => r.pid)).size).toBe(PROCESSES)
    expect(results).toHaveLength(CLIENTS)
    const won = results.filter((r) => r.status === 201)
    const lost = results.filter((r) => r.status === 409)
    expect(won).toHaveLength(CAPACITY)
    expect(lost).toHaveLength(CLIENTS - CAPACITY)
    // Both server processes took part on both sides of the race.
    expect(new Set(results.map((r) => new URL(r.url).port)).size).toBe(2)
    for (const r of lost) {
      expect(r.body.error.code).toBe('slot_full')
      const nextFree = r.body.error.details.nextFree
      expect(nextFree.length).toBeGreaterThan(0)
      expect(nextFree.some((s) => s.date === date && s.time === '10:00')).toBe(false)
    }

    // And from the database itself, read by a third connection.
    const db = new Database(a.dbPath, { readonly: true })
    try {
      const start = (fromTokyo(date, '10:00') - fromTokyo(date, '00:00')) / 60_000
      const rows = db
        .prepare("SELECT ref FROM bookings WHERE date = ? AND start_min = ? AND status = 'booked'")
        .pluck()
        .all(date, start) as string[]
      expect(rows).toHaveLength(CAPACITY)
      expect(new Set(rows).size).toBe(CAPACITY)
      expect(rows.sort()).toEqual(won.map((r) => r.body.bookings[0]?.ref).sort())
      const events = db.prepare("SELECT count(*) FROM booking_events WHERE action = 'created'").pluck().get()
      expect(events).toBe(CAPACITY)
    } finally {
      db.close()
    }
  })
})
