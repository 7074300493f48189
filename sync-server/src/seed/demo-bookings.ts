import { type BookingTypeCode, newId } from '@madoguchi/shared'
import { toSessionUser } from '../auth/queries'
import { availability } from '../booking/availability'
import { ensureBookingDefaults } from '../booking/calendar-service'
import { createBookings } from '../booking/service'
import type { Deps } from '../deps'

/** Invented callers, so a demo desk has bookings to find by phone, kana, birth date or reference. */
const DEMO_CALLERS: readonly {
  type: BookingTypeCode
  name: string
  kana: string
  birthDate: `${number}-${number}-${number}`
  phone: string
}[] = [
  {
    type: 'renewal',
    name: '恵庭 花子',
    kana: 'エニワ ハナコ',
    birthDate: '1980-04-01',
    phone: '09000000001',
  },
  {
    type: 'new_issuance',
    name: '島松 健',
    kana: 'シママツ ケン',
    birthDate: '1995-10-12',
    phone: '09000000002',
  },
  {
    type: 'certificate_renewal',
    name: '柏木 陽子',
    kana: 'カシワギ ヨウコ',
    birthDate: '1972-02-28',
    phone: '08000000003',
  },
  { type: 'pin_reset', name: '黄金 正', kana: 'コガネ タダシ', birthDate: '1958-07-07', phone: '0123000004' },
]

/**
 * Book the demo callers into the first free slots of their type, as the demo operator on the phone.
 * Runs only right after the demo staff were seeded on an empty database.
 */
export async function seedDemoBookings(deps: Deps): Promise<number> {
  // Runs before the app is built, which is where the calendar and the types are otherwise seeded.
  ensureBookingDefaults(deps.db)
  const row = deps.db
    .prepare("SELECT id, login_id, display_name, role, department FROM staff WHERE login_id = 'operator'")
    .get() as Parameters<typeof toSessionUser>[0] | undefined
  if (!row) return 0
  const actor = { user: toSessionUser(row) }
  let made = 0
  for (const [i, caller] of DEMO_CALLERS.entries()) {
    const { slots } = availability(deps, { type: caller.type, people: 1, limit: 8 })
    const slot = slots[i * 2] ?? slots[0]
    if (!slot) continue
    const { type, ...person } = caller
    await createBookings(deps, actor, {
      idempotencyKey: newId(),
      date: slot.date,
      time: slot.time,
      channel: 'phone',
      overrideWindow: false,
      people: [{ ...person, type, proxy: false }],
    })
    made++
  }
  return made
}
