import Database from 'better-sqlite3'
import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { browserSuite } from '../support/suite'
import { enableHooks, makeBacklog, readServer, signIn, waitForHooks } from '../support/sync'

// A tablet whose clock is 20 minutes fast (issue 18 item 5). Before, every sync pass failed: the
// device audit batch was refused whole (422), the backoff grew to 5 minutes and 最後に送信 stopped.
// Now the tablet learns the server's time from every answer and writes by it, so the pass goes
// through and the audit trail and the records carry the server's time, not the tablet's.
const FAST_MS = 20 * 60_000
/** Close enough to the test's own clock: the run's few seconds, far below the 20 minutes. */
const NEAR_MS = 60_000

/** Every page of the context sees a wall clock FAST_MS ahead; the monotonic clock is untouched. */
async function fastClock(context: BrowserContext) {
  await context.addInitScript((ms) => {
    const Real = Date
    class Fast extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + ms)
        else super(...(args as [string | number | Date]))
      }
      static override now() {
        return Real.now() + ms
      }
    }
    globalThis.Date = Fast as DateConstructor
  }, FAST_MS)
}

const tablet = browserSuite({
  prepare: async (context) => {
    await enableHooks(context)
    await fastClock(context)
  },
})
const backlog = makeBacklog(55, { sessions: 1, intakes: 1, photos: 0, minPhoto: 0, maxPhoto: 0 })
const intake = backlog.intakes[0] as (typeof backlog.intakes)[number]

function deviceReadTimes(dbPath: string, recordId: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    return db
      .prepare("SELECT at, detail FROM audit_log WHERE action = 'sync_read' AND entity_id = ?")
      .all(recordId) as { at: string; detail: string }[]
  } finally {
    db.close()
  }
}

describe('a tablet whose clock is 20 minutes fast', () => {
  it('syncs, and writes the audit trail and its records at the server’s time', async () => {
    const page = tablet.page
    await signIn(page, tablet.server.url, 'outreach', 'demo-outreach')
    await page.getByTestId('outreach-home').waitFor()
    await waitForHooks(page)
    const skew = (await page.evaluate(() => Date.now())) - Date.now()
    expect(Math.abs(skew - FAST_MS)).toBeLessThan(NEAR_MS) // the shift is in place

    // The sign-in's answers taught the tablet the offset, kept for a start without a network.
    const offset = Number(await page.evaluate(() => localStorage.getItem('madoguchi.clockOffset')))
    expect(Math.abs(offset + FAST_MS)).toBeLessThan(2_000)

    await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), backlog)
    await page.evaluate((i) => window.__madoguchiSync?.openIntake(i.id, i.sessionId), intake)
    await page.evaluate((id) => window.__madoguchiSync?.editIntake(id, 'メモを直した'), intake.id)
    expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)

    const device = await page.evaluate(() => window.__madoguchiSync?.snapshot())
    expect(device?.outbox).toEqual([])
    expect(device?.auditTrail).toBe(0) // the audit batch was taken, not refused
    expect(device?.status.problem ?? null).toBeNull()
    const now = Date.now()
    // The receipt's confirmation, which the purge counts its grace from, is in server time.
    const receipt = device?.receipts.find((r) => r.recordId === intake.id)
    expect(Math.abs(Date.parse(receipt?.confirmedAt as string) - now)).toBeLessThan(NEAR_MS)

    // The read of the visitor's record is stored at the time it happened, in server time, taken as
    // sent (no correction by the server beside it).
    const reads = deviceReadTimes(tablet.server.dbPath, intake.id)
    expect(reads).toHaveLength(1)
    expect(Math.abs(Date.parse(reads[0]?.at as string) - now)).toBeLessThan(NEAR_MS)
    expect(JSON.parse(reads[0]?.detail as string)).not.toHaveProperty('deviceAt')

    const held = readServer(tablet.server.dbPath).data.get(intake.id)
    expect(held?.memo).toBe('メモを直した')
    expect(Math.abs(Date.parse(held?.updatedAt as string) - now)).toBeLessThan(NEAR_MS)
  })
})
