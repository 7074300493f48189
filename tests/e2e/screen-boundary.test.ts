import { describe, expect, it } from 'vitest'
import { DESKTOP } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

const desk = browserSuite({ viewport: DESKTOP })

// pwa/src/app/ScreenBoundary.tsx and lazy-screen.ts: a screen whose code cannot be fetched (the network
// dropped before the service worker held the files) used to take the whole page down to a blank one,
// call bar included. The page here is not controlled by a service worker (it registers after the first
// screen and does not claim the page), so its requests reach the network and the route below.
describe('a desk screen whose code does not load', () => {
  it('keeps the call open, says so, and shows the screen when asked again', async () => {
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

    await page.unroute(chunk)
    await page.getByTestId('screen-retry').click()
    await page.getByTestId('calls-screen').waitFor()
    expect(await failed.count()).toBe(0)
    expect(await page.getByTestId('call-timer').isVisible()).toBe(true)
  })
})
