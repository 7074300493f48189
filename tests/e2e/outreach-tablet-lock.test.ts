import { describe, expect, it } from 'vitest'
import { PIN, signInOutreach, unlock } from '../support/outreach'
import { browserSuite } from '../support/suite'

/**
 * What a newcomer hit on the shared tablet (issue 12), checked as staff meet it: a trivial PIN is
 * refused with the reason, and the lock screen offers only the way back in. The same walk's widths
 * and intake steps: outreach-tablet-layout.test.ts, outreach-tablet-intake.test.ts.
 */
const tablet = browserSuite()
const page = () => tablet.page

describe('the tablet walk-through (#12)', () => {
  it('refuses a trivial PIN and says why', async () => {
    await signInOutreach(page(), tablet.server.url)
    await page().getByTestId('pin-setup').waitFor()
    for (const trivial of ['1111', '1234', '9876']) {
      await page().locator('#pin-new').fill(trivial)
      await page().locator('#pin-confirm').fill(trivial)
      await page().getByRole('button', { name: '暗証番号を設定する' }).click()
      await expect.poll(() => page().getByTestId('pin-setup').textContent()).toContain('推測')
      expect(await page().getByTestId('pin-setup').count()).toBe(1)
    }
    await page().locator('#pin-new').fill(PIN)
    await page().locator('#pin-confirm').fill(PIN)
    await page().getByRole('button', { name: '暗証番号を設定する' }).click()
    await page().getByTestId('pin-setup').waitFor({ state: 'detached' })
  })

  it('offers only unlocking while locked', async () => {
    await page().getByTestId('lock-now').click()
    await page().getByTestId('lock-screen').waitFor()
    // No plain sign-out and no outbox panel (with its "erase this device") behind the lock.
    expect(await page().getByTestId('sign-out').count()).toBe(0)
    expect(await page().getByTestId('outbox-badge').count()).toBe(0)
    expect(await page().locator('body').textContent()).not.toContain('この端末の記録を消去')
    // The emergency sign-out is folded away, so it is not taken for the way in.
    expect(
      await page()
        .getByTestId('lock-emergency')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false)
    await unlock(page())
  })
})
