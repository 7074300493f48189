import { DEFAULT_STATUS_LABELS, newId, type Role } from '@madoguchi/shared'
import type { Client, TestServer } from './harness'
import { FIXTURE_CDR } from './reports-fixture'
import { TEST_DEVICE } from './sync'

/**
 * Example requests for the office's write routes (monthly report, status, FAQ, device inventory,
 * staff), for the end-to-end file search of issue #11 (http/no-number-stored.test.ts). Each maker
 * sets up what its request needs and returns a request the server accepts, made fresh every time:
 * the search sends it once untouched, then once per string with that string disguised.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export interface Example {
  path: string
  body: Json
  /** Status of the untouched request. */
  ok: number
}
export type Examples = Record<string, () => Promise<Example>>

export interface ExampleContext {
  /** Read when a maker runs (the server starts after the makers are declared). */
  readonly server: TestServer
  /** A client of the first role holding the permission (the one the search sends the request as). */
  clientFor(permission: string): Client
  /** A client of a given role, for set-up another role must do (an FAQ's author is not its publisher). */
  as(role: Role): Client
}

async function ok<T>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const answer = await res
  if (answer.status !== status) throw new Error(`set-up answered ${answer.status}: ${await answer.text()}`)
  return (await answer.json()) as T
}

/** A month that has ended at the search's clock (December 2026), inside the contract. */
const ENDED_MONTH = '2026-11'
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const cdrUpload = () => ({
  provider: 'pbx',
  fileName: '11月分.csv',
  content: b64(FIXTURE_CDR.replaceAll('2026/12/', '2026/11/')),
  mapping: { line: '回線', start: '着信日時', answered: '応答日時', end: '終了日時' },
})

const faqDraft = () => ({
  question: '住民基本台帳カードは今も使えますか',
  answer: '有効期限まではそのまま使えます。\n\n- マイナンバーカードを受け取るときに返納します',
  category: 'card_system',
  keywords: ['住基カード'],
  phrasings: ['住基カードを持っている'],
  audience: 'staff',
  sources: [{ url: 'https://www.kojinbango-card.go.jp/', title: 'J-LIS', checkedOn: '2024-12-01' }],
  translations: { en: { question: 'Can I still use my Juki card?', answer: 'Until it expires.' } },
  editorNote: '出典を年に一度確認する',
})

let logins = 0
const loginId = () => `example.staff-${++logins}`

export function officeExamples(ctx: ExampleContext): Examples {
  // FAQ entries are written by city staff, so the supervisor the search sends as may publish them.
  const author = () => ctx.as('city')
  const newEntry = async (): Promise<string> =>
    (await ok<{ entry: { id: string } }>(author().request('POST', '/api/faq/entries', faqDraft()), 201)).entry
      .id
  const submitted = async (): Promise<string> => {
    const id = await newEntry()
    await ok(author().request('POST', `/api/faq/entries/${id}/submit`, { expectedVersion: 1 }))
    return id
  }
  // One account per route, made once: creating one hashes a password (scrypt, about a second on a
  // loaded machine), and setting the same role or state again is answered as the first time.
  const accounts = new Map<string, Promise<string>>()
  const staffFor = (route: string): Promise<string> => {
    let id = accounts.get(route)
    if (!id) {
      id = ok<{ staff: { id: string } }>(
        ctx
          .clientFor('staff.manage')
          .request('POST', '/api/staff', { loginId: loginId(), displayName: '例示 次郎', role: 'operator' }),
        201,
      ).then((answer) => answer.staff.id)
      accounts.set(route, id)
    }
    return id
  }
  const version = (sql: string, ...args: string[]) =>
    (ctx.server.db
      .prepare(sql)
      .pluck()
      .get(...args) as number | undefined) ?? 0

  const plan = () => ({
    siteId: 'site-demo-mall',
    date: '2026-12-20',
    startTime: '10:00',
    endTime: '15:30',
    staffNames: ['出張 花子'],
    note: '西側の催事場',
    expectedVersion: 0,
  })
  const planned = async (): Promise<string> => {
    const id = newId()
    await ok(ctx.clientFor('schedule.edit').request('PUT', `/api/schedule/${id}`, plan()))
    return id
  }

  return {
    'put /api/schedule/:id': async () => ({ path: `/api/schedule/${newId()}`, body: plan(), ok: 200 }),
    'post /api/schedule/:id/cancel': async () => ({
      path: `/api/schedule/${await planned()}/cancel`,
      body: { expectedVersion: 1 },
      ok: 200,
    }),
    'put /api/reports/proposals': async () => ({
      path: '/api/reports/proposals',
      body: {
        id: newId(),
        title: '予約枠の追加',
        content: '土日の午前に枠を増やす',
        proposer: '監督 真理',
        status: 'discussing',
        proposedOn: '2026-11-10',
        decidedOn: null,
        doneOn: null,
        effect: '待ち時間の短縮',
        expectedVersion: 0,
      },
      ok: 200,
    }),
    'post /api/reports/cdr/preview': async () => ({
      path: '/api/reports/cdr/preview',
      body: cdrUpload(),
      ok: 200,
    }),
    'post /api/reports/cdr/import': async () => ({
      path: '/api/reports/cdr/import',
      body: cdrUpload(),
      ok: 200,
    }),
    'post /api/reports/:month/finalise': async () => ({
      path: `/api/reports/${ENDED_MONTH}/finalise`,
      body: {
        expectedRevision: version('SELECT max(revision) FROM report_versions WHERE month = ?', ENDED_MONTH),
        reason: '通話明細の取込後に再集計',
      },
      ok: 200,
    }),
    'put /api/reports/:month/remarks': async () => ({
      path: `/api/reports/${ENDED_MONTH}/remarks`,
      body: {
        text: '11月は土日の予約が集中した。',
        expectedVersion: version('SELECT version FROM report_remarks WHERE month = ?', ENDED_MONTH),
      },
      ok: 200,
    }),
    'put /api/reports/:month/meeting': async () => ({
      path: `/api/reports/${ENDED_MONTH}/meeting`,
      body: {
        meeting: {
          heldOn: '2026-12-08',
          place: '恵庭市役所 会議室',
          attendees: [
            { name: '市民 課長', organisation: '恵庭市 市民課' },
            { name: '監督 真理', organisation: '受託事業者' },
          ],
          agenda: [{ source: 'other', text: '年末年始の予約枠' }],
          decisions: ['土日の午前に枠を増やす'],
          followUps: [{ what: '枠の案を作る', owner: '監督 真理', due: '2026-12-15' }],
        },
        expectedVersion: version('SELECT version FROM regular_meetings WHERE month = ?', ENDED_MONTH),
      },
      ok: 200,
    }),
    'post /api/status/lookup': async () => ({
      path: '/api/status/lookup',
      body: { kana: 'ヤマダ ハナコ', birthDate: '1980-04-01' },
      ok: 200,
    }),
    'put /api/status/labels': async () => ({
      path: '/api/status/labels',
      body: { labels: DEFAULT_STATUS_LABELS.map((l) => ({ ...l })) as unknown as Json },
      ok: 200,
    }),
    'put /api/status/sources/:name': async () => ({
      path: '/api/status/sources/other-system',
      body: {
        columns: { formId: 'No', status: 'Stage', statusDate: 'Day', nameKana: 'Kana' },
        words: { 'AT CITY': 'notice_sent' },
      },
      ok: 200,
    }),
    'post /api/faq/entries': async () => ({ path: '/api/faq/entries', body: faqDraft(), ok: 201 }),
    'put /api/faq/entries/:id': async () => ({
      path: `/api/faq/entries/${await newEntry()}`,
      body: { content: { ...faqDraft(), question: '住基カードの扱い' }, expectedVersion: 1 },
      ok: 200,
    }),
    'post /api/faq/entries/:id/submit': async () => ({
      path: `/api/faq/entries/${await newEntry()}/submit`,
      body: { expectedVersion: 1, reason: '確認をお願いします' },
      ok: 200,
    }),
    'post /api/faq/entries/:id/return': async () => ({
      path: `/api/faq/entries/${await submitted()}/return`,
      body: { expectedVersion: 1, reason: '出典の確認日を新しく' },
      ok: 200,
    }),
    'post /api/faq/entries/:id/publish': async () => ({
      path: `/api/faq/entries/${await submitted()}/publish`,
      body: { expectedVersion: 1, reason: '確認済み' },
      ok: 200,
    }),
    'post /api/faq/entries/:id/retire': async () => ({
      path: `/api/faq/entries/${await newEntry()}/retire`,
      body: { expectedVersion: 1, reason: '制度終了' },
      ok: 200,
    }),
    'put /api/faq/synonyms': async () => ({
      path: '/api/faq/synonyms',
      body: { groups: [['住基カード', '住民基本台帳カード']] },
      ok: 200,
    }),
    'post /api/faq/feedback': async () => ({
      path: '/api/faq/feedback',
      body: { kind: 'not_found', query: 'マイナカードの色' },
      ok: 201,
    }),
    'post /api/devices/inventory': async () => {
      const item = { entity: 'intake', id: newId(), sessionId: newId(), photo: false }
      const at = ctx.server.deps.now().toISOString()
      return {
        path: '/api/devices/inventory',
        body: {
          deviceId: TEST_DEVICE,
          at,
          unsent: { records: 1, photos: 0 },
          items: [item],
          roster: [newId()],
          lost: { noticedAt: at, wiped: false, items: [{ ...item, id: newId() }] },
        },
        ok: 200,
      }
    },
    'post /api/staff': async () => ({
      path: '/api/staff',
      body: { loginId: loginId(), displayName: '例示 三郎', role: 'city', department: '市民課' },
      ok: 201,
    }),
    'post /api/staff/:id/active': async () => ({
      path: `/api/staff/${await staffFor('active')}/active`,
      body: { active: false },
      ok: 200,
    }),
    'post /api/staff/:id/role': async () => ({
      path: `/api/staff/${await staffFor('role')}/role`,
      body: { role: 'city', department: '市民課' },
      ok: 200,
    }),
  }
}
