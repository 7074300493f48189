import { describe, expect, it } from 'vitest'
import { screenshot, TABLET_LANDSCAPE, waitForServiceWorker } from '../support/browser'
import { browserSuite } from '../support/suite'

const tablet = browserSuite()

async function signIn(loginId: string, password: string) {
  await tablet.page.goto(`${tablet.server.url}/`)
  await tablet.page.locator('input[name="loginId"]').fill(loginId)
  await tablet.page.locator('input[name="password"]').fill(password)
  await tablet.page.locator('button[type="submit"]').click()
}

describe('outreach sign-in survives going offline', () => {
  it('shows a field error and stays on sign-in for a wrong password', async () => {
    await signIn('outreach', 'wrong-password')
    await expect
      .poll(() => tablet.page.getByRole('alert').first().textContent())
      .toContain('ログインIDまたはパスワードが違います')
    expect(new URL(tablet.page.url()).pathname).toBe('/sign-in')
  })

  it('signs in as the demo outreach user and lands on the outreach home', async () => {
    await signIn('outreach', 'demo-outreach')
    await tablet.page.getByTestId('outreach-home').waitFor()
    expect(new URL(tablet.page.url()).pathname).toBe('/outreach')
    expect(await tablet.page.getByTestId('online-status').textContent()).toContain('オンライン')
    await screenshot(tablet.page, 'outreach-home-768x1024')
    await tablet.page.setViewportSize(TABLET_LANDSCAPE)
    await screenshot(tablet.page, 'outreach-home-1280x800')
  })

  it('reloads offline: the shell comes from the service worker and the user is still signed in', async () => {
    await waitForServiceWorker(tablet.page)
    await tablet.context.setOffline(true)
    await tablet.page.reload()
    await tablet.page.getByTestId('outreach-home').waitFor()
    await expect.poll(() => tablet.page.getByTestId('online-status').textContent()).toContain('オフライン')
    expect(await tablet.page.locator('input[name="password"]').count()).toBe(0)
    await screenshot(tablet.page, 'outreach-home-offline')
  })

  it('comes back online and the server still knows the session', async () => {
    await tablet.context.setOffline(false)
    await tablet.page.reload()
    await tablet.page.getByTestId('outreach-home').waitFor()
    await expect.poll(() => tablet.page.getByTestId('online-status').textContent()).toContain('オンライン')
  })
})
