import { describe, expect, it } from 'vitest'
import { DESK_SCREENS, DESK_SIZES, signInAtDesk } from '../support/desk'
import { layoutProblems, resizeTo } from '../support/layout'
import { browserSuite } from '../support/suite'

// Every desk screen, as every desk role, at the desk (1440×900) and tablet sizes (1280×800,
// 768×1024): the page never scrolls sideways and no word is squeezed to a character a line.
// (tests/scripts/desk-walk.ts takes the same walk with screenshots, in both languages.)

// With the demo's invented bookings, so lists have rows and the cancel confirmation has a booking.
const desk = browserSuite({
  viewport: { width: 1440, height: 900 },
  serverEnv: { MADOGUCHI_DEMO_BOOKINGS: '1' },
})
const SIZES = DESK_SIZES
const SCREENS = DESK_SCREENS

describe('desk layout', () => {
  for (const role of ['operator', 'supervisor', 'city', 'admin']) {
    it(`holds on every screen at 1440, 1280 and 768 px for ${role}`, { timeout: 600_000 }, async () => {
      const page = desk.page
      await page.context().clearCookies()
      await page.setViewportSize(SIZES[0] as { width: number; height: number })
      await signInAtDesk(page, desk.server.url, role, `demo-${role}`)
      const found: string[] = []
      for (const screen of SCREENS) {
        await page.goto(`${desk.server.url}${screen}`)
        // Each screen shows 読み込み中 until its lazy code arrives: wait for it to go.
        await page.waitForFunction(
          () => document.querySelector('main') && !document.querySelector('main > .loading'),
        )
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined)
        for (const size of SIZES) {
          await resizeTo(page, size)
          for (const problem of await layoutProblems(page)) found.push(`${size.width} ${screen}: ${problem}`)
        }
        await page.setViewportSize(SIZES[0] as { width: number; height: number })
      }
      expect(found).toEqual([])
    })
  }

  it('holds the cancel confirmation (reason, its choices, 戻る / キャンセルする) at 1440, 1280 and 768 px', async () => {
    const page = desk.page
    await page.context().clearCookies()
    await page.setViewportSize(SIZES[0] as { width: number; height: number })
    await signInAtDesk(page, desk.server.url, 'operator', 'demo-operator')
    await page.goto(`${desk.server.url}/desk/bookings`)
    await page.getByTestId('booking-desk').waitFor()
    // One of the invented callers the demo books (README: phone 090-0000-0001).
    await page.getByTestId('find-input').fill('09000000001')
    await page.keyboard.press('Enter')
    await page.locator('[data-testid="find-results"] [role="option"]').first().waitFor()
    await page.keyboard.press('Enter')
    await page.getByTestId('booking-detail').waitFor()
    await page.getByTestId('booking-detail').locator('h2').focus()
    await page.keyboard.press('Alt+C')
    const bar = page.getByTestId('confirm-bar')
    await bar.waitFor()
    const found: string[] = []
    for (const size of SIZES) {
      await resizeTo(page, size)
      for (const problem of await layoutProblems(page)) found.push(`${size.width} cancel bar: ${problem}`)
      // Every control of the bar inside the bar, and each button's words on one line.
      const spill = await bar.evaluate((element) => {
        const box = element.getBoundingClientRect()
        const out: string[] = []
        for (const control of Array.from(element.querySelectorAll<HTMLElement>('button, input'))) {
          const r = control.getBoundingClientRect()
          const name = control.textContent?.trim() || control.getAttribute('data-testid') || control.tagName
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${name} spills out of the bar`)
          const line = Number.parseFloat(getComputedStyle(control).lineHeight) || 24
          if (control.tagName === 'BUTTON' && r.height > line * 2.5)
            out.push(`${name} wraps (${r.height} px)`)
        }
        return out
      })
      for (const problem of spill) found.push(`${size.width} cancel bar: ${problem}`)
    }
    await page.setViewportSize(SIZES[0] as { width: number; height: number })
    expect(found).toEqual([])
    await page.getByTestId('cancel-back').click()
    await expect.poll(() => bar.count()).toBe(0)
  })
})
