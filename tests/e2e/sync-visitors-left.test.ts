import { newId } from '@madoguchi/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { DESKTOP, newProfileDir, openBrowser, screenshot } from '../support/browser'
import { unlock, waitSaved } from '../support/outreach'
import { browserSuite } from '../support/suite'
import {
  type BacklogSpec,
  enableHooks,
  makeVisitor,
  openSentSession,
  signIn,
  syncBacklog,
} from '../support/sync'

// Visitors sent and purged still count on the tablet, and the next one is numbered after the highest;
// the desk sees what arrived. One file: the desk's check reads the visitors the tablet numbered here.
const backlog = syncBacklog()
const tablet = browserSuite({ prepare: enableHooks })

// The tablet as sync-tablet's and sync-delete's tests leave theirs: visitors 1, 2, 3 and 9 sent and
// purged (visitor 2's photo retaken since), 20 sent and then deleted, 21 deleted before it was sent.
beforeAll(async () => {
  const page = tablet.page
  const sync = async () => {
    expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
  }
  const seed = (spec: BacklogSpec) => page.evaluate((s) => window.__madoguchiSync?.seed(s), spec)
  const remove = async (spec: BacklogSpec) => {
    const id = spec.intakes[0]?.id as string
    expect(await page.evaluate((i) => window.__madoguchiSync?.deleteIntake(i), id)).toBe(true)
  }
  const first = backlog.intakes[0] as BacklogSpec['intakes'][number]
  const ninth = { ...first, id: newId(), visitorNo: 9, memo: '来場者9: 申請書を持参。' }
  await openSentSession(page, tablet.server.url, { ...backlog, intakes: [...backlog.intakes, ninth] })
  const { sessionId, id: intakeId } = backlog.intakes[1] as BacklogSpec['intakes'][number]
  await page.evaluate(([s, i]) => window.__madoguchiSync?.retakePhoto(s, i, 11), [
    sessionId,
    intakeId,
  ] as const)
  await sync()
  // A confirmed visitor stays on the device meanwhile, where the deletion finds it.
  await page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 600_000 }))
  const twentieth = makeVisitor(backlog, 20, 2020)
  await seed(twentieth)
  await sync()
  await remove(twentieth)
  await sync()
  await page.evaluate(() => window.__madoguchiSync?.stop())
  const twentyFirst = makeVisitor(backlog, 21, 2121)
  await seed(twentyFirst)
  await remove(twentyFirst)
  await sync()
  await page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
})

describe('counting visitors who left the tablet', () => {
  const page = () => tablet.page
  const count = () => page().getByTestId('visitor-count').getAttribute('data-count')
  const syncAll = () => page().evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))
  const addVisitor = async () => {
    await page().getByTestId('add-visitor').click()
    await page().getByTestId('purpose-new_application').click()
    const no = await page().getByTestId('intake-view').getAttribute('data-visitor')
    await page().getByTestId('back-to-visitors').click()
    await page().getByTestId('session-view').waitFor()
    return Number(no)
  }

  it('still counts everyone served after the purge and numbers the next visitor after the highest', async () => {
    await page().evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
    expect(await syncAll()).toBe(0)
    // Visitors 1, 2, 3 and 9 were sent and purged; 20 and 21 were deleted: not counted, numbers taken.
    const device = await page().evaluate(() => window.__madoguchiSync?.snapshot())
    expect(device?.intakes).toEqual([])
    // What the count is made of: the receipts keep each number (and nothing personal).
    const numbers = (deleted: boolean) =>
      device?.receipts
        .filter((r) => r.entity === 'intake' && (r.deleted === true) === deleted)
        .map((r) => r.visitorNo)
        .sort((a, b) => (a ?? 0) - (b ?? 0))
    expect(numbers(false)).toEqual([1, 2, 3, 9])
    expect(numbers(true)).toEqual([20, 21])
    await page().getByTestId('session-view').waitFor()
    await expect.poll(count).toBe('4')
    expect(await page().getByTestId('visitor-count').textContent()).toContain('来場者 4人')
    expect(await page().getByTestId('visitors-cleared').textContent()).toContain('4人')
    expect(await page().getByTestId('visitor-row').count()).toBe(0)
    await screenshot(page(), 'outreach-session-after-purge-768x1024')
    await page()
      .getByRole('button', { name: /実施回の一覧へ/ })
      .click()
    await expect.poll(() => page().getByTestId('session-visitors').getAttribute('data-count')).toBe('4')
    expect(await page().getByTestId('session-visitors').textContent()).toContain('来場者 4人')

    await page().getByTestId('session-open').first().click()
    // Stopped, so the new visitor's screen is not purged from under it while staff are on it.
    await page().evaluate(() => window.__madoguchiSync?.stop())
    expect(await addVisitor()).toBe(22)
    await expect.poll(count).toBe('5')
    await page().evaluate(() => window.__madoguchiSync?.closeVisitors())
    expect(await syncAll()).toBe(0)
    await expect.poll(() => page().getByTestId('visitor-row').count()).toBe(0)
    expect(await count()).toBe('5')
    await page().evaluate(() => window.__madoguchiSync?.stop())
    expect(await addVisitor()).toBe(23)
    await expect.poll(count).toBe('6')
    await page().evaluate(() => window.__madoguchiSync?.closeVisitors())
    expect(await syncAll()).toBe(0)
  })

  it('keeps a confirmed visitor while their screen is open, and purges them once the tablet locks', async () => {
    const onDevice = async () => (await page().evaluate(() => window.__madoguchiSync?.snapshot()))?.intakes
    await page().evaluate(() => window.__madoguchiSync?.stop())
    await page().getByTestId('add-visitor').click()
    await page().getByTestId('purpose-new_application').click()
    const view = page().getByTestId('intake-view')
    expect(await view.getAttribute('data-visitor')).toBe('24')
    await waitSaved(page())
    await page().evaluate(() => window.__madoguchiSync?.closeVisitors())
    // Confirmed, and past the grace period (0 here), yet kept, sweep after sweep: staff are on it.
    expect(await syncAll()).toBe(0)
    expect(await syncAll()).toBe(0)
    const device = await page().evaluate(() => window.__madoguchiSync?.snapshot())
    const [open] = device?.intakes ?? []
    expect(device?.intakes).toHaveLength(1)
    expect(device?.receipts.find((r) => r.recordId === open?.id)).toMatchObject({ visitorNo: 24 })
    expect(await view.isVisible()).toBe(true)
    // The lock closes the screen, and what waited for it leaves the device with no network needed.
    await page().evaluate(() => window.__madoguchiSync?.stop())
    await page().getByTestId('lock-now').click()
    await page().getByTestId('lock-screen').waitFor()
    await expect.poll(onDevice).toEqual([])
    await unlock(page())
    await page().getByTestId('session-view').waitFor() // the visitor has left: back to the list
    await expect.poll(count).toBe('7') // still counted: the receipt keeps its number
  })

  it('purges what the server confirmed on a tablet that has since gone offline', async () => {
    const onDevice = async () => (await page().evaluate(() => window.__madoguchiSync?.snapshot()))?.intakes
    await page().evaluate(() => {
      window.__madoguchiSync?.stop()
      window.__madoguchiSync?.configure({ purgeGraceMs: 1500, intervalMs: 300 })
    })
    expect(await addVisitor()).toBe(25)
    await page().evaluate(() => window.__madoguchiSync?.closeVisitors())
    expect(await syncAll()).toBe(0)
    expect(await onDevice()).toHaveLength(1) // confirmed, inside its grace period
    await tablet.context.setOffline(true)
    await expect.poll(onDevice, { timeout: 10_000 }).toEqual([])
    await tablet.context.setOffline(false)
    await page().evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0, intervalMs: 30_000 }))
    await expect.poll(count).toBe('8')
  })
})

describe('the desk sees what arrived', () => {
  it('lists the session and shows its intakes, notes and photos to a supervisor', async () => {
    const desk = await openBrowser(newProfileDir(), { viewport: DESKTOP })
    try {
      const deskPage = desk.pages()[0] ?? (await desk.newPage())
      await signIn(deskPage, tablet.server.url, 'supervisor', 'demo-supervisor')
      await deskPage.getByTestId('review-sessions').waitFor()
      expect(await deskPage.getByTestId('review-session-row').count()).toBe(1)
      await deskPage.getByRole('button', { name: '開く' }).click()
      await deskPage.getByTestId('review-intakes').waitFor()
      // The visitors deleted on the tablet are not there; each row says whether it is complete.
      const rows = deskPage.getByTestId('review-intake-row')
      expect(await rows.count()).toBe(8)
      expect(await deskPage.locator('[data-testid="review-intake-row"][data-complete="false"]').count()).toBe(
        8,
      )
      // Each visitor number once: those added after the purge did not start again at 1.
      const numbers = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent))
      expect(numbers).toEqual(['1人目', '2人目', '3人目', '9人目', '22人目', '23人目', '24人目', '25人目'])
      const loaded = deskPage.locator('img.review-thumb')
      // Every photo that arrived and was not replaced: the set-up's retake left visitor 2 one of two.
      await expect.poll(() => loaded.count()).toBe(4)
      // The server stores only what is framed as a JPEG within the photo rules, so every thumbnail
      // decodes: the drawn ones and the backlog's test bytes (a JPEG head over random scan data).
      await expect
        .poll(() =>
          loaded.evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).naturalWidth > 0).length),
        )
        .toBe(4)
      expect(await deskPage.getByTestId('review-notes').textContent()).toContain('申請方法')
      await screenshot(deskPage, 'desk-outreach-review-1920x1080')
    } finally {
      await desk.close()
    }
  })
})
