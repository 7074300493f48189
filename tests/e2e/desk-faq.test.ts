import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// An operator on a call finds the answer in the FAQ as the caller says it (hiragana, conjugated),
// links it to the call with the keyboard, and the call and the answer stay open on another screen.

const desk = browserSuite({ viewport: DESKTOP })

describe('desk FAQ during a call', () => {
  it('finds the answer as typed and links it to the open call', async () => {
    const { page } = desk
    await signInAtDesk(page, desk.server.url, 'operator', 'demo-operator')
    await page.getByTestId('call-take').click()
    await page.getByTestId('faq-panel').waitFor()

    await page.keyboard.press('Alt+F')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('faq-search')
    await page.keyboard.type('あんしょうばんごう わすれた')
    await expect
      .poll(() => page.getByTestId('faq-chosen').textContent(), { timeout: 15_000 })
      .toContain('暗証番号を忘れてしまいました')
    expect(await page.getByTestId('faq-answer').textContent()).toContain('窓口')
    await screenshot(page, 'desk-faq-during-call')

    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('call-links').textContent()).toContain('FAQ-0005')
    expect(await page.getByTestId('faq-use').isDisabled()).toBe(true)

    // A two-character query and half-width katakana work too.
    await page.getByTestId('faq-search').fill('ｷｬﾝｾﾙ')
    await expect
      .poll(() => page.getByTestId('faq-chosen').textContent(), { timeout: 15_000 })
      .toContain('キャンセル')
    await page.getByTestId('faq-search').fill('紛失')
    await expect
      .poll(() => page.getByTestId('faq-chosen').textContent(), { timeout: 15_000 })
      .toContain('なくした')

    // Moving to another desk screen keeps the call, its link and the FAQ panel with its query.
    await page.getByTestId('home-link').click()
    await page.getByTestId('desk-home').waitFor()
    expect(await page.getByTestId('call-links').textContent()).toContain('FAQ-0005')
    expect(await page.getByTestId('faq-search').inputValue()).toBe('紛失')
  })
})
