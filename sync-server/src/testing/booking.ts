import { fromTokyo, newId, type Role } from '@madoguchi/shared'
import { SESSION_COOKIE } from '../auth/authorize'
import { insertStaff } from '../auth/queries'
import { startSession } from '../auth/service'
import { type Client, clientWith, type TestServer } from './harness'

/** Tuesday 2026-12-01, 10:00 in Tokyo: the booking window then runs 12-02 … 2027-01-30. */
export const NOW = new Date(fromTokyo('2026-12-01', '10:00'))

let serial = 0

/** A made-up caller; every call gives a new phone number so searches can tell them apart. */
export function person(overrides: Record<string, unknown> = {}) {
  serial += 1
  return {
    type: 'certificate_renewal',
    name: '山田 太郎',
    kana: 'ヤマダ タロウ',
    birthDate: '1980-04-01',
    phone: `090${String(10_000_000 + serial).slice(-8)}`,
    proxy: false,
    ...overrides,
  }
}

export function createBody(overrides: Record<string, unknown> = {}) {
  serial += 1
  return {
    idempotencyKey: newId(),
    date: '2026-12-03',
    time: '10:00',
    people: [person()],
    ...overrides,
  }
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T
}

export interface BookingJson {
  id: string
  ref: string
  version: number
  date: string
  time: string
  endTime: string
  status: string
  groupId: string
}

/** Book and return the bookings, failing the test with the answer if it was not 201. */
export async function book(client: Client, overrides: Record<string, unknown> = {}): Promise<BookingJson[]> {
  const res = await client.request('POST', '/api/bookings', createBody(overrides))
  if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${await res.text()}`)
  return (await json<{ bookings: BookingJson[] }>(res)).bookings
}

/** A second staff member of a role (the demo data has one of each), signed in. */
export function anotherStaff(server: TestServer, role: Role, displayName = `${role} 二`): Client {
  const id = newId()
  insertStaff(server.db, {
    id,
    loginId: `${role}-${id.slice(-6)}`,
    displayName,
    role,
    passwordHash: 'x',
    createdAt: new Date().toISOString(),
  })
  const { token, info } = startSession(server.deps, { id, loginId: id, displayName, role })
  return clientWith(server, `${SESSION_COOKIE}=${token}`, info.csrfToken)
}
