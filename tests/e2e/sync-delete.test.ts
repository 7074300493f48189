import { beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from '../support/browser'
import { browserSuite } from '../support/suite'
import {
  enableHooks,
  makeBacklog,
  makeVisitor,
  openSentSession,
  readDeviceReads,
  readServer,
} from '../support/sync'

// A visitor entered by mistake is deleted on the tablet: asked first, gone from the device at once and,
// once the deletion is sent, from the server with the visitor's note and photo.
const backlog = makeBacklog(7, { sessions: 1, intakes: 1, photos: 0, minPhoto: 0, maxPhoto: 0 })
const tablet = browserSuite({ prepare: enableHooks })

// A session already sent, its visitor list on screen: where staff find the visitor to delete.
beforeAll(() => openSentSession(tablet.page, tablet.server.url, backlog))

describe('deleting what was entered by mistake', () => {
  const visitor = (visitorNo: number, seed: number) => makeVisitor(backlog, visitorNo, seed)
  const snapshot = () => tablet.page.evaluate(() => window.__madoguchiSync?.snapshot())

  it('deletes a synced visitor from the tablet after asking, then from the server with its note and photo', async () => {
    await tablet.page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 600_000 }))
    const v = visitor(20, 2020)
    await tablet.page.evaluate((spec) => window.__madoguchiSync?.seed(spec), v)
    expect(await tablet.page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
    const ids = [v.intakes[0]?.id, v.notes[0]?.id, v.photos[0]?.id] as string[]
    for (const id of ids) expect(readServer(tablet.server.dbPath).versions.has(id)).toBe(true)

    // The PIN is set and the session open (openSentSession, before the tests): its visitors are on screen.
    await tablet.page.getByTestId('visitor-row').filter({ hasText: '来場者 20' }).click()
    await tablet.page.getByTestId('delete-visitor').click()
    // It asks first, with the safe answer focused; やめる keeps everything.
    expect(await tablet.page.getByTestId('delete-visitor-question').textContent()).toContain('元に戻せません')
    expect(await tablet.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'delete-visitor-cancel',
    )
    await screenshot(tablet.page, 'outreach-delete-visitor-768x1024')
    await tablet.page.getByTestId('delete-visitor-cancel').click()
    await tablet.page.getByTestId('delete-visitor').click()
    await tablet.page.getByTestId('delete-visitor-confirm').click()
    await tablet.page.getByTestId('session-view').waitFor()
    expect(await tablet.page.getByTestId('visitor-row').filter({ hasText: '来場者 20' }).count()).toBe(0)

    const device = await snapshot()
    for (const table of ['intakes', 'notes', 'photos'] as const) {
      expect(device?.[table].map((r) => r.id)).not.toContain(
        ids[['intakes', 'notes', 'photos'].indexOf(table)],
      )
    }
    expect(device?.outbox).toEqual([
      { recordId: ids[0], entity: 'intake', version: 2, state: 'pending', rejection: null },
    ])
    expect(await tablet.page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
    const held = readServer(tablet.server.dbPath)
    for (const id of ids) {
      expect(held.versions.has(id)).toBe(false)
      expect(held.deleted.has(id)).toBe(true)
    }
    expect([...held.photoShas.keys()]).not.toContain(ids[2])
    expect((await snapshot())?.outbox).toEqual([])
    // Opening the visitor was audited on the tablet and reached the server's audit log once, ids only.
    const reads = readDeviceReads(tablet.server.dbPath, ids[0] as string)
    expect(reads).toHaveLength(1)
    expect(reads[0]?.actorRole).toBe('outreach')
    expect(Object.keys(reads[0]?.detail as object).sort()).toEqual([
      'actedBy',
      'deviceId',
      'entryId',
      'sessionId',
    ])
  })

  it('deletes a visitor never sent: its queued records and photo go, only the deletion is sent', async () => {
    await tablet.page.evaluate(() => window.__madoguchiSync?.stop())
    const v = visitor(21, 2121)
    await tablet.page.evaluate((spec) => window.__madoguchiSync?.seed(spec), v)
    const id = v.intakes[0]?.id as string
    const result = await tablet.page.evaluate((i) => window.__madoguchiSync?.deleteIntakeThenResave(i), id)
    // A save racing the deletion (an autosave flushed as the screen closes) cannot bring it back.
    expect(result).toEqual({ deleted: true, resave: 'RecordDeletedError' })
    const device = await snapshot()
    expect(device?.outbox).toEqual([
      { recordId: id, entity: 'intake', version: 2, state: 'pending', rejection: null },
    ])
    expect(device?.photos.map((p) => p.id)).not.toContain(v.photos[0]?.id)
    expect(device?.notes.map((n) => n.id)).not.toContain(v.notes[0]?.id)
    expect(await tablet.page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))).toBe(0)
    const held = readServer(tablet.server.dbPath)
    expect(held.deleted.has(id)).toBe(true)
    expect(held.versions.has(id)).toBe(false)
    expect(held.versions.has(v.notes[0]?.id as string)).toBe(false)
    await tablet.page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
  })
})
