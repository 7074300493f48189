import { DEVICE_AUDIT_CLOCK_SKEW_MS, newId } from '@madoguchi/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AuditRow, listAudit } from '../testing/audit'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { deleteMutation, intakeMutation, pushMutations, sessionMutation, TEST_DEVICE } from '../testing/sync'

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

const ENTITY = { 'intake.read': 'intake', 'photo.read': 'photo', 'note.read': 'consultation_note' } as const

/** Report the device's inventory as a pass does first, listing the records the entries name as unsent. */
const listRecords = async (deviceId: string, entries: unknown[], roster?: string[]) => {
  const items = (entries as { action: keyof typeof ENTITY; recordId: string; sessionId: string }[]).map(
    (e) => ({ entity: ENTITY[e.action] ?? 'intake', id: e.recordId, sessionId: e.sessionId, photo: false }),
  )
  const res = await client.request('POST', '/api/devices/inventory', {
    deviceId,
    at: server.deps.now().toISOString(),
    unsent: { records: items.length, photos: 0 },
    items: items.filter((i) => /^[0-9a-f-]{36}$/.test(i.id) && /^[0-9a-f-]{36}$/.test(i.sessionId)),
    ...(roster ? { roster } : {}),
  })
  expect(res.status).toBe(200)
}

/** Send a batch whose records the device knows (its inventory lists them), as a tablet does. */
const send = async (body: unknown, headers?: Record<string, string>) => {
  const b = body as { deviceId?: unknown; entries?: unknown }
  if (typeof b?.deviceId === 'string' && Array.isArray(b.entries) && b.entries.length > 0)
    await listRecords(b.deviceId, b.entries)
  return sendAlone(body, headers)
}
const sendAlone = (body: unknown, headers?: Record<string, string>) =>
  client.request('POST', '/api/sync/audit', body, headers)

const reads = (): AuditRow[] =>
  server.db.prepare("SELECT * FROM audit_log WHERE action LIKE 'sync_read%' ORDER BY id").all() as AuditRow[]

describe('POST /api/sync/audit', () => {
  it('writes each entry into the audit log: the account, who unlocked the tablet, the device time', async () => {
    const colleague = staffId('supervisor')
    // The colleague has their own PIN on this tablet: its inventory names them in the roster.
    await listRecords('0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b2', [], [colleague])
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

  it('lets a roster enrol only active staff who run tablets', async () => {
    const device = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fa1b4'
    const [supervisor, operator, city] = ['supervisor', 'operator', 'city'].map(staffId)
    await listRecords(device, [], [supervisor as string, operator as string, city as string])
    const entries = [supervisor, operator, city].map((actedBy) => entry({ actedBy }))
    await listRecords(device, entries)
    expect(await (await sendAlone({ deviceId: device, entries })).json()).toEqual({ stored: 3, duplicate: 0 })
    const actedBy = entries.map(
      (e) =>
        JSON.parse(listAudit(server.db, { entity: 'intake', entityId: e.recordId })[0]?.detail ?? '{}')
          .actedBy,
    )
    expect(actedBy).toEqual([supervisor, undefined, undefined])
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

  // #11.6: a row naming a record is what a person's access history is built from.
  it('writes reads of records the server holds or held, without the device listing them', async () => {
    const session = sessionMutation()
    const kept = intakeMutation(session.recordId)
    const gone = intakeMutation(session.recordId)
    const pushed = await pushMutations(client, [session, kept, gone])
    expect(pushed.map((r) => r.status)).toEqual(['applied', 'applied', 'applied'])
    const deleted = await pushMutations(client, [deleteMutation('intake', gone.recordId, session.recordId)])
    expect(deleted[0]?.status).toBe('applied')
    const entries = [kept, gone].map((m) => entry({ recordId: m.recordId, sessionId: session.recordId }))
    const res = await sendAlone({ deviceId: TEST_DEVICE, entries })
    expect(await res.json()).toEqual({ stored: 2, duplicate: 0 })
    expect(reads().map((r) => r.entity_id)).toEqual([kept.recordId, gone.recordId])
  })

  it('refuses only the entries naming a record nobody has, keeping a trace of them, and never the pass', async () => {
    const listed = entry()
    await listRecords(TEST_DEVICE, [listed])
    const zero = entry({ recordId: [8, 4, 4, 4, 12].map((n) => '0'.repeat(n)).join('-') })
    const invented = entry({ action: 'note.read' })
    // Listed under another entity: an intake's id is not a photo's.
    const wrongKind = entry({ action: 'photo.read', recordId: listed.recordId, sessionId: listed.sessionId })
    // A real record, but said to hang on a session nobody has.
    const inventedSession = entry({ recordId: listed.recordId })
    const body = { deviceId: TEST_DEVICE, entries: [zero, listed, invented, wrongKind, inventedSession] }
    const res = await sendAlone(body)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ stored: 1, duplicate: 0, refused: 4 })
    const rows = reads()
    expect(rows.map((r) => [r.action, r.entity_id])).toEqual([
      ['sync_read', listed.recordId],
      ['sync_read_refused', TEST_DEVICE],
    ])
    expect(JSON.parse(rows[1]?.detail ?? '{}')).toEqual({
      count: 4,
      reason: 'unknown_record',
      entryIds: [zero.id, invented.id, wrongKind.id, inventedSession.id],
      records: [
        `intake:${zero.recordId}`,
        `consultation_note:${invented.recordId}`,
        `photo:${listed.recordId}`,
        `intake:${listed.recordId}`,
      ],
    })
    // Resent after a lost answer: nothing new, no second refusal row.
    expect(await (await sendAlone(body)).json()).toEqual({ stored: 0, duplicate: 5 })
    expect(reads()).toHaveLength(2)
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
