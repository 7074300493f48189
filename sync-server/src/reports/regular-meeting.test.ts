import { newId, type RegularMeeting, type RegularMeetingView } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { seedFixture } from '../testing/reports-fixture'
import { useTestServer } from '../testing/use-server'

// The 定例会 record on a real SQLite file over the API: the agenda the hand-computed December 2026
// suggests, saving and versions, who may read and write, field messages in the caller's language,
// and the audit rows.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })
// biome-ignore lint/suspicious/noExplicitAny: response bodies read field by field in the asserts
const json = async (res: Response | Promise<Response>): Promise<any> => (await res).json()

const MEETING = {
  heldOn: '2027-01-08',
  place: '恵庭市役所 第2会議室',
  attendees: [
    { name: '市民 課長', organisation: '恵庭市 市民課' },
    { name: '監督 真理', organisation: '受託事業者' },
  ],
  agenda: [{ source: 'other', text: '年末年始の振り返り' }],
  decisions: ['土日の午前に予約枠を2枠増やす'],
  followUps: [{ what: '増枠の案を作る', owner: '監督 真理', due: '2027-01-15' }],
}

function seedOpenItems() {
  seedFixture(t.server.db)
  // L2's escalation to 市民課 left unanswered: due 4 Dec, so overdue today (5 Jan).
  t.server.db.prepare(`UPDATE escalations SET status = 'open', answer = NULL, answered_at = NULL`).run()
}

const proposal = (title: string, status: string) => ({
  id: newId(),
  title,
  content: '内容',
  proposer: '監督 真理',
  status,
  proposedOn: '2026-12-10',
  decidedOn: null,
  doneOn: null,
  effect: '',
  expectedVersion: 0,
})

describe('the 定例会 record', () => {
  it('suggests the agenda from the month’s open items: figures, overdue escalations, open complaints, proposals under discussion', async () => {
    seedOpenItems()
    for (const p of [proposal('予約枠の追加', 'discussing'), proposal('案内文の改訂', 'done')])
      expect((await t.client.request('PUT', '/api/reports/proposals', p)).status).toBe(200)
    const city = t.as('city')
    const view = (await json(city.request('GET', '/api/reports/2026-12/meeting'))) as RegularMeetingView
    expect(view.meeting).toBeNull()
    expect(view.suggestedAgenda).toEqual([
      {
        source: 'figures',
        text: '2026年12月の応対実績：入電 5 件（前月 1 件）、応答率 明細なし（前月 明細なし）、一次回答率 50.0%（前月 100.0%）',
      },
      { source: 'escalation', text: '取次ぎの期限超過：市民課 1 件（うち未回答 1 件）' },
      // L4's complaint, received when its call ended: 00:08 on 1 Jan in Tokyo.
      { source: 'complaint', text: '苦情（1/1 受付・受付）：電話がつながりにくい' },
      { source: 'proposal', text: '改善提案（協議中）：予約枠の追加' },
    ])
    expect((await t.as('operator').request('GET', '/api/reports/2026-12/meeting')).status).toBe(403)
    const read = listAudit(t.server.db).find((r) => r.action === 'regularMeeting.read')
    expect(read).toMatchObject({ actor_role: 'city', entity_id: '2026-12' })
  })

  it('saves whole with a version: supervisors and admins write, city staff read, a stale save is refused', async () => {
    seedOpenItems()
    const put = (who: 'supervisor' | 'admin' | 'city', expectedVersion: number, meeting = MEETING) =>
      t.as(who).request('PUT', '/api/reports/2026-12/meeting', { meeting, expectedVersion })
    const first = (await json(put('supervisor', 0))) as RegularMeeting
    expect(first).toMatchObject({ ...MEETING, month: '2026-12', version: 1 })
    expect((await put('supervisor', 0)).status).toBe(409)
    expect((await put('city', 1)).status).toBe(403)
    const changed = { ...MEETING, decisions: [...MEETING.decisions, '案内文を改訂する'] }
    const second = (await json(put('admin', 1, changed))) as RegularMeeting
    expect(second).toMatchObject({ version: 2, decisions: changed.decisions })
    const view = (await json(
      t.as('city').request('GET', '/api/reports/2026-12/meeting'),
    )) as RegularMeetingView
    expect(view.meeting).toMatchObject({
      version: 2,
      decisions: changed.decisions,
      attendees: MEETING.attendees,
    })
    const saves = listAudit(t.server.db).filter((r) => r.action === 'regularMeeting.save')
    expect(saves.map((r) => r.actor_role)).toEqual(['admin', 'supervisor'])
    expect(JSON.parse(saves[0]?.detail ?? '{}')).toMatchObject({ decisions: 2, followUps: 1 })
    // Outside the contract, as the report itself.
    expect((await t.client.request('GET', '/api/reports/2025-12/meeting')).status).toBe(422)
  })

  it('refuses bad input field by field, in the caller’s language, writing nothing', async () => {
    const put = (meeting: unknown, lang: string) =>
      t.client.request(
        'PUT',
        '/api/reports/2026-12/meeting',
        { meeting, expectedVersion: 0 },
        { 'accept-language': lang },
      )
    const noName = { ...MEETING, attendees: [{ name: ' ', organisation: '' }] }
    for (const [lang, words] of [
      ['ja', /入力|短/],
      ['en', /Required|short/i],
    ] as const) {
      const res = await put(noName, lang)
      expect(res.status).toBe(422)
      const fields = (await json(res)).error.fields
      expect(fields['meeting.attendees.0.name']?.[0]?.message).toMatch(words)
    }
    const early = { ...MEETING, followUps: [{ what: '案を作る', owner: '監督', due: '2027-01-07' }] }
    const ja = (await json(put(early, 'ja'))).error.fields['meeting.followUps.0.due']?.[0]
    const en = (await json(put(early, 'en'))).error.fields['meeting.followUps.0.due']?.[0]
    expect(ja).toEqual({ code: 'due_before_meeting', message: '期日が会議の日より前です。' })
    expect(en).toEqual({ code: 'due_before_meeting', message: 'Due before the meeting.' })
    expect(t.server.db.prepare('SELECT count(*) FROM regular_meetings').pluck().get()).toBe(0)
  })
})
