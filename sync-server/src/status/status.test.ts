import { type ImportPreview, type ImportResult, type StatusLookupResult, Uuid } from '@madoguchi/shared'
import {
  hexBytes,
  SHIFT_JIS_SAMPLE_HEX,
  spokenFormId,
  syntheticFormId,
  utf8Csv,
} from '@madoguchi/shared/status/test-files'
import { describe, expect, it } from 'vitest'
import { DEMO_STATUS_COUNT, demoFormId, seedDemoStatus } from '../seed/demo-status'
import { listAudit } from '../testing/audit'
import type { Client } from '../testing/harness'
import { intakeMutation, pushMutations, sessionMutation } from '../testing/sync'
import { useTestServer } from '../testing/use-server'

// The status import and lookup on a real SQLite file: preview, mapping, all-or-nothing apply,
// idempotency, history, refusals, and the audited lookup by 申請書ID and by kana + date of birth.

const t = useTestServer('supervisor', { now: new Date('2026-12-02T01:00:00Z') })
const HEADER = ['申請書ID', 'ステータス', 'ステータス日', '氏名カナ', '生年月日']
const ID1 = syntheticFormId(11)
const ID2 = syntheticFormId(12)

const first = () =>
  utf8Csv(HEADER, [
    [ID1, '審査中', '2026/11/01', 'アサギ ミドリ', '1985/06/15'],
    [ID2, '申請受付', '2026/11/10', '', ''],
  ])

function upload(client: Client, path: string, bytes: Uint8Array) {
  return t.server.app.request(path, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'text/csv' },
    body: bytes,
  })
}
const preview = (bytes: Uint8Array, q = 'source=city') =>
  upload(t.client, `/api/status/imports/preview?${q}`, bytes)
const apply = (bytes: Uint8Array, q = 'source=city') => upload(t.client, `/api/status/imports?${q}`, bytes)
const count = (table: string) => t.server.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const find = async (body: unknown, client = t.as('operator')) =>
  client.request('POST', '/api/status/lookup', body)

describe('status import', () => {
  it('previews without writing: encoding, guessed mapping, counts', async () => {
    const res = await preview(first())
    expect(res.status).toBe(200)
    const p = (await res.json()) as ImportPreview
    expect(p).toMatchObject({
      encoding: 'utf-8',
      guessed: true,
      dataRows: 2,
      valid: 2,
      badCount: 0,
      added: 2,
    })
    expect(p.mapping.columns).toMatchObject({
      formId: '申請書ID',
      nameKana: '氏名カナ',
      birthDate: '生年月日',
    })
    expect(count('status_applications')).toBe(0)
  })

  it('applies all rows, saves the mapping, and the same file twice changes nothing', async () => {
    const once = (await (await apply(first())).json()) as ImportResult
    expect(once).toMatchObject({ rows: 2, added: 2, changed: 0, historyAdded: 2 })
    const saved = (await (await t.client.request('GET', '/api/status/sources')).json()) as {
      sources: { name: string }[]
    }
    expect(saved.sources.map((s) => s.name)).toEqual(['city'])
    const snapshot = t.server.db.prepare('SELECT * FROM status_applications ORDER BY form_id').all()
    const twice = await apply(first())
    expect(twice.status).toBe(201)
    expect(await twice.json()).toMatchObject({ added: 0, changed: 0, unchanged: 2, historyAdded: 0 })
    expect(t.server.db.prepare('SELECT * FROM status_applications ORDER BY form_id').all()).toEqual(snapshot)
    // A first status is the application's current one: the history table holds only past ones.
    expect(count('status_history')).toBe(0)
    const { applications } = (await (await find({ formId: ID1 })).json()) as StatusLookupResult
    expect(applications[0]?.history).toEqual([{ status: 'reviewing', statusDate: '2026-11-01' }])
  })

  it('a status reported again after another of the same date is current once, not also past', async () => {
    await apply(first())
    const results: ImportResult[] = []
    for (const word of ['発行準備中', '審査中'])
      results.push(
        (await (await apply(utf8Csv(HEADER, [[ID1, word, '2026/11/01', '', '']]))).json()) as ImportResult,
      )
    expect(results.map((r) => [r.changed, r.historyAdded])).toEqual([
      [1, 1],
      [1, 0],
    ])
    const { applications } = (await (await find({ formId: ID1 })).json()) as StatusLookupResult
    expect(applications[0]?.status).toBe('reviewing')
    expect(applications[0]?.history.map((h) => h.status).sort()).toEqual(['producing', 'reviewing'])
  })

  it('keeps each application’s history; a late file does not turn the status back', async () => {
    await apply(first())
    await apply(utf8Csv(HEADER, [[ID1, '交付通知書発送済', '2026/11/25', '', '']]))
    await apply(utf8Csv(HEADER, [[ID1, '発行準備中', '2026/11/15', '', '']]))
    const { applications } = (await (await find({ formId: ID1 })).json()) as StatusLookupResult
    expect(applications[0]).toMatchObject({ status: 'notice_sent', statusDate: '2026-11-25' })
    expect(applications[0]?.nameKana).toBe('アサギ ミドリ') // an empty cell keeps what an earlier file gave
    expect(applications[0]?.history.map((h) => h.status)).toEqual(['reviewing', 'producing', 'notice_sent'])
  })

  it('refuses a file with any bad line whole, naming every line', async () => {
    await apply(first())
    const bad = utf8Csv(HEADER, [
      [ID1, '交付済', '2026/11/30', '', ''],
      ['1234 5678 9018', '審査中', '2026/11/01', '', ''],
      [ID2, '保留', '2026/11/01', '', ''],
      [syntheticFormId(13), '審査中', '2026/02/30', '', ''],
    ])
    const p = (await (await preview(bad)).json()) as ImportPreview
    expect(p.bad.map((b) => [b.line, b.code])).toEqual([
      [3, 'bad_form_id'],
      [4, 'unknown_status'],
      [5, 'bad_date'],
    ])
    const res = await apply(bad)
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('status_file_has_bad_lines')
    const { applications } = (await (await find({ formId: ID1 })).json()) as StatusLookupResult
    expect(applications[0]?.status).toBe('reviewing')
    expect(JSON.stringify(t.server.db.prepare('SELECT * FROM status_applications').all())).not.toContain(
      '123456789018',
    )
  })

  it('refuses no ID column, a header only, junk, a wrong encoding and a file over the limit', async () => {
    const code = async (res: Response) =>
      ((await res.json()) as { error: { details?: { problem: { code: string } } } }).error.details?.problem
        .code
    expect(
      await code(
        await apply(utf8Csv(['番号', 'ステータス', 'ステータス日'], [['1', '審査中', '2026/11/01']])),
      ),
    ).toBe('no_form_id_column')
    expect(await code(await apply(utf8Csv(HEADER, [])))).toBe('header_only')
    expect(await code(await apply(new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256)))).toMatch(
      /wrong_encoding|not_text/,
    )
    expect(await code(await apply(hexBytes(SHIFT_JIS_SAMPLE_HEX), 'source=city&encoding=utf-8'))).toBe(
      'wrong_encoding',
    )
    const huge = await apply(new Uint8Array(33 * 1024 * 1024))
    expect(huge.status).toBe(413)
    expect(count('status_applications')).toBe(0)
    expect(count('status_imports')).toBe(0)
  })

  it('imports real Shift_JIS bytes, and applies only the file that was previewed', async () => {
    const bytes = hexBytes(SHIFT_JIS_SAMPLE_HEX)
    const p = (await (await preview(bytes, 'source=jlis')).json()) as ImportPreview
    expect(p.encoding).toBe('shift_jis')
    expect((await apply(first(), `source=jlis&sha256=${p.sha256}`)).status).toBe(409)
    expect((await apply(bytes, `source=jlis&encoding=shift_jis&sha256=${p.sha256}`)).status).toBe(201)
    const found = (await (
      await find({ kana: 'やまだ はなこ', birthDate: '1980-04-01' })
    ).json()) as StatusLookupResult
    expect(found.applications.map((a) => a.formId)).toEqual(['12345678901234567890123'])
  })

  it('uses a saved mapping for other column names and status words', async () => {
    const mapping = {
      columns: { formId: 'No', status: 'Stage', statusDate: 'Day' },
      words: { 'AT CITY': 'notice_sent' },
    }
    expect((await t.client.request('PUT', '/api/status/sources/other-system', mapping)).status).toBe(200)
    const bytes = utf8Csv(['No', 'Stage', 'Day'], [[ID1, 'AT CITY', '2026-11-30']])
    expect(await (await apply(bytes, 'source=other-system')).json()).toMatchObject({ added: 1 })
  })

  it('is for supervisors, city and admin; operators may only look up', async () => {
    expect((await upload(t.as('operator'), '/api/status/imports?source=city', first())).status).toBe(403)
    expect((await upload(t.as('city'), '/api/status/imports?source=city', first())).status).toBe(201)
  })
})

describe('lookup during a call', () => {
  it('finds an ID typed in full width with spaces, and audits the read with the application’s id', async () => {
    await apply(first())
    const res = await find({ formId: spokenFormId(ID1) })
    expect(res.status).toBe(200)
    const { applications } = (await res.json()) as StatusLookupResult
    expect(applications).toHaveLength(1)
    // The id a call links to: a UUID as the call log's wire schema requires.
    expect(Uuid.safeParse(applications[0]?.id).success).toBe(true)
    const [row] = listAudit(t.server.db, { entity: 'status_application' })
    expect(row?.action).toBe('status.read')
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({
      by: 'form_id',
      found: 1,
      ids: [applications[0]?.id],
    })
    // Personal data never lands in the audit detail.
    expect(row?.detail).not.toContain('アサギ')
  })

  it('says what is wrong with a mistyped ID, and finds nothing for an unknown one', async () => {
    const short = await find({ formId: '1234 5678' })
    expect(short.status).toBe(422)
    const body = (await short.json()) as { error: { fields: Record<string, { code: string }[]> } }
    expect(body.error.fields.formId?.[0]?.code).toBe('form_id_short')
    const none = (await (await find({ formId: syntheticFormId(99) })).json()) as StatusLookupResult
    expect(none.applications).toEqual([])
  })

  it('finds by kana and date of birth where the file carried them (audited as a read)', async () => {
    await apply(first())
    const { applications } = (await (
      await find({ kana: 'あさぎみどり', birthDate: '1985-06-15' })
    ).json()) as StatusLookupResult
    expect(applications.map((a) => a.formId)).toEqual([ID1])
    expect(listAudit(t.server.db, { entity: 'status_application' })[0]?.detail).toContain('"by":"person"')
  })

  it('serves editable labels: the defaults, then the city’s own', async () => {
    const got = (await (await t.as('operator').request('GET', '/api/status/labels')).json()) as {
      labels: { code: string; label: { ja: string } }[]
    }
    expect(got.labels.map((l) => l.label.ja)).toEqual([
      '申請受付',
      '審査中',
      '発行準備中',
      '市区町村へ発送済',
      '交付通知書発送済',
      '交付済',
      '不備返戻',
    ])
    const edited = got.labels.map((l) =>
      l.code === 'reviewing' ? { ...l, label: { ...l.label, ja: '審査しています' } } : l,
    )
    expect((await t.client.request('PUT', '/api/status/labels', { labels: edited })).status).toBe(200)
    expect((await t.client.request('PUT', '/api/status/labels', { labels: edited.slice(1) })).status).toBe(
      422,
    )
    const again = (await (await t.as('operator').request('GET', '/api/status/labels')).json()) as typeof got
    expect(again.labels[1]?.label.ja).toBe('審査しています')
  })
})

describe('demo data', () => {
  it('npm start seeds an invented status file through the real import, one of each status', async () => {
    expect(seedDemoStatus(t.server.deps)).toBe(DEMO_STATUS_COUNT)
    const { applications } = (await (await find({ formId: demoFormId(5) })).json()) as StatusLookupResult
    expect(applications[0]).toMatchObject({ status: 'notice_sent' })
    expect(applications[0]?.nameKana).toMatch(/^[\u30A0-\u30FF ]+$/)
    const byStatus = t.server.db
      .prepare('SELECT status, count(*) AS n FROM status_applications GROUP BY status')
      .all() as { n: number }[]
    expect(byStatus).toHaveLength(7)
  })
})

describe('pop-up follow-up', () => {
  it('joins a session’s intakes to the imported status and lists those returned for a fault', async () => {
    const session = sessionMutation()
    const taken = [ID1, ID2, syntheticFormId(77)].map((formId, i) =>
      intakeMutation(session.recordId, { visitorNo: i + 1, applicationFormId: formId }),
    )
    const none = intakeMutation(session.recordId, { visitorNo: 4 })
    const results = await pushMutations(t.as('outreach'), [session, ...taken, none])
    expect(results.every((r) => r.status === 'applied')).toBe(true)
    await apply(
      utf8Csv(HEADER, [
        [ID1, '不備返戻', '2026/11/20', '', ''],
        [ID2, '交付通知書発送済', '2026/11/25', '', ''],
      ]),
    )
    const res = await t.client.request('GET', `/api/status/sessions/${session.recordId}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      sessionId: session.recordId,
      intakes: 4,
      withFormId: 3,
      notImported: 1,
      byStatus: { returned: 1, notice_sent: 1 },
      returned: [{ intakeId: taken[0]?.recordId, visitorNo: 1, formId: ID1, statusDate: '2026-11-20' }],
    })
    expect((await t.as('operator').request('GET', `/api/status/sessions/${session.recordId}`)).status).toBe(
      403,
    )
  })
})
