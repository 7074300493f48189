import {
  hexBytes,
  SHIFT_JIS_SAMPLE_HEX,
  spokenFormId,
  syntheticFormId,
  utf8Csv,
} from '@madoguchi/shared/status/test-files'
import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// 申請状況の確認 end to end: a supervisor imports the city's status file; an operator on a call looks
// an application up by the 申請書ID read out in full-width digits with spaces, sees where it is in
// words for the caller, and jumps with one key to booking the issuance for that person.

const desk = browserSuite({ viewport: DESKTOP })
const FORM_ID = syntheticFormId(4242)
const HEADER = ['申請書ID', 'ステータス', 'ステータス日', '申請日', '氏名カナ', '生年月日']
const FILE = utf8Csv(HEADER, [
  [FORM_ID, '交付通知書発送済', '2026/11/20', '2026/10/01', 'アサギ ミドリ', '1985/06/15'],
  [syntheticFormId(4243), '審査中', '2026/11/25', '2026/11/10', 'クスノキ ソラ', '1990/02/03'],
])
const focusedTestId = () =>
  desk.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '')

async function choose(name: string, bytes: Uint8Array) {
  await desk.page
    .getByTestId('import-file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) })
  await desk.page.getByTestId('import-preview').waitFor()
}

describe('application status during a call', () => {
  it('a supervisor imports the city’s file: the encoding is detected and shown first', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'supervisor', 'demo-supervisor')
    await desk.page.getByTestId('desk-status-import').getByRole('link').click()
    await desk.page.getByTestId('status-import').waitFor()
    await desk.page.getByTestId('import-source').fill('e2e-city')

    await choose('sjis.csv', hexBytes(SHIFT_JIS_SAMPLE_HEX))
    expect(await desk.page.getByTestId('import-encoding-found').textContent()).toContain('shift_jis')

    await choose('status.csv', FILE)
    expect(await desk.page.getByTestId('import-encoding-found').textContent()).toContain('utf-8')
    expect(await desk.page.getByTestId('import-summary').textContent()).toContain('誤りのある行 0')
    await desk.page.getByTestId('import-apply').click()
    await expect
      .poll(() => desk.page.getByTestId('import-done').textContent(), { timeout: 10_000 })
      .toContain('新規 2')
    await screenshot(desk.page, 'desk-status-import')

    // The texts operators read are the city's: the usual wait after the notice, edited here.
    await desk.page.getByLabel('交付通知書発送済 かかる期間の目安').fill('はがきは3日ほどで届きます')
    await desk.page.getByTestId('status-labels-save').click()
    await desk.page.getByTestId('status-labels').getByText('保存しました。').waitFor()
    await desk.page.getByTestId('sign-out').click()
    await desk.page.waitForURL('**/sign-in')
  })

  it('an operator looks the ID up as read out, and books the issuance for that person', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'operator', 'demo-operator')
    await desk.page.keyboard.press('Alt+T')
    await desk.page.getByTestId('call-timer').waitFor()
    await desk.page.keyboard.press('Alt+J')
    await desk.page.getByTestId('status-screen').waitFor()
    await expect.poll(focusedTestId).toBe('status-box')
    await desk.page.keyboard.type(spokenFormId(FORM_ID)) // full-width digits in groups with spaces
    expect(await desk.page.getByTestId('status-box-hint').textContent()).toContain('23')
    await desk.page.keyboard.press('Enter')

    await expect.poll(() => desk.page.getByTestId('status-label').textContent()).toBe('交付通知書発送済')
    expect(await desk.page.getByTestId('status-caller').textContent()).toContain('交付通知書')
    expect(await desk.page.getByTestId('status-next').textContent()).toContain('予約')
    expect(await desk.page.getByTestId('status-date').textContent()).toContain('2026年11月20日')
    expect(await desk.page.getByTestId('status-wait').textContent()).toBe('はがきは3日ほどで届きます')
    // The lookup is linked to the open call, which now counts as 申請状況の確認.
    // Grouped as the status screen shows it (9000 0000 …).
    expect((await desk.page.getByTestId('call-links').textContent())?.replace(/\s/g, '')).toContain(FORM_ID)
    await desk.page.keyboard.press('?')
    expect(await desk.page.getByTestId('help-overlay').textContent()).toContain('Alt + Y')
    await desk.page.keyboard.press('Escape')
    await screenshot(desk.page, 'desk-status-lookup')

    await desk.page.keyboard.press('Alt+Y')
    await desk.page.getByTestId('booking-desk').waitFor()
    expect(await desk.page.getByTestId('person-0-kana').inputValue()).toBe('アサギ ミドリ')
    expect(await desk.page.getByTestId('person-0-birthDate').inputValue()).toBe('1985-06-15')

    await desk.page.locator('[data-testid="type-list"] button').first().click()
    await desk.page.locator('[data-testid="slot-list"] [role="option"]').first().waitFor()
    await expect.poll(focusedTestId).toBe('slot-list')
    await desk.page.keyboard.press('Enter')
    await desk.page.getByTestId('hold-countdown').waitFor()
    await expect.poll(focusedTestId).toBe('person-0-name')
    await desk.page.keyboard.type('浅葱 翠')
    await desk.page.getByTestId('person-0-phone').fill('0123-45-6789') // the caller gives a number to reach them
    await desk.page.keyboard.press('Alt+B')
    await desk.page
      .getByTestId('read-back-ref')
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(
          `no read-back; the desk said: ${await desk.page.getByTestId('desk-notice').textContent()}`,
        )
      })
    const detail = (await desk.page.getByTestId('booking-detail').textContent()) ?? ''
    expect(detail).toContain('アサギ ミドリ')
    expect(detail).toContain('昭和60年')
    expect(detail).toContain('浅葱 翠')
    expect(await desk.page.getByTestId('call-links').textContent()).toMatch(/予約/)
  })
})
