import { MUTATION_EDITORS_MAX, makeIndividualNumber, newId } from '@madoguchi/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { intakeMutation, pushMutations, sessionMutation } from '../testing/sync'

let server: TestServer
let client: Client
beforeEach(async () => {
  server = await startTestServer()
  client = quickClient(server, 'outreach')
})
afterEach(() => server.close())

const push = (mutations: unknown[]) => pushMutations(client, mutations)

const versionOf = (id: string) =>
  server.db.prepare('SELECT version FROM intakes WHERE id = ?').pluck().get(id) as number | undefined

describe('push', () => {
  it('applies a batch, each mutation answered on its own, and audits each change', async () => {
    const session = sessionMutation()
    const intake = intakeMutation(session.recordId)
    const results = await push([session, intake])
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
    expect(versionOf(intake.recordId)).toBe(1)
    expect(listAudit(server.db, { entity: 'intake', entityId: intake.recordId })[0]).toMatchObject({
      action: 'sync_create',
    })
  })

  it('names in the audit who unlocked the shared tablet, beside the signed-in account', async () => {
    const colleague = server.db.prepare("SELECT id FROM staff WHERE login_id = 'supervisor'").pluck().get()
    const session = sessionMutation()
    const intake = { ...intakeMutation(session.recordId), actedBy: colleague }
    const stranger = { ...intakeMutation(session.recordId), actedBy: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fabcd' }
    expect((await push([session, intake, stranger])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ])
    const [row] = listAudit(server.db, { entity: 'intake', entityId: intake.recordId })
    expect(row?.actor_role).toBe('outreach')
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ actedBy: colleague })
    const [other] = listAudit(server.db, { entity: 'intake', entityId: stranger.recordId })
    expect(JSON.parse(other?.detail ?? '{}')).not.toHaveProperty('actedBy')
  })

  it('names everyone whose unsent edits one version carries, in order, and refuses a list too long', async () => {
    const staffId = (login: string) =>
      server.db.prepare('SELECT id FROM staff WHERE login_id = ?').pluck().get(login) as string
    const [first, second] = [staffId('supervisor'), staffId('outreach')]
    const session = sessionMutation()
    const intake = {
      ...intakeMutation(session.recordId),
      actedBy: second,
      editedBy: [first, newId(), second],
    }
    const tooMany = {
      ...intakeMutation(session.recordId),
      editedBy: Array.from({ length: MUTATION_EDITORS_MAX + 1 }, () => newId()),
    }
    expect((await push([session, intake, tooMany])).map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'rejected',
    ])
    const [row] = listAudit(server.db, { entity: 'intake', entityId: intake.recordId })
    // An id naming no staff member is left out, as for `actedBy`.
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ actedBy: second, editedBy: [first, second] })
  })

  it('answers a repeated mutation `duplicate` and applies it only once', async () => {
    const session = sessionMutation()
    await push([session])
    const again = await push([session, session])
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate'])
    const applied = server.db
      .prepare("SELECT count(*) FROM sync_mutations WHERE record_id = ? AND status = 'applied'")
      .pluck()
      .get(session.recordId)
    expect(applied).toBe(1)
  })

  it('keeps the highest version whatever order deliveries arrive in', async () => {
    const session = sessionMutation()
    const v3 = intakeMutation(session.recordId, { version: 3, memo: 'third' })
    const v2 = intakeMutation(session.recordId, { id: v3.recordId, version: 2, memo: 'second' })
    expect((await push([v3]))[0]?.status).toBe('applied')
    expect((await push([v2]))[0]?.status).toBe('duplicate')
    expect(versionOf(v3.recordId)).toBe(3)
    const v4 = intakeMutation(session.recordId, { id: v3.recordId, version: 4, memo: 'fourth' })
    expect((await push([v4]))[0]?.status).toBe('applied')
    const data = JSON.parse(
      server.db.prepare('SELECT data FROM intakes WHERE id = ?').pluck().get(v3.recordId) as string,
    )
    expect(data.memo).toBe('fourth')
  })

  it('rejects an individual number in free text with its reason and field, and stores nothing', async () => {
    const bad = intakeMutation(sessionMutation().recordId, {
      memo: `番号 ${makeIndividualNumber('12345678901')}`,
    })
    const [result] = await push([bad])
    expect(result).toMatchObject({
      mutationId: bad.mutationId,
      status: 'rejected',
      reason: { code: 'individual_number' },
    })
    expect(result?.reason?.fields?.['data.memo']?.[0]?.code).toBe('individual_number')
    expect(result?.reason?.message).toContain('個人番号')
    expect(versionOf(bad.recordId)).toBeUndefined()
  })

  it('rejects malformed mutations one by one, never the batch, never a 500', async () => {
    const good = sessionMutation()
    const mismatched = { ...sessionMutation(), version: 5 }
    const results = await push([{ mutationId: 'x' }, 42, null, good, mismatched])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'applied', 'rejected'])
    expect(results[0]?.reason?.code).toBe('invalid')
    expect(results[4]?.reason?.code).toBe('mismatch')
  })

  it('judges a rejected mutation again when it is repeated (a rejection changes nothing)', async () => {
    const bad = intakeMutation(sessionMutation().recordId, { memo: makeIndividualNumber('98765432101') })
    expect((await push([bad]))[0]?.status).toBe('rejected')
    expect((await push([bad]))[0]?.status).toBe('rejected')
  })

  it('refuses a body that is not a push request with 422', async () => {
    const res = await client.request('POST', '/api/sync/push', {
      deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd00d',
      mutations: [],
    })
    expect(res.status).toBe(422)
  })

  it('is not open to operators or city staff', async () => {
    for (const role of ['operator', 'city'] as const) {
      const res = await quickClient(server, role).request('POST', '/api/sync/push', {
        deviceId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fd00d',
        mutations: [sessionMutation()],
      })
      expect(res.status).toBe(403)
    }
  })
})

describe('pull', () => {
  it('sends reference data with a cursor, and nothing when the cursor is current', async () => {
    const res = await client.request('GET', '/api/sync/pull')
    const first = (await res.json()) as {
      cursor: string
      changed: boolean
      sites: unknown[]
      templates: unknown[]
      categories: unknown[]
    }
    expect(first.changed).toBe(true)
    expect(first.sites.length).toBeGreaterThan(0)
    expect(first.templates.length).toBeGreaterThan(0)
    expect(first.categories.length).toBeGreaterThan(10)
    const again = await (await client.request('GET', `/api/sync/pull?cursor=${first.cursor}`)).json()
    expect(again).toMatchObject({ changed: false, cursor: first.cursor, sites: [] })
  })
})
