import { newId, type ReviewSessionDetail, type ReviewSessionList } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAudit } from '../audit/audit'
import { intakeMutation, photoBytes, photoMutation, sessionMutation } from '../sync/testing'
import { quickClient, startTestServer, type TestServer } from '../testing/harness'

let server: TestServer
const session = sessionMutation()
const intake = intakeMutation(session.recordId)
const photoId = newId()
const photo = photoBytes(4000)

beforeAll(async () => {
  server = await startTestServer()
  const tablet = quickClient(server, 'outreach')
  await server.app.request(
    `/api/sync/photos/${photoId}/chunks?offset=0&bytes=${photo.data.length}&sha256=${photo.sha256}`,
    {
      method: 'PUT',
      headers: { cookie: tablet.cookie, 'x-csrf-token': tablet.csrfToken },
      body: photo.data,
    },
  )
  const meta = photoMutation(session.recordId, intake.recordId, photoId, photo.sha256, photo.data.length)
  const res = await tablet.request('POST', '/api/sync/push', {
    deviceId: 'device-test',
    mutations: [session, intake, meta],
  })
  expect(res.status).toBe(200)
})
afterAll(() => server.close())

describe('outreach review', () => {
  it('lists the sessions that arrived, with counts, and audits the view', async () => {
    const res = await quickClient(server, 'supervisor').request('GET', '/api/outreach-review/sessions')
    const body = (await res.json()) as ReviewSessionList
    expect(body.sessions[0]).toMatchObject({ id: session.recordId, intakes: 1, notes: 0, photos: 1 })
    expect(body.sessions[0]?.siteName).toContain('モール')
    expect(listAudit(server.db, { entity: 'outreach_session_list' })).toHaveLength(1)
  })

  it('shows one session with the checklist tallied against its template, and audits it', async () => {
    const res = await quickClient(server, 'city').request(
      'GET',
      `/api/outreach-review/sessions/${session.recordId}`,
    )
    const body = (await res.json()) as ReviewSessionDetail
    expect(body.intakes[0]?.tally).toEqual({ ok: 1, missing: 1, notApplicable: 0, unanswered: 19 })
    expect(body.photos[0]).toMatchObject({ id: photoId, sha256: photo.sha256 })
    expect(listAudit(server.db, { entity: 'outreach_session', entityId: session.recordId })[0]).toMatchObject(
      {
        action: 'view',
        actor_role: 'city',
      },
    )
  })

  it('serves the photo bytes to reviewers only, uncached, and audits it', async () => {
    const res = await quickClient(server, 'admin').request('GET', `/api/outreach-review/photos/${photoId}`)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(Buffer.from(await res.arrayBuffer()).equals(photo.data)).toBe(true)
    const views = listAudit(server.db, { entity: 'photo', entityId: photoId }).filter(
      (a) => a.action === 'view',
    )
    expect(views).toHaveLength(1)
    const tablet = await quickClient(server, 'outreach').request(
      'GET',
      `/api/outreach-review/photos/${photoId}`,
    )
    expect(tablet.status).toBe(403)
  })

  it('answers 404 for an unknown session', async () => {
    const res = await quickClient(server, 'supervisor').request(
      'GET',
      `/api/outreach-review/sessions/${newId()}`,
    )
    expect(res.status).toBe(404)
  })
})
