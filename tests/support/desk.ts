import type { Page } from 'playwright-core'

/** Steps of the call-center desk, shared by the browser tests. */

/** Open the desk signed out, as staff do: it sends them to sign in, and Enter brings them to the desk home. */
export async function signInAtDesk(
  page: Page,
  url: string,
  loginId: string,
  password: string,
): Promise<void> {
  await page.goto(`${url}/desk`)
  await page.waitForURL('**/sign-in')
  await page.locator('input[name="loginId"]').fill(loginId)
  await page.locator('input[name="password"]').fill(password)
  await page.keyboard.press('Enter')
  await page.getByTestId('desk-home').waitFor()
}
