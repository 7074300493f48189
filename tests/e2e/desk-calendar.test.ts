import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot, TABLET_LANDSCAPE } from '../support/browser'
import { bookThroughApi, signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// A supervisor runs the counter calendar: sees the month, tries to close a day that has a booking
// (refused, with the booking listed), opens a Saturday, and downloads the bookings as CSV.

const desk = browserSuite({ viewport: DESKTOP })

async function bothSizes(name: string): Promise<void> {
  await desk.page.evaluate(() => window.scrollTo(0, 0)) // the status bar is sticky: shoot from the top
  await screenshot(desk.page, `${name}-1920x1080`)
  await desk.page.setViewportSize(TABLET_LANDSCAPE)
  await screenshot(desk.page, `${name}-1280x800`)
  await desk.page.setViewportSize(DESKTOP)
}

/** A Saturday two to three weeks ahead: inside the booking window, closed by default. */
function saturdayAhead(): string {
  const day = new Date(Date.now() + 9 * 3600_000 + 14 * 86400_000)
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7))
  return day.toISOString().slice(0, 10)
}

async function download(encoding: 'utf8' | 'sjis'): Promise<Buffer> {
  await desk.page.getByTestId(`csv-${encoding}`).check()
  const [file] = await Promise.all([
    desk.page.waitForEvent('download'),
    desk.page.getByTestId('csv-download').click(),
  ])
  return readFileSync((await file.path()) as string)
}

describe('counter calendar', () => {
  it('shows the month, refuses a closure that strands a booking, opens a Saturday, exports CSV', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'supervisor', 'demo-supervisor')
    await desk.page.getByTestId('desk-calendar-link').click()
    await desk.page.getByTestId('booking-calendar').waitFor()
    await desk.page.getByTestId('month-grid').waitFor()
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10)
    const [y, m] = today.split('-').map(Number)
    expect(await desk.page.getByTestId('month-title').textContent()).toBe(`${y}年${m}月`)

    const booking = await bookThroughApi(desk.page, {
      name: '恵庭 花子',
      kana: 'エニワ ハナコ',
      phone: '0123-33-3131',
    })

    // Keys walk the month: PageDown and PageUp come back to the same month.
    await desk.page.locator('.cal-day.is-selected').focus()
    const focusedDate = () =>
      desk.page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? '')
    await desk.page.keyboard.press('PageDown')
    await expect.poll(focusedDate).not.toMatch(today.slice(0, 7))
    await desk.page.keyboard.press('ArrowRight')
    await desk.page.keyboard.press('PageUp')
    await expect.poll(focusedDate).toMatch(today.slice(0, 7))
    expect(await desk.page.getByTestId('month-title').textContent()).toBe(`${y}年${m}月`)
    if (booking.date.slice(0, 7) !== today.slice(0, 7)) await desk.page.getByTestId('next-month').click()
    await desk.page.locator(`button[data-date="${booking.date}"]`).click()
    await desk.page.getByTestId('day-slots').waitFor()
    expect(await desk.page.getByTestId('day-slots').textContent()).toContain(booking.time)
    await bothSizes('desk-calendar-month')

    // The tabs are one Tab stop and move with the arrow keys, Home and End (WAI-ARIA tabs).
    const focusedTab = () => desk.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))
    await desk.page.getByTestId('tab-month').focus()
    await desk.page.keyboard.press('ArrowRight')
    await expect.poll(focusedTab).toBe('tab-settings')
    expect(await desk.page.getByTestId('tab-settings').getAttribute('aria-selected')).toBe('true')
    await desk.page.keyboard.press('End')
    await expect.poll(focusedTab).toBe('tab-csv')
    await desk.page.keyboard.press('Home')
    await expect.poll(focusedTab).toBe('tab-month')
    expect(await desk.page.locator('[role="tab"][tabindex="0"]').count()).toBe(1)

    // Close the booked day: refused, and the booking is listed with its reference.
    await desk.page.getByTestId('tab-settings').click()
    await desk.page.getByTestId('add-closure').click()
    const row = desk.page.locator('tr[data-testid^="exception-"]').last()
    await row.getByTestId('exception-date').fill(booking.date)
    await row.getByTestId('exception-note').fill('システム更新')
    await desk.page.getByTestId('calendar-save').click()
    const stranded = desk.page.getByTestId('stranded')
    await stranded.waitFor()
    const ref = `${booking.ref.slice(0, 3)}-${booking.ref.slice(3, 6)}-${booking.ref.slice(6)}`
    expect(await stranded.textContent()).toContain(ref)
    expect(await stranded.textContent()).toContain('受けられなくなります')
    await bothSizes('desk-calendar-stranded')

    // The edit is kept: turn the row into a Saturday opening instead and save.
    const saturday = saturdayAhead()
    await row.getByTestId('exception-date').fill(saturday)
    await row.locator('select').selectOption('open')
    await row.getByTestId('exception-note').fill('土曜開庁')
    await desk.page.getByTestId('calendar-save').click()
    await desk.page.getByTestId('calendar-saved').waitFor()
    await bothSizes('desk-calendar-settings')
    await desk.page.getByTestId('tab-types').click()
    await desk.page.getByTestId('booking-types').waitFor()
    await bothSizes('desk-calendar-types')

    await desk.page.getByTestId('tab-month').click()
    if (saturday.slice(0, 7) !== today.slice(0, 7)) await desk.page.getByTestId('next-month').click()
    const day = desk.page.locator(`button[data-date="${saturday}"]`)
    await expect.poll(() => day.getAttribute('data-state')).toBe('extra')
    expect(await day.textContent()).toContain('土曜開庁')

    // CSV: UTF-8 with BOM by default, Shift_JIS on request, CRLF either way.
    await desk.page.getByTestId('tab-csv').click()
    await desk.page.getByTestId('csv-from').fill(today)
    await desk.page.getByTestId('csv-to').fill(booking.date)
    await bothSizes('desk-calendar-csv')
    const utf8 = await download('utf8')
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(utf8.toString('utf8')).toContain('\r\n')
    expect(utf8.toString('utf8')).toContain(booking.ref.slice(0, 3))
    expect(await desk.page.getByTestId('csv-sjis-note').count()).toBe(0)
    const sjis = await download('sjis')
    expect(await desk.page.getByTestId('csv-sjis-note').textContent()).toContain('〓')
    expect(sjis[0]).not.toBe(0xef)
    const text = iconv.decode(sjis, 'Shift_JIS')
    expect(text.split('\r\n')[0]).toContain('予約番号')
  })
})
