import { existsSync, readFileSync } from 'node:fs'
import { DEFAULT_STATUS_LABELS } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBody, NOW, person } from '../testing/booking'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'
import { intakeMutation, pushMutations, sessionMutation, TEST_DEVICE } from '../testing/sync'

// #11.8 through HTTP, each sub-item on its own: what the schema walk (no-number.test.ts) checks
// field by field, here as an attacker sends it, and what is stored afterwards. The other two
// sub-items have their own files: abandoned photo uploads (sync/upload-sweeper.test.ts) and
// secure_delete, for deletes and for updates (db/secure-delete.test.ts).

let server: TestServer
let desk: Client
let tablet: Client
let supervisor: Client
beforeAll(async () => {
  server = await startTestServer()
  server.setNow(NOW)
  desk = quickClient(server, 'operator')
  tablet = quickClient(server, 'outreach')
  supervisor = quickClient(server, 'supervisor')
})
afterAll(() => server.close())

const fileBytes = () =>
  Buffer.concat([server.db.name, `${server.db.name}-wal`].filter(existsSync).map((f) => readFileSync(f)))
const fieldCodes = async (res: Response) =>
  ((await res.json()) as { error: { fields: Record<string, { code: string }[]> } }).error.fields

describe('control and unpaired characters', () => {
  const BAD = {
    NUL: '山田\u0000太郎',
    'lone surrogate': '山田\ud800太郎',
    'bidi override': '山田\u202e太郎',
    'leading combining mark': '\u0301山田 太郎',
    'combining mark after a space': '山田 \u0301太郎',
  }

  it.each(Object.entries(BAD))('a booking name with a %s is refused, the field named', async (_, name) => {
    const res = await desk.request('POST', '/api/bookings', createBody({ people: [person({ name })] }))
    expect(res.status).toBe(422)
    expect((await fieldCodes(res))['people.0.name']?.[0]?.code).toBe('invalid_characters')
  })

  it.each(Object.entries(BAD))(
    'an intake memo with a %s is rejected on the tablet’s push',
    async (_, memo) => {
      const session = sessionMutation()
      const [, intake] = await pushMutations(tablet, [session, intakeMutation(session.recordId, { memo })])
      expect(intake?.status).toBe('rejected')
      expect(intake?.reason?.fields?.['data.memo']?.[0]?.code).toBe('invalid_characters')
    },
  )

  it('a status label (office reference text) with a bidi override is refused', async () => {
    const labels = DEFAULT_STATUS_LABELS.map((l, i) =>
      i === 0 ? { ...l, caller: { ...l.caller, ja: `‮${l.caller.ja}` } } : l,
    )
    expect((await supervisor.request('PUT', '/api/status/labels', { labels })).status).toBe(422)
  })
})

describe('birth dates', () => {
  it.each(['2099-01-01', '0000-01-01', '1899-12-31'])('%s is refused as out of range', async (birthDate) => {
    const res = await desk.request('POST', '/api/bookings', createBody({ people: [person({ birthDate })] }))
    expect(res.status).toBe(422)
    expect((await fieldCodes(res))['people.0.birthDate']?.[0]?.code).toBe('date_out_of_range')
  })

  it('a status lookup by a birth date in the future is refused too', async () => {
    const res = await desk.request('POST', '/api/status/lookup', {
      kana: 'ヤマダ タロウ',
      birthDate: '2099-01-01',
    })
    expect(res.status).toBe(422)
  })
})

describe('site and template ids in synced records', () => {
  const rejected = async (mutation: unknown) => {
    const [result] = await pushMutations(tablet, [mutation])
    expect(result?.status).toBe('rejected')
    return result?.reason?.fields ?? {}
  }

  it('a 900 KB site id is refused for its length and not stored', async () => {
    const session = sessionMutation()
    const huge = `site-${'x'.repeat(900_000)}`
    const fields = await rejected({ ...session, data: { ...session.data, siteId: huge } })
    expect(fields['data.siteId']?.[0]?.code).toBe('too_long')
    expect(fileBytes().includes(Buffer.from('x'.repeat(1000)))).toBe(false)
  })

  it('a well-formed site id the city never configured is refused', async () => {
    const session = sessionMutation()
    const fields = await rejected({ ...session, data: { ...session.data, siteId: 'site-nowhere' } })
    expect(fields['data.siteId']?.[0]?.code).toBe('unknown_reference')
  })

  it('an unknown template, template version or checklist item is refused', async () => {
    const session = sessionMutation()
    expect((await pushMutations(tablet, [session]))[0]?.status).toBe('applied')
    const intake = intakeMutation(session.recordId)
    const data = intake.data as Record<string, unknown>
    expect(
      (await rejected({ ...intake, data: { ...data, templateId: 'no-such-template' } }))['data.templateId'],
    ).toBeDefined()
    expect(
      (await rejected({ ...intake, data: { ...data, templateVersion: 999 } }))['data.templateId'],
    ).toBeDefined()
    const checks = { a_drivers_license: 'ok', made_up_item: 'ok' }
    expect(Object.keys(await rejected({ ...intake, data: { ...data, checks } }))).toEqual([
      'data.checks.made_up_item',
    ])
  })

  it('the same ids from another device are judged alike (the device id is a UUID, not free text)', async () => {
    const session = sessionMutation()
    const res = await tablet.request('POST', '/api/sync/push', {
      deviceId: `${TEST_DEVICE}-and-more`,
      mutations: [session],
    })
    expect(res.status).toBe(422)
  })
})
