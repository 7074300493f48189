import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createSession, setPin, signInOutreach } from '../support/outreach'
import { browserSuite } from '../support/suite'
import { enableHooks, waitForHooks } from '../support/sync'

// Issue 12 item 1: a visitor staff are still working on never leaves the tablet. A complete visitor
// and an incomplete one are synced; with every purge time at zero the complete one is cleared and the
// incomplete one stays; ending the session (実施回を終える) shows the summary and asks why the
// incomplete one is closed; once the end is confirmed the rest leave, and a correction (訂正依頼)
// filed for a cleared visitor reaches the server.
const tablet = browserSuite({ prepare: enableHooks })
const page = () => tablet.page
const rows = () => page().getByTestId('visitor-row')
const cleared = () => page().getByTestId('cleared-row')

function server<T>(sql: string): T[] {
  const db = new Database(tablet.server.dbPath, { readonly: true })
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

/** Send now rather than at the next 30-second pass; the purge sweep follows each pass. */
async function syncNow(): Promise<void> {
  expect(await page().evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
}

async function consultationVisitor(withNote: boolean): Promise<void> {
  await page().getByTestId('add-visitor').click()
  await page().getByTestId('purpose-consultation_only').click()
  await page().getByTestId('notes-step').waitFor()
  if (withNote) {
    await page().getByTestId('add-note').click()
    await page().getByTestId('category-how_to_apply').click()
    await page().getByTestId('note').waitFor()
  }
  await page().getByTestId('step-review').click()
  await page().getByTestId('intake-done').click()
  await page().getByTestId('session-view').waitFor()
}

describe('ending a session (#12 item 1)', () => {
  it('clears a complete visitor after sync but keeps an incomplete one, however long', async () => {
    await signInOutreach(page(), tablet.server.url)
    await setPin(page())
    await waitForHooks(page())
    await page().evaluate(() =>
      window.__madoguchiSync?.configure({ purgeGraceMs: 0, purgeIdleMs: 0, intervalMs: 500 }),
    )
    await createSession(page(), '出張 花子')
    await consultationVisitor(true)
    await consultationVisitor(false)
    await syncNow()
    await expect.poll(() => cleared().count(), { timeout: 30_000 }).toBe(1)
    expect(await cleared().first().getAttribute('data-visitor-no')).toBe('1')
    // Further sync passes later the incomplete visitor is still listed, on the tablet.
    await syncNow()
    await syncNow()
    expect(await rows().count()).toBe(1)
    expect(await rows().first().textContent()).toContain('来場者 2')
    const held = server<{ n: number }>('SELECT count(*) AS n FROM intakes')
    expect(held[0]?.n).toBe(2)
  })

  it('ends the session with the summary and a reason for the incomplete visitor; then every visitor leaves', async () => {
    await page().getByTestId('end-session').click()
    const question = page().getByTestId('end-session-question')
    await question.waitFor()
    expect(
      JSON.parse((await page().getByTestId('end-summary').getAttribute('data-summary')) ?? '{}'),
    ).toEqual({
      served: 2,
      applications: 0,
      photos: 0,
      consultations: 1,
      incomplete: 1,
    })
    expect(await question.textContent()).toContain('来場者 2人')
    expect(await page().getByTestId('end-incomplete').textContent()).toContain('来場者 2')
    expect(await page().getByTestId('end-session-confirm').isDisabled()).toBe(true)
    await page().getByTestId('end-reason').fill('時間が足りず、後日窓口で相談されるため')
    await page().getByTestId('end-session-confirm').click()
    await page().getByTestId('session-ended').waitFor()
    expect(await page().getByTestId('add-visitor').count()).toBe(0)
    await syncNow()
    await expect.poll(() => rows().count(), { timeout: 30_000 }).toBe(0)
    // The cleared list is its own live query: it may show the change a moment after the visitor list.
    await expect.poll(() => cleared().count()).toBe(2)
    const [session] = server<{ data: string }>('SELECT data FROM outreach_sessions')
    const data = JSON.parse(session?.data ?? '{}')
    expect(data.endedAt).toBeTruthy()
    expect(data.endSummary).toMatchObject({ served: 2, incomplete: 1 })
    const closed = server<{ data: string }>('SELECT data FROM intakes WHERE visitor_no = 2')
    expect(JSON.parse(closed[0]?.data ?? '{}').closedIncomplete.reason).toContain('後日窓口')
  })

  it('files a correction for a cleared visitor, which reaches the server as an open request', async () => {
    await cleared().first().getByTestId('request-correction').click()
    await page().getByTestId('correction-topic').selectOption('consultation')
    await page().getByTestId('correction-text').fill('相談の区分は申請方法ではなく持ち物だった')
    await page().getByTestId('correction-send').click()
    await page().getByTestId('correction-form').waitFor({ state: 'detached' })
    await syncNow()
    await expect
      .poll(() => server<{ status: string }>('SELECT status FROM outreach_corrections'), { timeout: 30_000 })
      .toEqual([{ status: 'open' }])
  })
})
