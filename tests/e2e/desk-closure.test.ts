import { describe, expect, it } from 'vitest'
import { screenshot } from '../support/browser'
import { bookThroughApi, signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// #12.13: a refused calendar change names each booking with a link and the phone to call; an
// emergency closure closes a booked day at once and leaves a call-back list the desk works through.
// #12.11: the printed confirmation carries the counter's place, address and phone.

const desk = browserSuite({ viewport: { width: 1440, height: 900 } })

const grouped = (ref: string) => `${ref.slice(0, 3)}-${ref.slice(3, 6)}-${ref.slice(6)}`

describe('closing a booked day', () => {
  it('links each stranded booking with its phone, then records an emergency closure and works the call-backs', async () => {
    const page = desk.page
    await signInAtDesk(page, desk.server.url, 'supervisor', 'demo-supervisor')
    const booking = await bookThroughApi(desk.page, {
      name: '雪野 千歳',
      kana: 'ユキノ チトセ',
      phone: '090-4455-6677',
    })

    // A calendar edit that closes the day is refused, naming the caller and the number to call.
    await page.goto(`${desk.server.url}/desk/bookings/calendar`)
    await page.getByTestId('tab-settings').click()
    await page.getByTestId('add-closure').click()
    const row = page.locator('tr[data-testid^="exception-"]').last()
    await row.getByTestId('exception-date').fill(booking.date)
    await page.getByTestId('calendar-save').click()
    const stranded = page.getByTestId('stranded')
    await stranded.waitFor()
    expect(await stranded.textContent()).toContain('雪野 千歳')
    expect(await stranded.textContent()).toContain('090-4455-6677')
    await screenshot(page, 'desk-closure-stranded-1440')
    await stranded.getByTestId('booking-link').click()
    await page.getByTestId('booking-detail').waitFor()
    expect(await page.getByTestId('booking-detail').textContent()).toContain(grouped(booking.ref))
    expect(new URL(page.url()).search).toBe('') // a reload starts an ordinary call

    // The printed confirmation says where to come and whom to call.
    const print = page.getByTestId('print-contact')
    expect(await print.textContent()).toContain('恵庭市京町1番地')
    expect(await print.textContent()).toContain('0123-33-0000')

    // The snow came: the day is closed at once, booking and all.
    await page.goto(`${desk.server.url}/desk/bookings/calendar`)
    await page.getByTestId('tab-closure').click()
    await page.getByTestId('closure-date').fill(booking.date)
    await page.getByTestId('closure-reason').selectOption('snow')
    await page.getByTestId('closure-note').fill('大雪のため臨時休業')
    await page.getByTestId('closure-submit').click()
    // The question takes focus on 戻る: Enter there closes nothing.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('戻る')
    await page.getByTestId('closure-confirm').click()
    await page.getByTestId('closure-done').waitFor()
    expect(await page.getByTestId('closure-done').textContent()).toContain('1件')
    await page.getByTestId('closure-done').getByRole('link').click()

    // The call-back list: the caller, the number, and how the calls went.
    const callbacks = page.getByTestId('callbacks')
    await callbacks.waitFor()
    const callback = page.locator(`[data-testid="callback-closure"][data-date="${booking.date}"]`)
    await callback.waitFor()
    const line = callback.getByTestId('callback-row')
    expect(await line.textContent()).toContain('雪野 千歳')
    expect(await line.getByTestId('callback-phone').getAttribute('href')).toBe('tel:09044556677')
    expect(await line.getByTestId('callback-phone').textContent()).toBe('090-4455-6677') // grouped to read aloud
    expect(await line.getAttribute('data-outcome')).toBe('pending')
    await line.getByTestId('callback-not-reached').click()
    await expect.poll(() => line.getAttribute('data-outcome')).toBe('not_reached')
    await line.getByTestId('callback-reached').click()
    await expect.poll(() => line.getAttribute('data-outcome')).toBe('reached')
    expect(await line.textContent()).toContain('2回目')
    expect(await callback.getByTestId('callback-progress').textContent()).toContain('連絡済 1 / 1件')
    await screenshot(page, 'desk-callbacks-1440')
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true)
  })
})
