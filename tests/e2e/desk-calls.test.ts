import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// The operator's day on the desk (#13), end to end in the browser: a call taken by hand with a booking
// made during it and logged by keys only; a call opened by the telephone service's event with the
// caller's booking found by number, escalated to 市民課; a complaint. Then city staff answer the
// escalation in their inbox, the operator sees the answer and logs the call-back, and the supervisor
// sees the complaint.

const TOKEN = 'e2e-telephony-token-0123456789abcdef'
const desk = browserSuite({
  viewport: DESKTOP,
  serverEnv: { MADOGUCHI_TELEPHONY_TOKENS: `e2epbx=${TOKEN}` },
})
const PHONE = '090-2468-1357'
const QUESTION = '転入前に申請した分の交付場所を知りたい（はしばみ）'
const ANSWER = '転入後の住所地で交付します。窓口で確認済み（はしばみ）'
const COMPLAINT = '電話がつながるまで長く待たされた（はしばみ）'

const focusedTestId = () =>
  desk.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')

type CallSummary = { id: string; outcome: string | null; categories: string[]; links?: unknown[] }
const listCalls = (query: string) =>
  desk.page.evaluate(async (q) => {
    const res = await fetch(`/api/calls?${q}`)
    return (await res.json()) as { calls: CallSummary[] }
  }, query)

async function telephony(event: Record<string, string>): Promise<Response> {
  return fetch(`${desk.server.url}/api/telephony/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(event),
  })
}

async function signOut(): Promise<void> {
  await desk.page.getByTestId('sign-out').click()
  await desk.page.waitForURL('**/sign-in')
}

/** Log the open call by keys only: Alt+L, the category's number key, the outcome's letter. */
async function logByKeys(categoryKey: string, outcomeKey: string): Promise<void> {
  await desk.page.keyboard.press('Alt+L')
  await expect.poll(focusedTestId).toMatch(/^call-category-/)
  await desk.page.keyboard.press(categoryKey)
  await desk.page.keyboard.press(outcomeKey)
}

async function saveByKey(): Promise<void> {
  await desk.page.keyboard.press('Alt+K')
  await expect
    .poll(() => desk.page.getByTestId('call-log').count(), { timeout: 10_000 })
    .toBe(0)
    .catch(async () => {
      throw new Error(`the call was not logged: ${await desk.page.getByTestId('call-notice').textContent()}`)
    })
}

describe('the operator’s day of calls', () => {
  it('takes a call by hand, books during it, and logs it with keys only', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'operator', 'demo-operator')
    await desk.page.keyboard.press('Alt+T')
    await desk.page.getByTestId('call-timer').waitFor()

    await desk.page.getByTestId('desk-bookings').getByRole('link').click()
    await desk.page.getByTestId('booking-desk').waitFor()
    await desk.page.keyboard.press('Alt+N')
    await desk.page.keyboard.press('2')
    await desk.page.locator('[data-testid="slot-list"] [role="option"]').first().waitFor()
    await expect.poll(focusedTestId).toBe('slot-list')
    await desk.page.keyboard.press('Enter')
    await desk.page.getByTestId('hold-countdown').waitFor()
    await expect.poll(focusedTestId).toBe('person-0-name')
    await desk.page.keyboard.type('榛 実')
    await desk.page.keyboard.press('Tab')
    await desk.page.keyboard.type('はしばみ みのる')
    await desk.page.keyboard.press('Tab')
    await desk.page.keyboard.type('S50.7.7')
    await desk.page.keyboard.press('Tab')
    await desk.page.keyboard.type(PHONE)
    await desk.page.keyboard.press('Alt+B')
    const ref = ((await desk.page.getByTestId('read-back-ref').textContent({ timeout: 10_000 })) ?? '').trim()
    expect(ref).not.toBe('')
    // The booking links itself to the open call.
    await expect.poll(() => desk.page.getByTestId('call-links').textContent()).toMatch(/予約/)

    await logByKeys('1', 'r') // 交付予約受付, resolved in this call
    expect(await desk.page.getByTestId('call-category-booking_new').getAttribute('aria-pressed')).toBe('true')
    expect(await desk.page.getByTestId('call-outcome-resolved').getAttribute('aria-pressed')).toBe('true')
    await saveByKey()

    // The call is on record with its category, its outcome and the booking it made.
    const { calls } = await listCalls('category=booking_new&outcome=resolved&limit=20')
    const details = await desk.page.evaluate(
      async (ids) =>
        Promise.all(ids.map(async (id) => JSON.stringify(await (await fetch(`/api/calls/${id}`)).json()))),
      calls.map((c) => c.id),
    )
    expect(details.filter((d) => d.includes(ref.replaceAll('-', '')) || d.includes(ref))).toHaveLength(1)
  })

  it('opens the call from the telephone service’s event with the caller’s booking, and escalates it', async () => {
    // A wrong token writes nothing.
    const refused = await fetch(`${desk.server.url}/api/telephony/events`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer wrong-token-wrong-token-wrong-token',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        eventId: 'e2e-x',
        type: 'call.ringing',
        callId: 'pbx-x',
        line: '1',
        from: PHONE,
        at: new Date().toISOString(),
      }),
    })
    expect(refused.status).toBe(401)

    const at = new Date()
    const ringing = {
      eventId: 'e2e-1',
      type: 'call.ringing',
      callId: 'pbx-e2e-1',
      line: '1',
      from: PHONE,
      at: at.toISOString(),
    }
    expect((await telephony(ringing)).status).toBeLessThan(300)
    // Delivered twice, logged once.
    expect(await (await telephony(ringing)).json()).toMatchObject({ duplicate: true })
    const answered = {
      eventId: 'e2e-2',
      type: 'call.answered',
      callId: 'pbx-e2e-1',
      at: new Date(at.getTime() + 5_000).toISOString(),
      operator: 'operator',
    }
    expect((await telephony(answered)).status).toBeLessThan(300)

    // The desk asks for incoming calls every 2 seconds: the call opens by itself, with the caller.
    await desk.page.getByTestId('call-timer').waitFor({ timeout: 15_000 })
    await expect
      .poll(() => desk.page.getByTestId('call-caller').textContent(), { timeout: 10_000 })
      .toContain('2468')
    await expect.poll(() => desk.page.getByTestId('call-caller-bookings').textContent()).not.toBe('—')

    await logByKeys('7', 'e') // 申請方法, escalated (取次ぎ)
    await desk.page.getByTestId('call-department').selectOption('市民課')
    await desk.page.getByTestId('call-question').fill(QUESTION)
    if (!(await desk.page.getByTestId('call-phone').inputValue())) {
      await desk.page.getByTestId('call-phone').fill(PHONE)
    }
    await desk.page.getByTestId('call-when').fill('平日の午後')
    await screenshot(desk.page, 'desk-calls-escalation')
    await saveByKey()
  })

  it('logs a complaint', async () => {
    await desk.page.keyboard.press('Alt+T')
    await desk.page.getByTestId('call-timer').waitFor()
    await logByKeys('3', 'c')
    await desk.page.getByTestId('call-what').fill(COMPLAINT)
    await saveByKey()
    await signOut()
  })

  it('city staff answer the escalation in their department’s inbox', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'city', 'demo-city')
    await desk.page.goto(`${desk.server.url}/desk/inbox`)
    await desk.page.getByTestId('inbox-screen').waitFor()
    const item = desk.page.getByTestId('inbox-item').filter({ hasText: QUESTION })
    await item.waitFor()
    expect(await item.getAttribute('data-status')).toBe('open')
    await item.getByTestId('inbox-answer').fill(ANSWER)
    await item.getByTestId('inbox-send').click()
    await expect.poll(() => item.getAttribute('data-status')).not.toBe('open')
    await screenshot(desk.page, 'desk-calls-inbox')
    await signOut()
  })

  it('the operator sees the answer and logs the call-back, which closes it', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'operator', 'demo-operator')
    await desk.page.goto(`${desk.server.url}/desk/calls`)
    const item = desk.page.getByTestId('answered-item').filter({ hasText: ANSWER })
    await item.waitFor()
    await item.getByTestId('callback-note').fill('折り返して回答を伝えた')
    await item.getByTestId('callback-done').click()
    await expect
      .poll(() => desk.page.getByTestId('answered-item').filter({ hasText: ANSWER }).count())
      .toBe(0)
    await signOut()
  })

  it('the supervisor sees the complaint', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'supervisor', 'demo-supervisor')
    await desk.page.goto(`${desk.server.url}/desk/complaints`)
    await desk.page.getByTestId('complaints-screen').waitFor()
    const item = desk.page.getByTestId('complaint-item').filter({ hasText: COMPLAINT })
    await item.waitFor()
    await screenshot(desk.page, 'desk-calls-complaints')
  })
})
