import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, newProfileDir, openBrowser, screenshot, TABLET_PORTRAIT } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { setPin, signInOutreach } from '../support/outreach'
import { type RunningServer, startServer } from '../support/server'
import { enableHooks, waitForHooks } from '../support/sync'

// Issue 15: a supervisor writes an answer, someone else publishes it, the tablet syncs, loses the
// network, and still finds the new answer however the staff member types it (kana, width).

let server: RunningServer
let desk: BrowserContext | undefined
let tablet: BrowserContext | undefined
let deskPage: Page
let tabletPage: Page

const QUESTION = 'カードケースはもらえますか'
const ANSWER = 'カードの受け取りのときに、窓口でカードケースをお渡ししています。'

beforeAll(async () => {
  server = await startServer()
  tablet = await openBrowser(newProfileDir(), { viewport: TABLET_PORTRAIT })
  await enableHooks(tablet)
  tabletPage = tablet.pages()[0] ?? (await tablet.newPage())
  desk = await openBrowser(newProfileDir(), { viewport: DESKTOP })
  deskPage = desk.pages()[0] ?? (await desk.newPage())
})
afterAll(async () => {
  await tablet?.close()
  await desk?.close()
  await server?.stop()
})

/** Run the tablet's sync engine until its outbox is empty (a pass pulls the reference data first). */
async function syncTablet() {
  await waitForHooks(tabletPage)
  expect(await tabletPage.evaluate(() => window.__madoguchiSync?.syncUntilIdle(30_000))).toBe(0)
}

async function searchTablet(query: string) {
  await tabletPage.getByTestId('tablet-faq-search').fill(query)
  return tabletPage.getByTestId('tablet-faq-hit').allTextContents()
}

describe('a newly published FAQ answer on the tablet, offline', () => {
  it('the tablet holds the demo FAQ after its first sync, without the new answer', async () => {
    await signInOutreach(tabletPage, server.url)
    await setPin(tabletPage)
    await syncTablet()
    await tabletPage.getByTestId('tablet-faq-open').click()
    await tabletPage.getByTestId('tablet-faq').waitFor({ timeout: 30_000 })
    expect((await searchTablet('カードケース')).join()).not.toContain(QUESTION)
  })

  it('a supervisor writes it and submits it; only another person may publish it', async () => {
    await signInAtDesk(deskPage, server.url, 'supervisor', 'demo-supervisor')
    await deskPage.goto(`${server.url}/desk/faq`)
    await deskPage.getByTestId('faq-new').click()
    await deskPage.getByTestId('faq-edit-question').fill(QUESTION)
    await deskPage.getByTestId('faq-edit-answer').fill(ANSWER)
    await deskPage.getByTestId('faq-edit-keywords').fill('カードケース\nケース')
    await deskPage.getByTestId('faq-edit-phrasings').fill('カードを入れるケースがほしい')
    await deskPage.getByTestId('faq-save').click()
    await deskPage.getByTestId('faq-submit').click()
    await expect
      .poll(() => deskPage.getByTestId('faq-editor').locator('h2').textContent())
      .toContain('確認待ち')
    expect(await deskPage.getByTestId('faq-publish').isDisabled()).toBe(true)

    await desk?.clearCookies()
    await signInAtDesk(deskPage, server.url, 'city', 'demo-city')
    await deskPage.goto(`${server.url}/desk/faq`)
    await deskPage.getByTestId('faq-entry').filter({ hasText: QUESTION }).click()
    await deskPage.getByTestId('faq-publish').click()
    await expect.poll(() => deskPage.getByTestId('faq-editor').locator('h2').textContent()).toContain('公開')
  })

  it('after a sync the tablet finds it with no network, in any kana or width', async () => {
    await syncTablet()
    await tablet?.setOffline(true)
    await expect
      .poll(() => tabletPage.getByTestId('online-status').getAttribute('data-state'))
      .toBe('offline')
    for (const query of ['かーどけーす', 'ｶｰﾄﾞｹｰｽ', 'カードケース', 'ケースがほしい'])
      await expect
        .poll(async () => [query, (await searchTablet(query))[0] ?? ''])
        .toEqual([query, expect.stringContaining(QUESTION)])
    await tabletPage.getByTestId('tablet-faq-hit').first().locator('button').click()
    expect(await tabletPage.getByTestId('tablet-faq-answer').textContent()).toContain('窓口でカードケース')
    await screenshot(tabletPage, 'tablet-faq-offline-new-answer')
  })
})
