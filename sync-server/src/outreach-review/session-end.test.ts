import type {
  ReviewCorrection,
  ReviewCorrectionList,
  ReviewSessionDetail,
  ReviewSessionList,
} from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { quickClient, startTestServer, type TestServer } from '../testing/harness'
import { NUMBER } from '../testing/schema-walk'
import {
  correctionMutation,
  intakeMutation,
  pushMutations,
  sessionMutation,
  uniqueWord,
} from '../testing/sync'

// A session ended on the tablet (実施回を終える) with one visitor closed as incomplete, and the
// correction requests (訂正依頼) the tablet files after a visitor was sent and cleared.
let server: TestServer
let outreachId: string
const running = sessionMutation()
const summary = { served: 2, applications: 1, photos: 1, consultations: 0, incomplete: 1 }
const complete = intakeMutation(running.recordId, { visitorNo: 1 })
const reason = uniqueWord('書類を持参されず後日来庁')
const closed = intakeMutation(running.recordId, {
  visitorNo: 2,
  closedIncomplete: { reason, at: new Date().toISOString() },
})

beforeAll(async () => {
  server = await startTestServer()
  outreachId = (
    server.db.prepare("SELECT id FROM staff WHERE role = 'outreach' LIMIT 1").get() as { id: string }
  ).id
  const results = await pushMutations(quickClient(server, 'outreach'), [running, complete, closed])
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied'])
})
afterAll(() => server.close())

const review = async (id: string) =>
  (await (
    await quickClient(server, 'supervisor').request('GET', `/api/outreach-review/sessions/${id}`)
  ).json()) as ReviewSessionDetail

describe('the end of a session', () => {
  it('arrives as a newer version of the session: the review shows it ended, by whom, with the tablet summary', async () => {
    expect((await review(running.recordId)).session.ended).toBeNull()
    const end = sessionMutation({
      id: running.recordId,
      version: 2,
      endedAt: new Date().toISOString(),
      endedBy: outreachId,
      endSummary: summary,
    })
    const [result] = await pushMutations(quickClient(server, 'outreach'), [end])
    expect(result?.status).toBe('applied')
    const detail = await review(running.recordId)
    expect(detail.session.ended).toMatchObject({ summary, byName: expect.any(String) })
    expect(detail.session.ended?.byName?.length).toBeGreaterThan(0)
    const list = (await (
      await quickClient(server, 'city').request('GET', '/api/outreach-review/sessions')
    ).json()) as ReviewSessionList
    expect(list.sessions.find((s) => s.id === running.recordId)?.ended?.summary).toEqual(summary)
    const [row] = listAudit(server.db, {
      entity: 'outreach_session',
      entityId: running.recordId,
      limit: 50,
    }).filter((r) => r.action === 'sync_update')
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({ version: 2 })
  })

  it('shows a visitor closed as incomplete with its reason', async () => {
    const detail = await review(running.recordId)
    const shown = detail.intakes.find((i) => i.id === closed.recordId)
    expect(shown?.closedIncomplete?.reason).toBe(reason)
    expect(shown?.checklist.complete).toBe(false)
    expect(detail.intakes.find((i) => i.id === complete.recordId)?.closedIncomplete).toBeNull()
  })

  it('refuses an end summary that is not counts, and a closing reason with an individual number in it', async () => {
    const bad = sessionMutation({ id: running.recordId, version: 3, endedAt: new Date().toISOString() })
    ;(bad.data as { endSummary?: unknown }).endSummary = { served: -1 }
    const withNumber = intakeMutation(running.recordId, {
      visitorNo: 3,
      closedIncomplete: { reason: `番号 ${NUMBER}`, at: new Date().toISOString() },
    })
    const results = await pushMutations(quickClient(server, 'outreach'), [bad, withNumber])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(results[1]?.reason?.code).toBe('individual_number')
  })
})

describe('correction requests (訂正依頼)', () => {
  const text = uniqueWord('確認欄の誤り')
  const filed = correctionMutation(running.recordId, complete.recordId, { text })

  it('are filed by the tablet through the sync push, once, and listed open for the office', async () => {
    const tablet = quickClient(server, 'outreach')
    expect((await pushMutations(tablet, [filed]))[0]?.status).toBe('applied')
    expect((await pushMutations(tablet, [filed]))[0]?.status).toBe('duplicate')
    const open = (await (
      await quickClient(server, 'city').request('GET', '/api/outreach-review/corrections')
    ).json()) as ReviewCorrectionList
    const listed = open.corrections.filter((c) => c.id === filed.recordId)
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ text, status: 'open', visitorNo: 1, sessionId: running.recordId })
    const detail = await review(running.recordId)
    expect(detail.session.openCorrections).toBe(1)
    expect(detail.corrections.map((c) => c.id)).toEqual([filed.recordId])
  })

  it('are refused for another tablet account, and with an individual number in the text', async () => {
    const other = correctionMutation(running.recordId, complete.recordId, {
      text: `番号は ${NUMBER} です`,
    })
    const [refused] = await pushMutations(quickClient(server, 'outreach'), [other])
    expect(refused?.reason?.code).toBe('individual_number')
    const [notOwner] = await pushMutations(quickClient(server, 'supervisor'), [
      correctionMutation(running.recordId, complete.recordId),
    ])
    expect(notOwner?.reason?.code).toBe('not_owner')
  })

  it('may be resolved by a supervisor or an admin, not by outreach or city staff; once; audited with ids', async () => {
    const path = `/api/outreach-review/corrections/${filed.recordId}/resolve`
    const body = { status: 'applied', resolution: '申請書の確認欄を確認済みに訂正した。' }
    for (const role of ['outreach', 'city'] as const) {
      expect((await quickClient(server, role).request('POST', path, body)).status, role).toBe(403)
    }
    const empty = await quickClient(server, 'supervisor').request('POST', path, {
      status: 'applied',
      resolution: ' ',
    })
    expect(empty.status).toBe(422)
    const res = await quickClient(server, 'supervisor').request('POST', path, body)
    expect(res.status).toBe(200)
    const resolved = (await res.json()) as ReviewCorrection
    expect(resolved).toMatchObject({ status: 'applied', resolution: body.resolution })
    expect(resolved.resolvedByName?.length).toBeGreaterThan(0)
    const again = await quickClient(server, 'admin').request('POST', path, { ...body, status: 'dismissed' })
    expect(again.status).toBe(409)
    const [row] = listAudit(server.db, { entity: 'correction_request', entityId: filed.recordId }).filter(
      (r) => r.action === 'correction_resolve',
    )
    expect(row).toMatchObject({ actor_role: 'supervisor' })
    const detail = JSON.parse(row?.detail ?? '{}')
    expect(detail).toMatchObject({
      status: 'applied',
      intakeId: complete.recordId,
      sessionId: running.recordId,
    })
    // Ids only: neither the request's text nor the office's words are in the audit row.
    expect(row?.detail).not.toContain(text)
    expect(row?.detail).not.toContain(body.resolution)
    expect((await review(running.recordId)).session.openCorrections).toBe(0)
    const open = (await (
      await quickClient(server, 'admin').request('GET', '/api/outreach-review/corrections')
    ).json()) as ReviewCorrectionList
    expect(open.corrections.some((c) => c.id === filed.recordId)).toBe(false)
  })

  it('an admin resolves too; an unknown request is 404', async () => {
    const second = correctionMutation(running.recordId, complete.recordId, { visitorNo: 1 })
    await pushMutations(quickClient(server, 'outreach'), [second])
    const admin = quickClient(server, 'admin')
    const body = { status: 'dismissed', resolution: '確認したところ誤りはなかった。' }
    const res = await admin.request(
      'POST',
      `/api/outreach-review/corrections/${second.recordId}/resolve`,
      body,
    )
    expect(res.status).toBe(200)
    const unknown = await admin.request(
      'POST',
      `/api/outreach-review/corrections/${sessionMutation().recordId}/resolve`,
      body,
    )
    expect(unknown.status).toBe(404)
  })
})
