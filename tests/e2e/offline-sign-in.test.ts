import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  newProfileDir,
  openBrowser,
  screenshot,
  TABLET_LANDSCAPE,
  waitForServiceWorker,
} from '../support/browser'
import { type RunningServer, startServer } from '../support/server'

let server: RunningServer
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startServer()
  context = await openBrowser(newProfileDir())
  page = context.pages()[0] ?? (await context.newPage())
})
afterAll(async () => {
  await context?.close()
  await server?.stop()
})

async function signIn(loginId: string, password: string) {
  await page.goto(`${server.url}/`)
  await page.locator('input[name="loginId"]').fill(loginId)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
}

describe('outreach sign-in survives going offline', () => {
  it('shows a field error and stays on sign-in for a wrong password', async () => {
    await signIn('outreach', 'wrong-password')
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('ログインIDまたはパスワードが違います')
    expect(new URL(page.url()).pathname).toBe('/sign-in')
  })

  it('signs in as the demo outreach user and lands on the outreach home', async () => {
    await signIn('outreach', 'demo-outreach')
    await page.getByTestId('outreach-home').waitFor()
    expect(new URL(page.url()).pathname).toBe('/outreach')
    expect(await page.getByTestId('online-status').textContent()).toContain('オンライン')
    await screenshot(page, 'outreach-home-768x1024')
    await page.setViewportSize(TABLET_LANDSCAPE)
    await screenshot(page, 'outreach-home-1280x800')
  })

  it('reloads offline: the shell comes from the service worker and the user is still signed in', async () => {
    await waitForServiceWorker(page)
    await context.setOffline(true)
    await page.reload()
    await page.getByTestId('outreach-home').waitFor()
    await expect.poll(() => page.getByTestId('online-status').textContent()).toContain('オフライン')
    expect(await page.locator('input[name="password"]').count()).toBe(0)
    await screenshot(page, 'outreach-home-offline')
  })

  it('comes back online and the server still knows the session', async () => {
    await context.setOffline(false)
    await page.reload()
    await page.getByTestId('outreach-home').waitFor()
    await expect.poll(() => page.getByTestId('online-status').textContent()).toContain('オンライン')
  })
})
