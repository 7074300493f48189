import Database from 'better-sqlite3'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { newProfileDir, openBrowser, screenshot, TABLET_PORTRAIT } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { layoutProblems, resizeTo } from '../support/layout'
import { setPin, signInOutreach } from '../support/outreach'
import { browserSuite } from '../support/suite'
import { enableHooks, waitForHooks } from '../support/sync'

// #16.6 実施日程, end to end on the real server and Chromium: a supervisor plans today's pop-up on the
// desk by keyboard; a tablet receives it with its reference data and starts it in one tap (site,
// date and staff from the plan, linked by plannedId); once synced, the monthly report shows it held.
const desk = browserSuite({ viewport: { width: 1440, height: 900 } })
let tablet: BrowserContext | undefined
afterAll(async () => {
  await tablet?.close()
})

const tokyoToday = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10)

function serverRows<T>(sql: string): T[] {
  const db = new Database(desk.server.dbPath, { readonly: true })
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

async function syncNow(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
}

describe('the pop-up schedule (実施日程)', () => {
  it('a supervisor plans today’s session on the desk, by keyboard, at desk and tablet widths', async () => {
    const page = desk.page
    await signInAtDesk(page, desk.server.url, 'supervisor', 'demo-supervisor')
    await page.getByTestId('desk-schedule').getByRole('link').click()
    await page.getByTestId('schedule-screen').waitFor()

    // Alt+N opens a new plan with its date focused and today's date in it.
    await page.keyboard.press('Alt+n')
    const form = page.getByTestId('schedule-form')
    await form.waitFor()
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('date')
    expect(await form.locator('input[name="date"]').inputValue()).toBe(tokyoToday())
    // An end before the start is refused with the field's message, in Japanese.
    await form.locator('select[name="siteId"]').selectOption({ index: 1 })
    await form.locator('input[name="startTime"]').fill('15:00')
    await form.locator('input[name="endTime"]').fill('10:00')
    await page.keyboard.press('Enter')
    expect(await page.getByTestId('plan-endTime-error').textContent()).toContain('終了時刻は開始時刻より後')
    await form.locator('input[name="startTime"]').fill('10:00')
    await form.locator('input[name="endTime"]').fill('15:30')
    await form.locator('input[name="staffNames"]').fill('出張 花子、窓口 太郎')
    await form.locator('input[name="note"]').fill('北側入口')
    await form.locator('input[name="note"]').press('Enter')
    await page.getByTestId('schedule-notice').waitFor()
    const row = page.getByTestId('schedule-row')
    // The list reloads after the notice: wait for the row rather than count at once.
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    expect(await row.textContent()).toContain('10:00〜15:30')
    expect(await row.textContent()).toContain('出張 花子、窓口 太郎')

    for (const width of [1440, 1280, 768]) {
      await resizeTo(page, { width, height: 900 })
      expect(await layoutProblems(page), `${width} px`).toEqual([])
      await screenshot(page, `schedule-desk-${width}`)
    }
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  it('the tablet receives the plan and starts it in one tap, linked to the plan', async () => {
    tablet = await openBrowser(newProfileDir(), { viewport: TABLET_PORTRAIT })
    await enableHooks(tablet)
    const page = tablet.pages()[0] ?? (await tablet.newPage())
    await signInOutreach(page, desk.server.url)
    await setPin(page)
    await waitForHooks(page)
    await syncNow(page)

    const planned = page.getByTestId('planned-session')
    await planned.first().waitFor({ timeout: 30_000 })
    expect(await planned.count()).toBe(1)
    expect(await planned.textContent()).toContain('10:00〜15:30')
    expect(await layoutProblems(page)).toEqual([])
    await screenshot(page, 'schedule-tablet-768')

    await page.getByTestId('plan-start').click()
    await page.getByTestId('session-view').waitFor()
    await syncNow(page)

    const [plan] = serverRows<{ id: string; site_id: string }>('SELECT id, site_id FROM planned_sessions')
    const sessions = serverRows<{ site_id: string; date: string; plannedId: string; staff: string }>(
      `SELECT site_id, date, json_extract(data, '$.plannedId') AS plannedId,
         json_extract(data, '$.staffNames') AS staff FROM outreach_sessions`,
    )
    expect(sessions).toEqual([
      { site_id: plan?.site_id, date: tokyoToday(), plannedId: plan?.id, staff: '["出張 花子","窓口 太郎"]' },
    ])
  })

  it('the monthly report shows the plan held', async () => {
    const page = desk.page
    await page.goto(`${desk.server.url}/desk/reports`)
    await page.getByTestId('report-month').fill(tokyoToday().slice(0, 7))
    // The screen opens on last month's report and keeps it on screen until this month's answer
    // comes: wait for this month's figures, not for any plans section.
    await expect
      .poll(() => page.getByTestId('report-plans-totals').textContent())
      .toContain('予定 1 回のうち実施 1 回・未実施 0 回')
    expect(await page.getByTestId('report-plans-table').textContent()).toContain('実施')
    expect(await page.getByTestId('report-plans-table').textContent()).toContain('10:00〜15:30')
  })
})
