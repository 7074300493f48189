import { newId } from '@madoguchi/shared'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setPin, waitSaved } from '../support/outreach'
import { browserSuite } from '../support/suite'
import {
  enableHooks,
  type Hooks,
  makeBacklog,
  readServer,
  signIn,
  waitForEngine,
  waitForHooks,
} from '../support/sync'

// Two tabs of the app on one tablet (issue 18 item 4): a visitor open in one tab is not purged by
// the other tab's sweep, and text typed into a visitor that left the device anyway (its tab was
// frozen past its hold) is saved, never lost.
const tablet = browserSuite({ prepare: enableHooks })
let second: Page

const backlog = makeBacklog(18, { sessions: 1, intakes: 3, photos: 0, minPhoto: 0, maxPhoto: 0 })
const [first, other, third] = backlog.intakes as [
  (typeof backlog.intakes)[number],
  (typeof backlog.intakes)[number],
  (typeof backlog.intakes)[number],
]

const hooks = (page: Page) => ({
  configure: (patch: Parameters<Hooks['configure']>[0]) =>
    page.evaluate((c) => window.__madoguchiSync?.configure(c), patch),
  syncUntilIdle: () => page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000)),
  sweep: () => page.evaluate(() => window.__madoguchiSync?.sweep()),
  stop: () => page.evaluate(() => window.__madoguchiSync?.stop()),
  intakes: async () =>
    (await page.evaluate(() => window.__madoguchiSync?.snapshot()))?.intakes.map((i) => i.id) ?? [],
  snapshot: () => page.evaluate(() => window.__madoguchiSync?.snapshot()),
})

/** The holds on screen that a tab reads (on-screen.ts): `until` 0 is one that ran out. */
const holdsSeenBy = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('madoguchi.onScreen.'))
      .map((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { ids?: string[]; until?: number }),
  )

/**
 * What a tab the system froze looks like to the others: its published hold ran out. localStorage
 * reaches another tab a moment after it is written (about 1 read in 25 right after came too early
 * here), so wait until `other`, whose sweep the test runs next, reads the hold as run out.
 */
const expireHolds = async (page: Page, other: Page) => {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('madoguchi.onScreen.')) {
        const hold = JSON.parse(localStorage.getItem(key) ?? '{}')
        localStorage.setItem(key, JSON.stringify({ ...hold, until: 0 }))
      }
    }
  })
  await expect.poll(async () => (await holdsSeenBy(other)).every((hold) => hold.until === 0)).toBe(true)
}

/** Wait until `other` reads the hold on visitor `id`, open in another tab, before it syncs and sweeps. */
const seesHold = (other: Page, id: string) =>
  expect
    .poll(async () =>
      (await holdsSeenBy(other)).some((hold) => hold.ids?.includes(id) && (hold.until ?? 0) > 0),
    )
    .toBe(true)

/** A new visitor on the device, saved through the write path and not yet sent. */
const fresh = async (visitorNo: number) => {
  const intake = { ...first, id: newId(), visitorNo }
  await tablet.page.evaluate((spec) => window.__madoguchiSync?.seed(spec), {
    ...backlog,
    sessions: [],
    notes: [],
    intakes: [intake],
  })
  return intake.id
}

const openVisitor = async (page: Page, visitorNo: number) => {
  await page
    .getByTestId('visitor-row')
    .filter({ hasText: `来場者 ${visitorNo}` })
    .click()
  await page.locator(`[data-testid="intake-view"][data-visitor="${visitorNo}"]`).waitFor()
}

describe('two tabs on one tablet', () => {
  it('keeps the visitor open in one tab when the other tab sweeps, and purges it once closed', async () => {
    const page = tablet.page
    await signIn(page, tablet.server.url, 'outreach', 'demo-outreach')
    await page.getByTestId('outreach-home').waitFor()
    await waitForHooks(page)
    await waitForEngine(page) // started after this stop, it would undo it
    await hooks(page).stop()
    await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), backlog)
    await setPin(page)
    await page.getByTestId('session-open').first().click()
    await openVisitor(page, first.visitorNo)

    second = await tablet.context.newPage()
    await second.goto(`${tablet.server.url}/outreach`)
    await waitForHooks(second)
    for (const p of [page, second]) await hooks(p).configure({ purgeGraceMs: 0 })
    // The second tab sends everything, and its sweeps purge what is confirmed: all but the open visitor.
    expect(await hooks(second).syncUntilIdle()).toBe(0)
    await hooks(second).sweep()
    expect(await hooks(second).intakes()).toEqual([first.id])
    expect(await page.getByTestId('intake-view').isVisible()).toBe(true)

    // Closing the screen in the first tab lets it go, with no network needed.
    await page.getByTestId('back-to-visitors').click()
    await expect.poll(() => hooks(second).intakes()).toEqual([])
  })

  it('saves what was typed into a visitor purged meanwhile, from its receipt, and sends it', async () => {
    const page = tablet.page
    // A new visitor, opened on the first tab and confirmed.
    const otherId = await fresh(other.visitorNo + 10)
    await openVisitor(page, other.visitorNo + 10)
    await seesHold(second, otherId)
    expect(await hooks(second).syncUntilIdle()).toBe(0)
    expect(await page.evaluate((id) => window.__madoguchiSync?.keepCopy(id), otherId)).toBe(true)
    // The first tab froze past its hold: the second tab's sweep takes the visitor from under it.
    await expireHolds(page, second)
    await hooks(second).sweep()
    expect(await hooks(second).intakes()).not.toContain(otherId)
    const memo = '申請書の記入を手伝った。'
    expect(
      await page.evaluate(([id, m]) => window.__madoguchiSync?.saveFromCopy(id, m), [otherId, memo] as const),
    ).toBe(null)
    const device = await hooks(page).snapshot()
    const receipt = device?.receipts.find((r) => r.recordId === otherId)
    expect(device?.intakes.find((i) => i.id === otherId)?.version).toBe((receipt?.version ?? 0) + 1)
    expect(await hooks(second).syncUntilIdle()).toBe(0)
    expect(readServer(tablet.server.dbPath).data.get(otherId)?.memo).toBe(memo)
  })

  it('keeps text typed on screen while the other tab purges the visitor', async () => {
    const page = tablet.page
    await page.getByTestId('session-view').waitFor() // the visitor left the screen in the last test
    // The field saves long after typing, so the other tab's purge surely comes between the two.
    await page.evaluate(() => window.__madoguchiSync?.autosaveDelay(60_000))
    const thirdId = await fresh(third.visitorNo + 10)
    await openVisitor(page, third.visitorNo + 10)
    await seesHold(second, thirdId)
    expect(await hooks(second).syncUntilIdle()).toBe(0)
    await page.getByTestId('step-form').click()
    const memo = '顔写真は後日郵送。'
    await page.getByTestId('intake-memo').fill(memo)
    // The first tab froze past its hold with the text typed and not yet saved; the other tab purges.
    await expireHolds(page, second)
    await hooks(second).sweep()
    // The screen closes (its visitor is gone: the screen shows only a visitor on the device) and
    // flushes the text into the record made again from its receipt: saved, and sent. The purge is
    // not read from the device database first: the first tab makes the record again as soon as it
    // sees the purge, often before such a read (2 runs in 5 under load failed on it).
    await page.getByTestId('session-view').waitFor()
    await waitSaved(page)
    expect(await page.locator('[data-testid="save-state"]').getAttribute('data-state')).toBe('saved')
    await page.evaluate(() => window.__madoguchiSync?.autosaveDelay(300))
    expect(await hooks(second).syncUntilIdle()).toBe(0)
    expect(readServer(tablet.server.dbPath).data.get(thirdId)?.memo).toBe(memo)
  })
})

describe('what a tablet keeps after the server has it (issue 18 items 6 and 7)', () => {
  it('sends one version with every staff member whose unsent edits it carries', async () => {
    const page = tablet.page
    await hooks(page).stop()
    await hooks(second).stop()
    const staffId = (login: string) => {
      const db = new Database(tablet.server.dbPath, { readonly: true })
      try {
        return db.prepare('SELECT id FROM staff WHERE login_id = ?').pluck().get(login) as string
      } finally {
        db.close()
      }
    }
    const [a, b] = [staffId('outreach'), staffId('supervisor')]
    const id = await fresh(30)
    await page.evaluate((staff) => window.__madoguchiSync?.setActor(staff), a)
    await page.evaluate((i) => window.__madoguchiSync?.editIntake(i, 'Aの記入'), id)
    await page.evaluate((staff) => window.__madoguchiSync?.setActor(staff), b)
    await page.evaluate((i) => window.__madoguchiSync?.editIntake(i, 'Bの記入'), id)
    expect(await hooks(page).syncUntilIdle()).toBe(0)
    const db = new Database(tablet.server.dbPath, { readonly: true })
    try {
      const rows = db
        .prepare(
          "SELECT detail FROM audit_log WHERE entity_id = ? AND action IN ('sync_create', 'sync_update')",
        )
        .pluck()
        .all(id) as string[]
      expect(JSON.parse(rows.at(-1) ?? '{}')).toMatchObject({ actedBy: b, editedBy: [a, b] })
    } finally {
      db.close()
    }
  })

  it('drops a half-typed 申請書ID with its purged visitor, and with a wipe', async () => {
    const page = tablet.page
    await hooks(page).configure({ purgeGraceMs: 600_000 })
    const id = await fresh(31)
    await page.evaluate((i) => window.__madoguchiSync?.writeDraft(i, 'applicationFormId', '1234'), id)
    expect(await hooks(page).syncUntilIdle()).toBe(0)
    expect(await page.evaluate(() => window.__madoguchiSync?.drafts())).toHaveLength(1)
    await hooks(page).configure({ purgeGraceMs: 0 })
    await hooks(page).sweep()
    expect(await hooks(page).intakes()).not.toContain(id)
    expect(await page.evaluate(() => window.__madoguchiSync?.drafts())).toEqual([])

    const unsent = await fresh(32)
    await page.evaluate((i) => window.__madoguchiSync?.writeDraft(i, 'applicationFormId', '5678'), unsent)
    expect(await page.evaluate(() => window.__madoguchiSync?.drafts())).toHaveLength(1)
    await page.evaluate(() => window.__madoguchiSync?.wipe())
    expect(await page.evaluate(() => window.__madoguchiSync?.drafts())).toEqual([])
  })

  it('keeps purging after the sync engine stops (a sign-out or a 401)', async () => {
    const page = tablet.page
    await hooks(page).configure({ purgeGraceMs: 1500, intervalMs: 300 })
    await fresh(40)
    expect(await hooks(page).syncUntilIdle()).toBe(0)
    expect(await hooks(page).intakes()).toHaveLength(1) // confirmed, inside its grace period
    await hooks(page).stop() // what a sign-out does to the engine
    await expect.poll(() => hooks(page).intakes(), { timeout: 10_000 }).toEqual([])
  })
})
