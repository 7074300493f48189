import { DEVICE_AUDIT_CLOCK_SKEW_MS, newId } from '@madoguchi/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AuditRow, listAudit } from '../testing/audit'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'

let server: TestServer
let client: Client
beforeEach(async () => {
  server = await startTestServer()
  client = quickClient(server, 'outreach')
})
afterEach(() => server.close())

const staffId = (login: string) =>
  server.db.prepare('SELECT id FROM staff WHERE login_id = ?').pluck().get(login) as string

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: newId(),
  at: new Date(server.deps.now().getTime() - 60_000).toISOString(),
  action: 'intake.read',
  recordId: newId(),
  sessionId: newId(),
  ...overrides,
})

const send = (body: unknown, headers?: Record<string, string>) =>
  client.request('POST', '/api/sync/audit', body, headers)

const reads = (): AuditRow[] =>
  server.db.prepare("SELECT * FROM audit_log WHERE action LIKE 'sync_read%' ORDER BY id").all() as AuditRow[]

describe('POST /api/sync/audit', () => {
  it('writes each entry into the audit log: the account, who unlocked the tablet, the device time', async () => {
    const colleague = staffId('supervisor')
    // The colleague has their own PIN on this tablet: its inventory names them in the roster.
    const roster = await client.request('POST', '/api/devices/inventory', {
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
      at: server.deps.now().toISOString(),
      unsent: { records: 0, photos: 0 },
      items: [],
      roster: [colleague],
    })
    expect(roster.status).toBe(200)
    const intake = entry({ actedBy: colleague })
    const photo = entry({ action: 'photo.read' })
    const note = entry({ action: 'note.read', actedBy: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fabcd' })
    const res = await send({
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
      entries: [intake, photo, note],
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ stored: 3, duplicate: 0 })

    const [row] = listAudit(server.db, { entity: 'intake', entityId: intake.recordId })
    expect(row).toMatchObject({ action: 'sync_read', actor_role: 'outreach', at: intake.at })
    expect(row?.actor_id).toBe(staffId('outreach'))
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({
      entryId: intake.id,
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
      sessionId: intake.sessionId,
      actedBy: colleague,
    })
    expect(listAudit(server.db, { entity: 'photo', entityId: photo.recordId })).toHaveLength(1)
    // An id that names no staff member is left out, as in the sync audit rows.
    const [noteRow] = listAudit(server.db, { entity: 'consultation_note', entityId: note.recordId })
    expect(JSON.parse(noteRow?.detail ?? '{}')).not.toHaveProperty('actedBy')
  })

  it('stores an entry once, however often the batch is resent', async () => {
    const first = entry()
    const body = { deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [first, entry()] }
    expect(await (await send(body)).json()).toEqual({ stored: 2, duplicate: 0 })
    expect(await (await send(body)).json()).toEqual({ stored: 0, duplicate: 2 })
    const more = { deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [first, entry()] }
    expect(await (await send(more)).json()).toEqual({ stored: 1, duplicate: 1 })
    expect(reads()).toHaveLength(3)
  })

  it('records a count of reads the device could not list, once', async () => {
    const at = new Date(server.deps.now().getTime() - 3_600_000).toISOString()
    const unrecorded = { id: newId(), count: 42, from: at, to: server.deps.now().toISOString() }
    for (let i = 0; i < 2; i++) {
      expect(
        (await send({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [], unrecorded })).status,
      ).toBe(200)
    }
    const rows = reads()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      action: 'sync_read_unrecorded',
      entity: 'device',
      entity_id: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
    })
    expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({ entryId: unrecorded.id, count: 42, from: at })
  })

  it('keeps nothing but ids in the audit detail, whatever else an entry carries', async () => {
    const carrying = entry({ name: '窓口 太郎', phone: '090-1234-5678', note: '相談内容' })
    expect(
      (await send({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [carrying] })).status,
    ).toBe(200)
    const stored = server.db.prepare('SELECT * FROM audit_log').all()
    const text = JSON.stringify(stored)
    for (const personal of ['窓口', '090', '相談']) expect(text).not.toContain(personal)
    const [row] = reads()
    expect(Object.keys(JSON.parse(row?.detail ?? '{}')).sort()).toEqual(['deviceId', 'entryId', 'sessionId'])
  })

  it('stores an entry with a time out of range at the server’s time, never refusing the batch', async () => {
    const now = server.deps.now()
    const ahead = new Date(now.getTime() + DEVICE_AUDIT_CLOCK_SKEW_MS + 60_000).toISOString()
    const drift = new Date(now.getTime() + DEVICE_AUDIT_CLOCK_SKEW_MS - 60_000).toISOString()
    const yearOne = '0001-01-01T00:00:00.000Z'
    const fine = entry({ at: drift })
    const fast = entry({ at: ahead })
    const forged = entry({ at: yearOne })
    const res = await send({
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
      entries: [fine, fast, forged],
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ stored: 3, duplicate: 0, corrected: 2 })
    const rowOf = (e: { recordId: unknown }) =>
      listAudit(server.db, { entity: 'intake', entityId: e.recordId as string })[0]
    expect(rowOf(fine)?.at).toBe(drift)
    for (const [e, claimed] of [
      [fast, ahead],
      [forged, yearOne],
    ] as const) {
      expect(rowOf(e)?.at).toBe(now.toISOString())
      expect(JSON.parse(rowOf(e)?.detail ?? '{}').deviceAt).toBe(claimed)
    }
  })

  it('keeps actedBy only for staff known to use the tablet', async () => {
    const outsider = entry({ actedBy: staffId('supervisor') })
    const self = entry({ actedBy: staffId('outreach') })
    expect(
      (await send({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b3', entries: [outsider, self] })).status,
    ).toBe(200)
    const detail = (e: { recordId: unknown }) =>
      JSON.parse(
        listAudit(server.db, { entity: 'intake', entityId: e.recordId as string })[0]?.detail ?? '{}',
      )
    expect(detail(outsider)).not.toHaveProperty('actedBy')
    expect(detail(self).actedBy).toBe(staffId('outreach'))
  })

  it('refuses an unrecorded count out of range or running backwards', async () => {
    const now = server.deps.now().toISOString()
    const earlier = new Date(server.deps.now().getTime() - 3_600_000).toISOString()
    for (const unrecorded of [
      { id: newId(), count: 2_000_000_000_000, from: earlier, to: now },
      { id: newId(), count: 3, from: now, to: earlier },
    ]) {
      const res = await send({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [], unrecorded })
      expect(res.status).toBe(422)
    }
    expect(reads()).toHaveLength(0)
  })

  it('answers bad input with 400 or 422 and field messages in the caller’s language', async () => {
    const broken = await client.request('POST', '/api/sync/audit', undefined, {
      'content-type': 'application/json',
    })
    expect(broken.status).toBe(400)
    const res = await send(
      {
        deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2',
        entries: [entry({ action: 'intake.print', recordId: 'x', at: 'today' })],
      },
      { 'accept-language': 'en' },
    )
    expect(res.status).toBe(422)
    const { error } = (await res.json()) as { error: { fields: Record<string, { message: string }[]> } }
    expect(Object.keys(error.fields).sort()).toEqual([
      'entries.0.action',
      'entries.0.at',
      'entries.0.recordId',
    ])
    expect(error.fields['entries.0.recordId']?.[0]?.message).toBe('Wrong format.')
    const empty = await send({ deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [] })
    expect(empty.status).toBe(422)
    expect(reads()).toHaveLength(0)
  })

  it('is open to the roles that run a tablet, and no other', async () => {
    const ok = { deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', entries: [entry()] }
    for (const role of ['outreach', 'supervisor', 'admin'] as const) {
      expect((await quickClient(server, role).request('POST', '/api/sync/audit', ok)).status).toBe(200)
    }
    for (const role of ['operator', 'city'] as const) {
      expect((await quickClient(server, role).request('POST', '/api/sync/audit', ok)).status).toBe(403)
    }
    expect((await server.app.request('/api/sync/audit', { method: 'POST' })).status).toBe(401)
  })
})
