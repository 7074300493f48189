import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

const desk = browserSuite({ viewport: DESKTOP })

describe('desk sign-in', () => {
  it('takes an operator to the desk home, switches to English and signs out', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'operator', 'demo-operator')
    expect(await desk.page.evaluate(() => document.documentElement.lang)).toBe('ja')
    await screenshot(desk.page, 'desk-home-1920x1080')

    await desk.page.getByTestId('lang-switch').click()
    await expect.poll(() => desk.page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await desk.page.getByTestId('desk-home').textContent()).toContain('Call-center desk')

    // An operator sent to the tablet app is taken back to the desk.
    await desk.page.goto(`${desk.server.url}/outreach`)
    await desk.page.getByTestId('desk-home').waitFor()

    await desk.page.getByRole('button', { name: 'Sign out' }).click()
    await desk.page.waitForURL('**/sign-in')
    const session = await desk.page.evaluate(async () => (await fetch('/api/auth/session')).status)
    expect(session).toBe(401)
  })
})
