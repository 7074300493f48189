import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { ROOT } from '../support/server'
import { browserSuite } from '../support/suite'

// Issue 15.5: operators report what the FAQ did not answer; a supervisor sees those words grouped
// (one group however they were spelt), the usage per entry, and prints the digest of changes on A4.

const desk = browserSuite({ viewport: DESKTOP })

describe('FAQ usage, gaps and the printable digest', () => {
  it('groups an operator’s not-found reports by reading, whatever the script or width', async () => {
    const { page } = desk
    await signInAtDesk(page, desk.server.url, 'operator', 'demo-operator')
    await page.goto(`${desk.server.url}/desk/faq`)
    for (const query of ['暗証', 'ｱﾝｼｮｳ', 'あんしょう']) {
      await page.getByTestId('faq-search').fill(query)
      await page.getByTestId('faq-not-found').click()
      await page.getByTestId('faq-reported').waitFor()
    }
    // Operators have no usage screen.
    await page.goto(`${desk.server.url}/desk`)
    await page.getByTestId('desk-home').waitFor()
    expect(await page.getByTestId('desk-faq-usage').count()).toBe(0)

    await desk.context.clearCookies()
    await signInAtDesk(page, desk.server.url, 'supervisor', 'demo-supervisor')
    await page.getByTestId('desk-faq-usage').locator('a').click()
    await page.getByTestId('faq-usage-screen').waitFor()
    await page.getByTestId('faq-usage-period').waitFor()
    await page.getByTestId('faq-usage-tab-gaps').click()
    const row = page.getByTestId('faq-gap-row').first()
    await expect.poll(() => row.locator('td').first().textContent()).toBe('3')
    for (const word of ['暗証', 'ｱﾝｼｮｳ', 'あんしょう']) expect(await row.textContent()).toContain(word)
    await screenshot(page, 'desk-faq-gaps-1920x1080')
  })

  it('lists the entries published since a date and prints them without the desk around them', async () => {
    const { page } = desk
    await page.getByTestId('faq-digest-link').click()
    await page.getByTestId('faq-digest-screen').waitFor()
    // The demo FAQ was published when the server started: 53 new entries, the 4 drafts left out.
    await expect
      .poll(() => page.locator('[data-testid="faq-digest-item"][data-change="new"]').count())
      .toBe(53)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.fu-period').isVisible()).toBe(false)
    expect(await page.getByTestId('faq-digest-item').first().isVisible()).toBe(true)
    const dir = join(ROOT, 'tests/artifacts')
    mkdirSync(dir, { recursive: true })
    const pdf = await page.pdf({ path: join(dir, 'faq-digest.pdf'), format: 'A4', preferCSSPageSize: true })
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    await page.emulateMedia({ media: 'screen' })
  })
})
