import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, newProfileDir, openBrowser, screenshot } from '../support/browser'
import { type RunningServer, startServer } from '../support/server'

let server: RunningServer
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startServer()
  context = await openBrowser(newProfileDir(), { viewport: DESKTOP })
  page = context.pages()[0] ?? (await context.newPage())
})
afterAll(async () => {
  await context?.close()
  await server?.stop()
})

describe('desk sign-in', () => {
  it('takes an operator to the desk home, switches to English and signs out', async () => {
    await page.goto(`${server.url}/desk`)
    await page.waitForURL('**/sign-in')
    await page.locator('input[name="loginId"]').fill('operator')
    await page.locator('input[name="password"]').fill('demo-operator')
    await page.keyboard.press('Enter')
    await page.getByTestId('desk-home').waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja')
    await screenshot(page, 'desk-home-1920x1080')

    await page.getByTestId('lang-switch').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.getByTestId('desk-home').textContent()).toContain('Call-center desk')

    // An operator sent to the tablet app is taken back to the desk.
    await page.goto(`${server.url}/outreach`)
    await page.getByTestId('desk-home').waitFor()

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/sign-in')
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).status)
    expect(session).toBe(401)
  })
})
