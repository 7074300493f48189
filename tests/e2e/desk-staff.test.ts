import { describe, expect, it } from 'vitest'
import { screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// An administrator runs staff accounts at 1440 px: adds an operator (the password shown once), who
// signs in with it and sees no accounts screen; then disables them, and they can no longer sign in.
// Roles in the UI on the way: no outbox badge on the desk; city staff get no booking form.

const desk = browserSuite({ viewport: { width: 1440, height: 900 } })

async function signOut(): Promise<void> {
  await desk.page.getByTestId('sign-out').click()
  await desk.page.waitForURL('**/sign-in')
}

describe('staff accounts', () => {
  it('adds an operator who signs in with the password shown once, then disables them', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'admin', 'demo-admin')
    // The tablet's outbox is not the desk's: an admin sees no 送信待ち badge here.
    expect(await desk.page.getByTestId('outbox').count()).toBe(0)
    await desk.page.getByTestId('desk-staff').getByRole('link').click()
    await desk.page.getByTestId('staff-table').waitFor()

    // A login ID outside the alphabet is refused on its field, with what to type.
    await desk.page.getByTestId('staff-new-login-id').fill('山田')
    await desk.page.getByTestId('staff-new-display-name').fill('山田 花')
    await desk.page.getByTestId('staff-create-submit').click()
    await expect
      .poll(() => desk.page.locator('#staff-login-id-error').textContent())
      .toContain('英小文字で始め')

    await desk.page.getByTestId('staff-new-login-id').fill('yamada.h')
    await desk.page.getByTestId('staff-create-submit').click()
    const password = (await desk.page.getByTestId('staff-password').textContent()) ?? ''
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    const row = desk.page.locator('[data-testid="staff-row"][data-login-id="yamada.h"]')
    await row.waitFor()
    // Headers and buttons keep their words whole at 1440 px: one line each.
    const tall = await desk.page
      .locator('[data-testid="staff-table"] th, [data-testid="staff-row"] button')
      .evaluateAll((cells) =>
        cells.filter((cell) => cell.getBoundingClientRect().height > 60).map((c) => c.textContent),
      )
    expect(tall).toEqual([])
    expect(await desk.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440)
    await screenshot(desk.page, 'desk-staff-1440x900')

    // The last administrator cannot be disabled: the screen says why.
    await desk.page
      .locator('[data-testid="staff-row"][data-login-id="admin"] [data-testid="staff-disable"]')
      .click()
    await expect.poll(() => desk.page.evaluate(() => document.activeElement?.textContent)).toBe('戻る')
    await desk.page.getByTestId('staff-confirm').click()
    await expect.poll(() => desk.page.getByTestId('staff-problem').textContent()).toContain('管理者')
    await signOut()

    // The new operator signs in with the shown password and is offered no accounts screen.
    await signInAtDesk(desk.page, desk.server.url, 'yamada.h', password)
    expect(await desk.page.getByTestId('desk-staff').count()).toBe(0)
    await desk.page.goto(`${desk.server.url}/desk/staff`)
    // `main` is there from the first paint: wait until the screen's code has come (読み込み中 gone),
    // when a table shown to them would be there too.
    await desk.page.waitForFunction(
      () => document.querySelector('main') && !document.querySelector('main > .loading'),
    )
    expect(await desk.page.getByTestId('staff-table').count()).toBe(0)
    await signOut()

    // Disabled, they cannot sign in again.
    await signInAtDesk(desk.page, desk.server.url, 'admin', 'demo-admin')
    await desk.page.goto(`${desk.server.url}/desk/staff`)
    await desk.page
      .locator('[data-testid="staff-row"][data-login-id="yamada.h"] [data-testid="staff-disable"]')
      .click()
    await desk.page.getByTestId('staff-confirm').click()
    await expect
      .poll(() =>
        desk.page.locator('[data-testid="staff-row"][data-login-id="yamada.h"]').getAttribute('data-active'),
      )
      .toBe('false')
    expect(
      await desk.page
        .locator('[data-testid="staff-row"][data-login-id="yamada.h"] [data-testid="staff-state"]')
        .textContent(),
    ).toMatch(/無効（(\d{4}年)?\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}）/) // the desk's one date form
    await signOut()
    await desk.page.locator('input[name="loginId"]').fill('yamada.h')
    await desk.page.locator('input[name="password"]').fill(password)
    await desk.page.keyboard.press('Enter')
    await expect
      .poll(() => desk.page.getByRole('alert').first().textContent())
      .toContain('パスワードが違います')
  })

  it('offers city staff no booking form, and shows operators the booking types read-only', async () => {
    await desk.page.goto(`${desk.server.url}/sign-in`)
    await desk.page.locator('input[name="loginId"]').fill('city')
    await desk.page.locator('input[name="password"]').fill('demo-city')
    await desk.page.keyboard.press('Enter')
    await desk.page.getByTestId('desk-home').waitFor()
    await desk.page.goto(`${desk.server.url}/desk/bookings`)
    await desk.page.getByTestId('booking-read-only').waitFor()
    expect(await desk.page.getByTestId('slot-list').count()).toBe(0)
    await desk.page.keyboard.press('Alt+N')
    expect(await desk.page.getByTestId('slot-list').count()).toBe(0)
    await signOut()

    await signInAtDesk(desk.page, desk.server.url, 'operator', 'demo-operator')
    await desk.page.goto(`${desk.server.url}/desk/bookings/calendar`)
    await desk.page.getByTestId('tab-types').click()
    await desk.page.getByTestId('types-read-only').waitFor()
    expect(await desk.page.locator('#type-slots').isDisabled()).toBe(true)
  })
})
