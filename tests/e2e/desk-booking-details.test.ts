import { describe, expect, it } from 'vitest'
import { screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { layoutProblems } from '../support/layout'
import { browserSuite } from '../support/suite'

// #12.11, the smaller things an operator met on the booking screen at 1440 px, each checked as the
// operator meets it: an empty search, the `?` help, a family booked in one call (one error per
// empty field, the first person's phone offered), the held slot's row, the references, the day list.

const desk = browserSuite({ viewport: { width: 1440, height: 900 } })
const focusedTestId = () =>
  desk.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')
const notice = () => desk.page.getByTestId('desk-notice').textContent()
const GROUPED = /^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]$/

describe('the booking screen, item by item', () => {
  it('says what to type, lists each key once, books a family with one error per field and the phone offered', async () => {
    const page = desk.page
    await signInAtDesk(page, desk.server.url, 'operator', 'demo-operator')
    await page.getByTestId('desk-bookings').getByRole('link').click()
    await page.getByTestId('booking-desk').waitFor()
    await expect.poll(focusedTestId).toBe('find-input')

    // Enter on an empty box says what may be typed, not that nothing was found.
    await page.keyboard.press('Enter')
    await expect.poll(notice).toContain('予約番号、電話番号、フリガナ、生年月日のどれかを入力してください')

    // The help lists each key once.
    await page.keyboard.press('Escape')
    await page.keyboard.press('?')
    await page.getByTestId('help-overlay').waitFor()
    const keys = await page
      .locator('[data-testid="help-overlay"] .help-table th')
      .evaluateAll((cells) => cells.map((c) => c.textContent ?? ''))
    expect(keys.length).toBeGreaterThan(5)
    expect(new Set(keys).size).toBe(keys.length)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('help-overlay').count()).toBe(0)

    // Two people of one family: type 2, one more person, the third slot held.
    await page.keyboard.press('Alt+N')
    await page.keyboard.press('2')
    await page.locator('[data-testid="slot-list"] [role="option"]').first().waitFor()
    await page.keyboard.press('+')
    await expect.poll(() => page.getByTestId('party-size').textContent()).toContain('2')
    await page.getByTestId('slot-list').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByTestId('hold-countdown').waitFor()
    // The held row (残り, 仮押さえ中) holds its words on a line.
    expect((await layoutProblems(page)).filter((p) => p.startsWith('squeezed'))).toEqual([])

    // Booking with only names: one error under フリガナ, and 生年月日 asks to be filled in.
    await page.getByTestId('person-0-name').fill('千歳 一郎')
    await page.getByTestId('person-1-name').fill('千歳 二葉')
    await page.keyboard.press('Alt+B')
    const kanaErrors = page.locator('#person-0-kana-error li')
    await kanaErrors.first().waitFor()
    expect(await kanaErrors.count()).toBe(1)
    expect(await page.locator('#person-0-birthDate-error').textContent()).toContain('入力してください')

    // The second person is offered the first person's phone.
    await page.getByTestId('person-0-kana').fill('チトセ イチロウ')
    await page.getByTestId('person-0-birthDate').fill('1970-05-05')
    await page.getByTestId('person-0-phone').fill('09011112222')
    await page.getByTestId('person-1-kana').fill('チトセ フタバ')
    await page.getByTestId('person-1-birthDate').fill('2001-02-03')
    await page.getByTestId('person-1-phone').focus()
    await expect.poll(() => page.getByTestId('person-1-phone').inputValue()).toBe('09011112222')
    await page.keyboard.press('Alt+B')
    await page.getByTestId('read-back-ref').first().waitFor()

    // One reference form everywhere: the read-back, the results, the detail.
    const refs = await page.getByTestId('read-back-ref').allTextContents()
    expect(refs).toHaveLength(2)
    for (const ref of refs) expect(ref).toMatch(GROUPED)
    expect(await page.getByTestId('booking-detail').textContent()).toContain(refs[0])
    expect(await page.getByTestId('booking-desk').textContent()).toContain('同じ通話で予約した方')
    await screenshot(page, 'desk-booking-family-1440')

    // Cancel the second person; the day list shows the cancellation struck through.
    await page.keyboard.press('Escape')
    await page.keyboard.type((refs[1] ?? '').replaceAll('-', ''))
    // Enter, Enter straight away: the second opens the result however fast the answer and focus come.
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('booking-detail').textContent()).toContain(refs[1])
    expect(await page.locator('.result-ref').first().textContent()).toMatch(GROUPED)
    await page.keyboard.press('Alt+C')
    await expect.poll(focusedTestId).toBe('cancel-back')
    await page.getByTestId('confirm-cancel').click()
    await expect.poll(() => page.getByTestId('booking-status').textContent()).toBe('キャンセル')
    await page.keyboard.press('Alt+D')
    await page.getByTestId('day-list').waitFor()
    const cancelled = page.locator('tr.is-cancelled')
    await cancelled.first().waitFor()
    expect(await cancelled.first().textContent()).toContain(refs[1])
    expect(
      await cancelled
        .first()
        .evaluate((row) => getComputedStyle(row.querySelector('td') ?? row).textDecorationLine),
    ).toContain('line-through')
    expect(await page.getByTestId('day-list').textContent()).toContain(refs[0])
    // Previous and next day are one click away.
    const here = page.url()
    await page.getByTestId('day-next').click()
    await expect.poll(() => page.url()).not.toBe(here)
    await page.getByTestId('day-prev').click()
    await expect.poll(() => page.url()).toBe(here)

    // A mistyped day in the address still leaves a way back.
    await page.goto(`${desk.server.url}/desk/bookings/day/2026-13-45`)
    const bad = page.getByTestId('day-list-bad-date')
    await bad.waitFor()
    await bad.getByRole('link', { name: '予約受付に戻る' }).or(bad.getByRole('link').last()).first().click()
    await page.getByTestId('booking-desk').waitFor()
  })
})
