import { newId } from '@madoguchi/shared'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { book, json, NOW, person } from '../testing/booking'
import { type Client, quickClient } from '../testing/harness'
import { useTestServer } from '../testing/use-server'
import { csvCell, encodeCsv } from './csv'

const t = useTestServer('operator', { now: NOW })

interface Doc {
  version: number
  calendar: {
    periods: Record<string, unknown>[]
    exceptions: Record<string, unknown>[]
    rules: Record<string, number>
  }
}
const calendar = async () => json<Doc>(await t.as('supervisor').request('GET', '/api/booking/calendar'))
const putCalendar = (who: Client, doc: Doc, change: Partial<Doc['calendar']>) =>
  who.request('PUT', '/api/booking/calendar', {
    expectedVersion: doc.version,
    calendar: { ...doc.calendar, ...change },
  })

describe('booking types', () => {
  it('lists the six types; a supervisor edits length and items, an operator may not', async () => {
    const { types } = await json<{ types: { code: string; slots: number }[] }>(
      await t.client.request('GET', '/api/booking/types'),
    )
    expect(types.map((t) => t.code)).toHaveLength(6)
    const items = [{ ja: '交付通知書', en: 'The postcard' }]
    const res = await t
      .as('supervisor')
      .request('PUT', '/api/booking/types/other', { slots: 3, itemsToBring: items })
    expect(await json(res)).toMatchObject({ code: 'other', slots: 3, itemsToBring: items })
    expect((await t.client.request('PUT', '/api/booking/types/other', { slots: 1 })).status).toBe(403)
    const [b] = await book(t.client, { people: [person({ type: 'other' })] })
    expect(b).toMatchObject({ time: '10:00', endTime: '10:45' })
  })
})

describe('the counter calendar', () => {
  it('opens a Saturday by exception and sets capacity and window rules', async () => {
    const doc = await calendar()
    expect(doc.calendar.rules).toEqual({ opensDaysAhead: 60, closesDaysBefore: 1, holdMinutes: 5 })
    const saturday = { date: '2026-12-05', open: true, opens: '09:00', closes: '12:00', capacity: 1 }
    const res = await putCalendar(t.as('supervisor'), doc, { exceptions: [saturday] })
    expect(res.status).toBe(200)
    expect(await json(res)).toMatchObject({ version: doc.version + 1 })
    await book(t.client, { date: '2026-12-05', time: '09:00' })
    const full = await t.client.request('POST', '/api/bookings', {
      idempotencyKey: newId(),
      date: '2026-12-05',
      time: '09:00',
      people: [person()],
    })
    expect(full.status).toBe(409)
    expect(listAudit(t.server.db).map((r) => r.action)).toContain('booking_calendar.update')
  })

  it('refuses a change that strands live bookings, listing them, and a stale version', async () => {
    const [a] = await book(t.client, { date: '2026-12-07', time: '09:00' })
    const [cancelled] = await book(t.client, { date: '2026-12-07', time: '10:00' })
    await t.client.request('POST', `/api/bookings/${cancelled?.id}/cancel`, { expectedVersion: 1 })
    const doc = await calendar()
    const res = await putCalendar(t.as('supervisor'), doc, {
      exceptions: [{ date: '2026-12-07', open: false }],
    })
    expect(res.status).toBe(409)
    const body = await json<{
      error: { code: string; details: { bookings: { id: string; ref: string }[] } }
    }>(res)
    expect(body.error.code).toBe('calendar_strands_bookings')
    expect(body.error.details.bookings).toEqual([
      expect.objectContaining({
        id: a?.id,
        ref: a?.ref,
        type: 'certificate_renewal',
        date: '2026-12-07',
        time: '09:00',
      }),
    ])
    // Dropping capacity below two bookings in one slot strands both.
    await book(t.client, { date: '2026-12-08', time: '09:00' })
    await book(t.client, { date: '2026-12-08', time: '09:00' })
    const period = { ...doc.calendar.periods[0], capacity: 1 }
    const less = await putCalendar(t.as('supervisor'), doc, { periods: [period] })
    expect(
      (await json<{ error: { details: { bookings: unknown[] } } }>(less)).error.details.bookings,
    ).toHaveLength(2)
    const ok = await putCalendar(t.as('supervisor'), doc, {
      exceptions: [{ date: '2026-12-09', open: false }],
    })
    expect(ok.status).toBe(200)
    const stale = await putCalendar(t.as('supervisor'), doc, { exceptions: [] })
    expect(stale.status).toBe(409)
    expect(await json(stale)).toMatchObject({ error: { code: 'version_conflict' } })
    expect((await putCalendar(t.client, doc, {})).status).toBe(403)
  })
})

describe('availability', () => {
  it('lists the next free slots for a type and party, and a month view with booked and held places', async () => {
    await book(t.client, { date: '2026-12-02', time: '08:45' })
    await book(t.client, { date: '2026-12-02', time: '08:45' })
    await t.client.request('POST', '/api/booking/holds', { type: 'other', date: '2026-12-02', time: '09:00' })
    const free = await json<{ slots: { date: string; time: string; remaining: number }[]; window: unknown }>(
      await t.client.request('GET', '/api/booking/availability?type=other&people=2&limit=3'),
    )
    expect(free.window).toEqual({ first: '2026-12-02', last: '2027-01-30' })
    expect(free.slots).toEqual([
      { date: '2026-12-02', time: '09:15', remaining: 2, capacity: 2 },
      { date: '2026-12-02', time: '09:30', remaining: 2, capacity: 2 },
      { date: '2026-12-02', time: '09:45', remaining: 2, capacity: 2 },
    ])
    const month = await json<{
      days: { date: string; open: boolean; reason?: string; slots: Record<string, unknown>[] }[]
    }>(await t.as('supervisor').request('GET', '/api/booking/month?month=2026-12'))
    expect(month.days).toHaveLength(31)
    const dec2 = month.days[1]
    expect(dec2?.slots.slice(0, 2)).toEqual([
      { time: '08:45', capacity: 2, booked: 2, held: 0, remaining: 0 },
      { time: '09:00', capacity: 2, booked: 0, held: 1, remaining: 1 },
    ])
    expect(month.days[4]).toMatchObject({ date: '2026-12-05', open: false, reason: 'weekday', slots: [] })
    expect(month.days[28]).toMatchObject({ date: '2026-12-29', open: false, reason: 'year_end' })
  })
})

describe('CSV export', () => {
  it('escapes formulas and quotes as RFC 4180 says', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvCell('-1')).toBe("'-1")
    expect(csvCell('@x')).toBe("'@x")
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell(null)).toBe('')
  })

  it('marks a character Shift_JIS cannot hold with 〓, never a question mark', () => {
    const decoded = iconv.decode(Buffer.from(encodeCsv('𠮷田 太郎?,髙橋\r\n', 'sjis')), 'cp932')
    expect(decoded).toBe('〓田 太郎?,髙橋\r\n')
    expect(new TextDecoder().decode(encodeCsv('𠮷田', 'utf8')).replace('\uFEFF', '')).toBe('𠮷田')
  })

  it('exports a date range as UTF-8 with BOM or Shift_JIS, CRLF, Japanese header, and audits it', async () => {
    await book(t.client, { people: [person({ name: '=HYPERLINK("x")', kana: 'イコール' })] })
    await book(t.client, { date: '2026-12-04', people: [person({ name: '恵庭 花子' })] })
    await book(t.client, { date: '2026-12-10' })
    const city = quickClient(t.server, 'city')
    const res = await city.request('GET', '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.split('\r\n')
    expect(lines[0]?.startsWith('予約番号,予約日,開始時刻')).toBe(true)
    expect(lines).toHaveLength(4) // header, two bookings, and the empty string after the last CRLF
    expect(text).toContain(`"'=HYPERLINK(""x"")"`)
    expect(text).not.toMatch(/[^\r]\n/)
    // The reference as on screen and in the read-back: grouped, C67-LPG-8.
    expect(lines[1]).toMatch(/^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z],/)
    // 登録日時 and 更新日時 in Tokyo time as a spreadsheet reads a date-time, never a UTC ISO string.
    expect(lines[1]).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(text).not.toMatch(/T\d{2}:\d{2}:\d{2}\.\d{3}Z/)

    const sjis = await city.request(
      'GET',
      '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04&encoding=sjis',
    )
    const decoded = iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')
    expect(decoded).toContain('恵庭 花子')
    expect(decoded.startsWith('予約番号')).toBe(true)
    expect(listAudit(t.server.db).filter((r) => r.action === 'booking.export')).toHaveLength(2)
    expect(
      (await t.client.request('GET', '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04')).status,
    ).toBe(403)
  })
})
