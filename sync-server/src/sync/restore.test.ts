import { join } from 'node:path'
import type { PushResponse } from '@madoguchi/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { BACKUP_MARGIN_MS, backupDatabase } from '../db/backup'
import { startBackups } from '../db/backup-schedule'
import { adoptGeneration } from '../db/generation'
import { openDatabase } from '../db/open'
import { type Client, clientWith, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { deleteMutation, intakeMutation, noteMutation, sessionMutation, TEST_DEVICE } from '../testing/sync'

let server: TestServer
let client: Client
let t = Date.parse('2026-12-02T09:00:00Z')
/** The server's clock, moved on by hand: acknowledgement and backup times are compared exactly. */
const tick = (ms = 1_000) => {
  t += ms
  server.setNow(new Date(t))
}
beforeEach(async () => {
  server = await startTestServer()
  tick()
  client = quickClient(server, 'outreach')
})
afterEach(() => server.close())

async function push(c: Client, mutations: unknown[]): Promise<PushResponse> {
  const res = await c.request('POST', '/api/sync/push', { deviceId: TEST_DEVICE, mutations })
  expect(res.status).toBe(200)
  return (await res.json()) as PushResponse
}

/** A second server on the file as a restore leaves it: what `main.ts` does at start, then the app. */
function startedOn(path: string) {
  const db = openDatabase(path)
  adoptGeneration(db)
  const deps = { ...server.deps, db }
  const { app } = createApp(deps)
  const restored = { ...server, app, db, deps }
  return { db, client: clientWith(restored, client.cookie, client.csrfToken) }
}

describe('backups and the generation', () => {
  it('tells the device with every answer the generation, when each change was applied, and what a backup holds', async () => {
    const session = sessionMutation()
    const first = await push(client, [session])
    expect(first.results[0]).toMatchObject({ status: 'applied', appliedAt: new Date(t).toISOString() })
    expect(first.server).toEqual({ generation: expect.any(String), backedUpThrough: null })
    const ackedAt = Date.parse(first.results[0]?.appliedAt as string)

    // A backup taken right away holds it only through its start less the margin for other writers.
    await backupDatabase(server.db, join(server.dir, 'right-away.sqlite'), server.deps.now)
    const early = (await (await client.request('GET', '/api/sync/pull')).json()) as {
      server: PushResponse['server']
    }
    expect(Date.parse(early.server?.backedUpThrough as string)).toBeLessThan(ackedAt)
    tick(BACKUP_MARGIN_MS + 1_000)
    const backups = startBackups(server.deps, {
      dir: join(server.dir, 'backups'),
      intervalMinutes: 0,
      keep: 2,
    })
    await backups.runNow()
    const pull = (await (await client.request('GET', '/api/sync/pull')).json()) as {
      server: PushResponse['server']
    }
    expect(pull.server?.generation).toBe(first.server?.generation)
    expect(Date.parse(pull.server?.backedUpThrough as string)).toBeGreaterThanOrEqual(ackedAt)
    const reference = (await (await client.request('GET', '/api/sync/reference?sites=0')).json()) as {
      server: PushResponse['server']
    }
    expect(reference.server).toEqual(pull.server)
    // A repeat is answered with this answer's time: never earlier than when the server really held it.
    tick()
    const again = await push(client, [session])
    expect(again.results[0]).toMatchObject({ status: 'duplicate', appliedAt: new Date(t).toISOString() })
  })

  it('gives a backup copy a generation of its own, and a server started on it yet another one', async () => {
    const live = (await push(client, [sessionMutation()])).server?.generation
    const copyPath = join(server.dir, 'copy.sqlite')
    await backupDatabase(server.db, copyPath, server.deps.now)
    const copy = openDatabase(copyPath)
    const inCopy = copy.prepare('SELECT generation, backup_taken_at FROM server_generation').get() as {
      generation: string
      backup_taken_at: string
    }
    copy.close()
    expect(inCopy.generation).not.toBe(live)
    expect(inCopy.backup_taken_at).toBeTruthy()

    const restored = startedOn(copyPath)
    const answer = await push(restored.client, [sessionMutation()])
    expect(answer.server?.generation).not.toBe(live)
    expect(answer.server?.generation).not.toBe(inCopy.generation)
    expect(answer.server?.backedUpThrough).toBeNull() // nothing of this generation is backed up yet
    // The live server carries on in its own generation; a restart of the restored one keeps its new one.
    expect((await push(client, [sessionMutation()])).server?.generation).toBe(live)
    expect(adoptGeneration(restored.db)).toEqual({ restoredFrom: null })
    restored.db.close()
  })

  it('applies what a device sends again after a restore: newer versions, later records and deletions', async () => {
    const session = sessionMutation()
    const kept = intakeMutation(session.recordId, { version: 1 })
    const deletedLater = intakeMutation(session.recordId, { visitorNo: 2 })
    await push(client, [session, kept, deletedLater])
    const copyPath = join(server.dir, 'older.sqlite')
    await backupDatabase(server.db, copyPath, server.deps.now)
    // After the backup: an edit, a new note, and a deletion. The device purges all but the edit.
    const edit = intakeMutation(session.recordId, { id: kept.recordId, version: 3, memo: '追記' })
    const note = noteMutation(session.recordId, kept.recordId)
    const deletion = deleteMutation('intake', deletedLater.recordId, session.recordId)
    expect((await push(client, [edit, note, deletion])).results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ])

    const restored = startedOn(copyPath)
    const versionOf = (table: string, id: string) =>
      restored.db.prepare(`SELECT version FROM ${table} WHERE id = ?`).pluck().get(id)
    expect(versionOf('intakes', kept.recordId)).toBe(1)
    expect(versionOf('intakes', deletedLater.recordId)).toBe(1) // back, until the device says again
    // The device sends again what it holds, as new mutations with the same versions.
    const again = [session, edit, note, deletion].map((m) => ({
      ...m,
      mutationId: sessionMutation().mutationId,
    }))
    const answer = await push(restored.client, again)
    expect(answer.results.map((r) => r.status)).toEqual(['duplicate', 'applied', 'applied', 'applied'])
    expect(versionOf('intakes', kept.recordId)).toBe(3)
    expect(versionOf('consultation_notes', note.recordId)).toBe(1)
    expect(versionOf('intakes', deletedLater.recordId)).toBeUndefined()
    // And a second time changes nothing.
    const twice = again.map((m) => ({ ...m, mutationId: sessionMutation().mutationId }))
    expect((await push(restored.client, twice)).results.map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ])
    restored.db.close()
  })
})
