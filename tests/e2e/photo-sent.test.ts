import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setPin } from '../support/outreach'
import { browserSuite } from '../support/suite'
import { enableHooks, makeBacklog, signIn, waitForEngine, waitForHooks } from '../support/sync'

// Issue 12 item 1: a photo the server confirmed and the tablet then purged still belongs to its
// visitor. When the visitor is back on the tablet (saved again from its receipt, as an edit typed
// during the purge is) and only the photo's receipt remains, the photo step says 送信済 with the
// time, and the camera opens only when staff deliberately ask for a retake.
const tablet = browserSuite({ prepare: enableHooks })
const backlog = makeBacklog(31, { sessions: 1, intakes: 1, photos: 1, minPhoto: 0, maxPhoto: 0 })
const intake = backlog.intakes[0] as (typeof backlog.intakes)[number]
backlog.photos = backlog.photos.map((p) => ({ ...p, jpeg: true }))
backlog.notes = []

const hooks = (page: Page) => ({
  configure: (patch: Record<string, number>) =>
    page.evaluate((c) => window.__madoguchiSync?.configure(c), patch),
  snapshot: () => page.evaluate(() => window.__madoguchiSync?.snapshot()),
})

describe('a photo sent and purged (#12 item 1)', () => {
  it('shows 送信済 with the time, not the camera, and retakes only when asked', async () => {
    const page = tablet.page
    await signIn(page, tablet.server.url, 'outreach', 'demo-outreach')
    await page.getByTestId('outreach-home').waitFor()
    await waitForHooks(page)
    await waitForEngine(page) // started after this stop, it would undo it
    await page.evaluate(() => window.__madoguchiSync?.stop())
    await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), backlog)
    await setPin(page)
    expect(await page.evaluate((id) => window.__madoguchiSync?.keepCopy(id), intake.id)).toBe(true)
    // Everything sent and confirmed, then purged: the visitor and the photo leave the tablet.
    await hooks(page).configure({ purgeGraceMs: 0 })
    expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
    await page.evaluate(() => window.__madoguchiSync?.sweep())
    const purged = await hooks(page).snapshot()
    expect(purged?.intakes).toEqual([])
    expect(purged?.photos).toEqual([])
    const receipt = purged?.receipts.find((r) => r.entity === 'photo')
    expect(receipt?.intakeId).toBe(intake.id)
    // A memo typed on a screen that still showed the visitor brings the visitor back; the photo stays
    // a receipt. Nothing more is purged while the test looks.
    await hooks(page).configure({ purgeGraceMs: 600_000 })
    expect(
      await page.evaluate(([id, m]) => window.__madoguchiSync?.saveFromCopy(id, m), [
        intake.id,
        '後日確認',
      ] as const),
    ).toBe(null)
    const back = await hooks(page).snapshot()
    expect(back?.intakes.map((i) => i.id)).toEqual([intake.id])
    expect(back?.photos).toEqual([])

    await page.getByTestId('session-open').first().click()
    await page
      .getByTestId('visitor-row')
      .filter({ hasText: `来場者 ${intake.visitorNo}` })
      .click()
    await page.getByTestId('intake-view').waitFor()
    await page.getByTestId('step-photo').click()
    const step = page.getByTestId('photo-step')
    await expect.poll(() => step.getAttribute('data-mode')).toBe('sent')
    expect(await page.getByTestId('step-photo').getAttribute('data-status')).toBe('done')
    const sent = page.getByTestId('photo-sent')
    expect(await sent.textContent()).toContain('送信済')
    // The time it was sent, as a clock shows it (hh:mm).
    expect(await page.getByTestId('photo-sent-at').textContent()).toMatch(/\d{2}:\d{2}/)
    expect(await page.locator('video').count()).toBe(0)
    expect(await page.getByTestId('shutter').count()).toBe(0)
    expect(await page.getByTestId('photo-file').count()).toBe(0)

    // A retake is there, but only as a deliberate choice: then the camera (or a file) is offered.
    await sent.getByTestId('retake').click()
    await expect.poll(() => step.getAttribute('data-mode')).toBe('camera')
    expect(await page.getByTestId('photo-file').count()).toBe(1)
  })
})
