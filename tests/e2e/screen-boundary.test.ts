import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { layoutProblems, resizeTo } from '../support/layout'
import { browserSuite } from '../support/suite'

const desk = browserSuite({ viewport: DESKTOP })

// pwa/src/app/ScreenBoundary.tsx and lazy-screen.ts: a screen whose code cannot be fetched (the network
// dropped before the service worker held the files) used to take the whole page down to a blank one,
// call bar included. The page here is not controlled by a service worker (it registers after the first
// screen and does not claim the page), so its requests reach the network and the route below.
describe('a desk screen whose code does not load', () => {
  it('online, keeps the call open, says so after trying again, and shows the screen when asked', async () => {
    const { page } = desk
    await signInAtDesk(page, desk.server.url, 'operator', 'demo-operator')
    await page.getByTestId('call-take').click()
    await page.getByTestId('call-timer').waitFor()

    const chunk = '**/assets/CallsScreen-*.js'
    let refused = 0
    await page.route(chunk, (route) => {
      refused++
      return route.abort('connectionreset')
    })
    await page.getByTestId('desk-calls').getByRole('link').click()

    // Tried again after its waits, then the message, with the call bar and its timer still there.
    const failed = page.getByTestId('screen-failed')
    await failed.waitFor({ timeout: 15_000 })
    expect(await failed.textContent()).toContain('この画面を読み込めませんでした')
    expect(refused).toBeGreaterThanOrEqual(2)
    expect(await page.getByTestId('call-timer').isVisible()).toBe(true)
    expect(await page.locator('header.status-bar').isVisible()).toBe(true)
    // The message holds at the desk's and a tablet's sizes, with the call bar above it.
    for (const size of [{ width: 1440, height: 900 }, TABLET_LANDSCAPE, TABLET_PORTRAIT]) {
      await resizeTo(page, size)
      expect(await layoutProblems(page), `${size.width}x${size.height}`).toEqual([])
      await screenshot(page, `screen-failed-${size.width}x${size.height}`)
    }
    await resizeTo(page, DESKTOP)

    await page.unroute(chunk)
    await page.getByTestId('screen-retry').click()
    await page.getByTestId('calls-screen').waitFor()
    expect(await failed.count()).toBe(0)
    expect(await page.getByTestId('call-timer').isVisible()).toBe(true)
  })

  it('offline, says so at once, and shows the screen by itself when the network is back', async () => {
    const { page } = desk
    await page.getByTestId('home-link').click()
    await page.getByTestId('desk-home').waitFor()
    // Refused as well as offline: a chunk the page fetched before would come from the HTTP cache.
    const chunk = '**/assets/BookingDesk-*.js'
    await page.route(chunk, (route) => route.abort('internetdisconnected'))
    await page.context().setOffline(true)
    try {
      await page.getByTestId('desk-bookings').getByRole('link').click()
      const failed = page.getByTestId('screen-failed')
      await failed.waitFor({ timeout: 5_000 })
      expect(await page.getByTestId('call-timer').isVisible()).toBe(true)
    } finally {
      await page.unroute(chunk)
      await page.context().setOffline(false)
    }
    await page.getByTestId('booking-desk').waitFor()
    expect(await page.getByTestId('screen-failed').count()).toBe(0)
  })
})
