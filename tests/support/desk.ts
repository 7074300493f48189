import type { Page } from 'playwright-core'

/** Steps of the call-center desk, shared by the browser tests. */

/** The sizes the desk is used at: the desk's screen (1440×900) and tablets (1280×800, 768×1024). */
export const DESK_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
]

const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10)

/** Every desk screen, as the layout test and the screenshot walk visit them (today's day view in Tokyo). */
export const DESK_SCREENS = [
  '/desk',
  '/desk/bookings',
  '/desk/bookings/calendar',
  '/desk/bookings/callbacks',
  `/desk/bookings/day/${today}`,
  '/desk/calls',
  '/desk/today',
  '/desk/inbox',
  '/desk/complaints',
  '/desk/status',
  '/desk/status/import',
  '/desk/faq',
  '/desk/reports',
  '/desk/staff',
  '/desk/schedule',
  '/desk/reports/meeting',
]

/** Open the desk signed out, as staff do: it sends them to sign in, and Enter brings them to the desk home. */
export async function signInAtDesk(
  page: Page,
  url: string,
  loginId: string,
  password: string,
): Promise<void> {
  await page.goto(`${url}/desk`)
  await page.waitForURL('**/sign-in')
  await page.locator('input[name="loginId"]').fill(loginId)
  await page.locator('input[name="password"]').fill(password)
  await page.keyboard.press('Enter')
  await page.getByTestId('desk-home').waitFor()
}

/** The slot the desk holds: the option in the slot list that wears the 仮押さえ中 tag. */
export function heldSlot(page: Page) {
  return page
    .getByTestId('slot-list')
    .getByRole('option')
    .filter({ has: page.getByTestId('slot-held') })
}

/** Who a booking made through the API is for (the name and phone the desk later shows). */
export interface BookedPerson {
  name: string
  kana: string
  phone: string
}

/**
 * Book the first free renewal slot for one person through the API, as the staff member signed in
 * on the page (its session cookie and CSRF token): set-up for a test about what the desk does next.
 */
export function bookThroughApi(
  page: Page,
  person: BookedPerson,
): Promise<{ id: string; ref: string; date: string; time: string }> {
  return page.evaluate(async ({ name, kana, phone }) => {
    const session = await (await fetch('/api/auth/session')).json()
    const free = await (await fetch('/api/booking/availability?type=renewal&people=1&limit=1')).json()
    const slot = free.slots[0]
    const response = await fetch('/api/bookings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({
        idempotencyKey: crypto.randomUUID(),
        date: slot.date,
        time: slot.time,
        people: [{ type: 'renewal', name, kana, birthDate: '1985-06-15', phone }],
      }),
    })
    const body = await response.json()
    if (response.status !== 201) throw new Error(JSON.stringify(body))
    return { id: body.bookings[0].id, ref: body.bookings[0].ref, date: slot.date, time: slot.time }
  }, person)
}
