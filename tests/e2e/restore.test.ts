import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newProfileDir, openBrowser } from '../support/browser'
import { ROOT, type RunningServer, startServer } from '../support/server'
import {
  enableHooks,
  expectedPhotoHashes,
  makeBacklog,
  readServer,
  signIn,
  waitForHooks,
} from '../support/sync'

// A server restored from an older backup (issue 18 item 3): the tablet purges only what a backup
// holds, notices the restore by the server's generation, and sends again what it still holds and
// what it deleted, so nothing entered is lost and a deleted visitor stays deleted.
const dir = mkdtempSync(join(tmpdir(), 'madoguchi-restore-'))
const live = join(dir, 'live.sqlite')
const copy = join(dir, 'backup.sqlite')
// No scheduled backups: the test takes the one backup itself, at a known moment.
const env = { BACKUP_INTERVAL_MINUTES: '0', BACKUP_DIR: join(dir, 'backups') }
let server: RunningServer
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startServer({ dbPath: live, env })
  context = await openBrowser(newProfileDir())
  await enableHooks(context, { awaitBackup: true })
  page = context.pages()[0] ?? (await context.newPage())
  await signIn(page, server.url, 'outreach', 'demo-outreach')
  await page.getByTestId('outreach-home').waitFor()
  await waitForHooks(page)
  await page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
})

afterAll(async () => {
  await context?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const snapshot = () => page.evaluate(() => window.__madoguchiSync?.snapshot())
const syncUntilIdle = () => page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(60_000))
const syncOnce = () => page.evaluate(() => window.__madoguchiSync?.syncOnce())
const heldIntakes = async () => (await snapshot())?.intakes.map((i) => i.id).sort() ?? []

const first = makeBacklog(31, { sessions: 1, intakes: 2, photos: 1, minPhoto: 30_000, maxPhoto: 40_000 })
const later = makeBacklog(32, { sessions: 1, intakes: 1, photos: 1, minPhoto: 30_000, maxPhoto: 40_000 })
const [kept, deletedLater] = first.intakes as [(typeof first.intakes)[0], (typeof first.intakes)[0]]

describe('a server restored from an older backup', () => {
  it('keeps what the server acknowledged until a backup holds it, then purges it', async () => {
    await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), first)
    expect(await syncUntilIdle()).toBe(0)
    // Sent and acknowledged, but no backup holds it yet: still on the tablet.
    expect(await heldIntakes()).toEqual([kept.id, deletedLater.id].sort())
    // A backup counts only from its start less a 10 s margin for other writers.
    await new Promise((r) => setTimeout(r, 11_000))
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'sync-server/scripts/backup.ts', copy], {
      cwd: ROOT,
      env: { ...process.env, MADOGUCHI_DB: live },
    })
    // Deleted on the tablet after the backup, before the tablet heard of it.
    await page.evaluate((id) => window.__madoguchiSync?.deleteIntake(id), deletedLater.id)
    await expect
      .poll(
        async () => {
          await syncOnce()
          return heldIntakes()
        },
        { timeout: 20_000 },
      )
      .toEqual([])
    expect(readServer(live).deleted.has(deletedLater.id)).toBe(true)
  })

  it('after the restore, sends again what it holds and its deletions: nothing lost, nothing back', async () => {
    // Entered after the backup: acknowledged by the live server, never in a backup, so kept.
    await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), later)
    expect(await syncUntilIdle()).toBe(0)
    expect(await heldIntakes()).toEqual([later.intakes[0]?.id])
    const port = String(server.port) // the same origin, so the same tablet database
    await server.stop()

    server = await startServer({ dbPath: copy, env: { ...env, PORT: port } })
    const before = readServer(copy)
    expect(before.versions.has(later.intakes[0]?.id as string)).toBe(false) // what the restore lost
    expect(before.versions.has(deletedLater.id)).toBe(true) // and brought back
    // The first pass hears the new generation and queues the resend; the next ones send it.
    await syncOnce()
    expect((await snapshot())?.restored).not.toBeNull()
    expect(await syncUntilIdle()).toBe(0)

    const after = readServer(copy)
    for (const record of [...later.sessions, ...later.intakes, ...later.notes, kept, ...first.sessions]) {
      expect(after.versions.get(record.id), record.id).toBeGreaterThanOrEqual(1)
    }
    for (const [id, hash] of expectedPhotoHashes(later)) {
      expect(after.photoShas.get(id)).toBe(hash)
      expect(after.blobs.get(hash)).toBe(hash)
    }
    expect(after.versions.has(deletedLater.id)).toBe(false)
    expect(after.deleted.has(deletedLater.id)).toBe(true)
    const device = await snapshot()
    expect(device?.restored).toMatchObject({ deletions: expect.any(Number), records: expect.any(Number) })
    expect(device?.restored?.deletions).toBeGreaterThanOrEqual(1)
    // Staff are told in plain words.
    await page.getByTestId('outbox-badge').click()
    expect(await page.getByTestId('outbox-restored').textContent()).toContain('バックアップから戻されました')
    await page.getByTestId('outbox-badge').click()
  })
})
