import { createHash } from 'node:crypto'
import { newId } from '@madoguchi/shared'
import { mulberry32, pseudoRandomBytes } from '@madoguchi/shared/sync/test-bytes'
import Database from 'better-sqlite3'
import type { BrowserContext, Page } from 'playwright-core'
import type { TestHooks } from '../../pwa/src/sync/test-hooks'
import { setPin } from './outreach'

declare global {
  interface Window {
    __madoguchiSync?: TestHooks
  }
}

/**
 * Helpers for the sync browser tests, the fault tests and the bench: sign in, reach the page's test
 * hooks (pwa/src/sync/test-hooks.ts), make a seeded backlog, and read what the server stored.
 */
export type Hooks = TestHooks
export type BacklogSpec = Parameters<Hooks['seed']>[0]

/** Turn the test hooks on for every page of the context (before the app's scripts run). */
/**
 * Load the sync test hooks. Unless `awaitBackup`, the tablet purges without waiting for the server
 * to report a backup holding the records: only the restore test is about that (restore.test.ts).
 */
export async function enableHooks(
  context: BrowserContext,
  options: { awaitBackup?: boolean } = {},
): Promise<void> {
  await context.addInitScript((awaitBackup) => {
    localStorage.setItem('madoguchi.testHooks', '1')
    if (awaitBackup) localStorage.removeItem('madoguchi.testPurgeWithoutBackup')
    else localStorage.setItem('madoguchi.testPurgeWithoutBackup', '1')
  }, options.awaitBackup === true)
}

export async function signIn(page: Page, url: string, loginId: string, password: string): Promise<void> {
  await page.goto(`${url}/sign-in`)
  await page.locator('input[name="loginId"]').fill(loginId)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
}

export async function waitForHooks(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__madoguchiSync !== undefined, undefined, { timeout: 30_000 })
}

/**
 * Wait until the app has started its sync engine, on a tablet's first sign-in (a fresh profile). The
 * hooks come first; the engine's code loads and starts only once the home's first screen is painted
 * (app/after-paint.ts), so a `stop()` before that is undone when it starts, and going offline before
 * it loads leaves no engine at all. Once started it writes the device marker (sync/marker.ts) at once,
 * and nothing else writes it on a new device.
 */
export async function waitForEngine(page: Page): Promise<void> {
  await page.waitForFunction(() => localStorage.getItem('madoguchi.deviceMarker') !== null, undefined, {
    timeout: 30_000,
  })
}

export const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/** A seeded backlog: sessions, intakes with a note each, and photos of sizes in [min, max]. */
export function makeBacklog(
  seed: number,
  counts: { sessions: number; intakes: number; photos: number; minPhoto: number; maxPhoto: number },
): BacklogSpec {
  const random = mulberry32(seed)
  const sessions = Array.from({ length: counts.sessions }, (_, i) => ({
    id: newId(),
    siteId: 'site-demo-mall',
    date: `2026-11-${String(10 + (i % 18)).padStart(2, '0')}`,
  }))
  const intakes = Array.from({ length: counts.intakes }, (_, i) => ({
    id: newId(),
    sessionId: sessions[i % sessions.length]?.id as string,
    visitorNo: i + 1,
    memo: `来場者${i + 1}: 申請書を持参。`,
  }))
  const notes = intakes.map((intake, i) => ({
    id: newId(),
    sessionId: intake.sessionId,
    intakeId: intake.id,
    category: 'how_to_apply' as const,
    text: `相談${i + 1}: 更新の手続きについて説明した。${'説明'.repeat(Math.floor(random() * 50))}`,
  }))
  const photos = Array.from({ length: counts.photos }, (_, i) => {
    const intake = intakes[i % intakes.length] as (typeof intakes)[number]
    return {
      id: newId(),
      sessionId: intake.sessionId,
      intakeId: intake.id,
      seed: Math.floor(random() * 2 ** 31),
      size: counts.minPhoto + Math.floor(random() * (counts.maxPhoto - counts.minPhoto + 1)),
    }
  })
  return { sessions, intakes, notes, photos }
}

/**
 * The session the sync browser files share: three visitors, three photos of 100–400 KB and one
 * more taken as a JPEG, so sync-tablet and sync-visitors-left start from the same tablet.
 */
export function syncBacklog(): BacklogSpec {
  const backlog = makeBacklog(7, { sessions: 1, intakes: 3, photos: 3, minPhoto: 100_000, maxPhoto: 400_000 })
  backlog.photos.push({ ...backlog.photos[0], id: newId(), jpeg: true } as (typeof backlog.photos)[number])
  return backlog
}

/** One more visitor of `backlog`'s first session, with a note and a small photo (tests of deleting). */
export function makeVisitor(backlog: BacklogSpec, visitorNo: number, seed: number): BacklogSpec {
  const intake = { ...(backlog.intakes[0] as BacklogSpec['intakes'][number]), id: newId(), visitorNo }
  const note = { ...(backlog.notes[0] as BacklogSpec['notes'][number]), id: newId(), intakeId: intake.id }
  const photo = { id: newId(), sessionId: intake.sessionId, intakeId: intake.id, seed, size: 30_000 }
  return { sessions: [], intakes: [intake], notes: [note], photos: [photo] }
}

/**
 * A tablet on its first sign-in with `backlog` sent and confirmed (purged: no grace), the PIN set and
 * the backlog's session open on its visitor list. The sync files that start after a first sync use it
 * so that each runs alone and in any order (sync-delete, sync-visitors-left).
 */
export async function openSentSession(page: Page, url: string, backlog: BacklogSpec): Promise<void> {
  await signIn(page, url, 'outreach', 'demo-outreach')
  await page.getByTestId('outreach-home').waitFor()
  await waitForHooks(page)
  // The engine starts after the first screen (see waitForEngine): wait for it before changing its purge.
  await waitForEngine(page)
  await page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
  await page.evaluate((spec) => window.__madoguchiSync?.seed(spec), backlog)
  const pending = await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(20_000))
  if (pending !== 0) throw new Error(`openSentSession: ${pending} records still waiting to be sent`)
  await setPin(page)
  await page.getByTestId('session-open').first().click()
  await page.getByTestId('session-view').waitFor()
}

/** The SHA-256 of each photo's bytes as the test itself makes them (independent of the page). */
export function expectedPhotoHashes(spec: BacklogSpec): Map<string, string> {
  return new Map(spec.photos.map((p) => [p.id, sha256(pseudoRandomBytes(p.seed, p.size))]))
}

export interface ServerView {
  versions: Map<string, number>
  data: Map<string, Record<string, unknown>>
  applied: Map<string, number>
  blobs: Map<string, string>
  photoShas: Map<string, string>
  /** Ids of the records deleted on a tablet (tombstones: ids only). */
  deleted: Set<string>
}

/**
 * Read what the server holds, straight from its SQLite file (read-only, beside the running server).
 * `blobsOf` limits the photos whose bytes are read back and hashed to those SHA-256s: a long fault
 * run piles up thousands of photos, and hashing them all at every check made each schedule slower
 * than the last and the run's process grow past a gigabyte.
 */
export function readServer(dbPath: string, options: { blobsOf?: Iterable<string> } = {}): ServerView {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const versions = new Map<string, number>()
    const data = new Map<string, Record<string, unknown>>()
    for (const table of ['outreach_sessions', 'intakes', 'consultation_notes', 'photos']) {
      const rows = db.prepare(`SELECT id, version, data FROM ${table}`).all() as {
        id: string
        version: number
        data: string
      }[]
      for (const row of rows) {
        versions.set(row.id, row.version)
        data.set(row.id, JSON.parse(row.data))
      }
    }
    const applied = new Map<string, number>()
    const rows = db
      .prepare(
        "SELECT record_id || '@' || version AS k, count(*) AS n FROM sync_mutations WHERE status = 'applied' GROUP BY k",
      )
      .all() as { k: string; n: number }[]
    for (const row of rows) applied.set(row.k, row.n)
    // Stored photos are their upload's chunks, found by hash in photo_store; hash them again here.
    const blobs = new Map<string, string>()
    const stored = `SELECT s.sha256, c.data FROM photo_store s JOIN photo_chunks c ON c.photo_id = s.photo_id`
    const chunks = (
      options.blobsOf === undefined
        ? db.prepare(`${stored} ORDER BY s.sha256, c.offset`).all()
        : [...new Set(options.blobsOf)].flatMap((hash) =>
            db.prepare(`${stored} WHERE s.sha256 = ? ORDER BY c.offset`).all(hash),
          )
    ) as { sha256: string; data: Buffer }[]
    const parts = new Map<string, Buffer[]>()
    for (const row of chunks) parts.set(row.sha256, [...(parts.get(row.sha256) ?? []), row.data])
    for (const [key, list] of parts) blobs.set(key, sha256(Buffer.concat(list)))
    const photoShas = new Map<string, string>()
    for (const row of db.prepare('SELECT id, sha256 FROM photos').all() as { id: string; sha256: string }[]) {
      photoShas.set(row.id, row.sha256)
    }
    const deleted = new Set(db.prepare('SELECT record_id FROM sync_tombstones').pluck().all() as string[])
    return { versions, data, applied, blobs, photoShas, deleted }
  } finally {
    db.close()
  }
}

/** The audit rows of staff opening a record on a tablet (`sync_read`), as the server stored them. */
export function readDeviceReads(dbPath: string, recordId: string): { actorRole: string; detail: unknown }[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  try {
    const rows = db
      .prepare("SELECT actor_role, detail FROM audit_log WHERE action = 'sync_read' AND entity_id = ?")
      .all(recordId) as { actor_role: string; detail: string }[]
    return rows.map((r) => ({ actorRole: r.actor_role, detail: JSON.parse(r.detail) }))
  } finally {
    db.close()
  }
}
