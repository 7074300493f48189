import { formatDateTimeJa, type LocalDate, type TimeOfDay } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { heldSlot, signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// #12 item 8 on the screen: the read-back the operator reads to the caller says what just happened,
// for exactly the people it happened to, with each person's own time. A family of two is booked;
// one is looked up (照会: nothing done, both read at their time), then moved alone (変更: only that
// person, at the new time, never the old one), and the other still reads the old time.

const desk = browserSuite({ viewport: { width: 1440, height: 900 } })
const page = () => desk.page
const focusedTestId = () => page().evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')
const script = async () => (await page().getByTestId('read-back-script').textContent()) ?? ''
const refs = () => page().getByTestId('read-back-ref').allTextContents()

/** The held slot as the read-back speaks it: 12月8日（火）10時30分. */
async function heldSpoken(): Promise<string> {
  const held = heldSlot(page())
  const date = (await held.getAttribute('data-date')) as LocalDate
  const time = (await held.getAttribute('data-time')) as TimeOfDay
  return formatDateTimeJa(date, time)
}

/** Look a booking up by its reference, as when the caller reads it out. */
async function lookUp(ref: string): Promise<void> {
  await page().keyboard.press('Escape')
  await expect.poll(focusedTestId).toBe('find-input')
  await page().keyboard.type(ref.replaceAll('-', ''))
  await page().keyboard.press('Enter')
  // The list may still show the last search's results: wait for this one's before choosing.
  const first = page().locator('[data-testid="find-results"] [role="option"]').first()
  await expect.poll(async () => ((await first.count()) ? await first.textContent() : '')).toContain(ref)
  // The list takes the keys once the search has moved focus to it; an Enter before that lands in the
  // box and searches again, opening nothing (a full run, 2026-12-03).
  await expect.poll(focusedTestId).toBe('find-results')
  await page().keyboard.press('Enter')
  await page().getByTestId('booking-detail').waitFor()
  await expect.poll(script).toContain('ご予約の内容を確認させていただきます。')
}

describe('the read-back after a lookup and a move', () => {
  let family: string[] = []
  let booked = ''

  it('reads a new family booking as booked, at its time, with both references', async () => {
    await signInAtDesk(page(), desk.server.url, 'operator', 'demo-operator')
    await page().getByTestId('desk-bookings').getByRole('link').click()
    await page().getByTestId('booking-desk').waitFor()
    await expect.poll(focusedTestId).toBe('find-input')
    await page().keyboard.press('Alt+N')
    await page().keyboard.press('2')
    await page().locator('[data-testid="slot-list"] [role="option"]').first().waitFor()
    await page().keyboard.press('+')
    await expect.poll(() => page().getByTestId('party-size').textContent()).toContain('2')
    await page().getByTestId('slot-list').focus()
    await page().keyboard.press('ArrowDown')
    await page().keyboard.press('Enter')
    await page().getByTestId('hold-countdown').waitFor()
    booked = await heldSpoken()
    await page().getByTestId('person-0-name').fill('北広 一郎')
    await page().getByTestId('person-0-kana').fill('キタヒロ イチロウ')
    await page().getByTestId('person-0-birthDate').fill('1968-07-07')
    await page().getByTestId('person-0-phone').fill('09033334444')
    await page().getByTestId('person-1-name').fill('北広 二葉')
    await page().getByTestId('person-1-kana').fill('キタヒロ フタバ')
    await page().getByTestId('person-1-birthDate').fill('1999-09-09')
    await page().getByTestId('person-1-phone').fill('09033334444')
    await page().keyboard.press('Alt+B')
    await page().getByTestId('read-back-ref').first().waitFor()
    family = await refs()
    expect(family).toHaveLength(2)
    const text = await script()
    expect(text).toContain('ご予約をお取りしました')
    expect(text).toContain(`${booked}から`)
  })

  it('reads a booking looked up (照会) as looked up, not as booked, with the party at its time', async () => {
    await lookUp(family[0] as string)
    const text = await script()
    expect(text).not.toContain('お取りしました')
    expect(text).not.toContain('変更しました')
    expect(text).toContain(`${booked}から`)
    expect((await refs()).sort()).toEqual([...family].sort())
  })

  it('reads a move (変更) of one person as moved, for that person only, at the new time', async () => {
    await page().getByTestId('booking-detail').locator('h2').focus()
    await page().keyboard.press('Alt+M')
    await page().locator('[data-testid="slot-list"] [role="option"]').first().waitFor()
    await page().keyboard.press('PageDown')
    await page().keyboard.press('ArrowDown')
    await page().keyboard.press('Enter')
    await page().getByTestId('hold-countdown').waitFor()
    const moved = await heldSpoken()
    expect(moved).not.toBe(booked)
    await page().keyboard.press('Alt+B')
    await expect.poll(script, { timeout: 10_000 }).toContain('ご予約の日時を変更しました')
    await expect.poll(script).toContain(`${moved}から`)
    const text = await script()
    expect(text).not.toContain(`${booked}から`)
    expect(text).not.toContain('お取りしました')
    expect(await refs()).toEqual([family[0]])
    expect(text).toContain(family[0])
    expect(text).not.toContain(family[1])
  })

  it('still reads the other person at the old time when they are looked up', async () => {
    await lookUp(family[1] as string)
    const text = await script()
    // The party is live: the person moved reads the new time, the one looked up the old one.
    expect(text).toContain(`${booked}から`)
    expect(await refs()).toContain(family[1])
  })
})
