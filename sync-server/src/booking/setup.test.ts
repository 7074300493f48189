import { newId } from '@madoguchi/shared'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { book, json, NOW, person } from '../testing/booking'
import { type Client, quickClient } from '../testing/harness'
import { useTestServer } from '../testing/use-server'

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
  // Read back with csv-parse (a real RFC 4180 parser) from the UTF-8 bytes and from iconv-lite's
  // decoding of the Shift_JIS bytes; the writer's own rules are tested in csv/writer.test.ts.
  const read = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' })

  it('exports a date range as UTF-8 with BOM or Shift_JIS: zeros kept, Tokyo times, names intact, audited', async () => {
    const tricky = '髙橋 "㈱恵庭", 花子'
    await book(t.client, {
      people: [person({ name: '=HYPERLINK("x")', kana: 'イコール', phone: '0123456789' })],
    })
    await book(t.client, { date: '2026-12-04', people: [person({ name: tricky, phone: '09012345678' })] })
    await book(t.client, { date: '2026-12-10' })
    const city = quickClient(t.server, 'city')
    const res = await city.request('GET', '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text).not.toMatch(/[^\r]\n/)
    const rows = read(bytes.toString('utf8'))
    expect(rows[0]?.slice(0, 3)).toEqual(['予約番号', '予約日', '開始時刻'])
    expect(rows).toHaveLength(3)
    const col = (name: string) => rows[0]?.indexOf(name) ?? -1
    const [a, b] = [rows[1] ?? [], rows[2] ?? []]
    expect(a[col('氏名')]).toBe(`'=HYPERLINK("x")`)
    expect(b[col('氏名')]).toBe(tricky)
    // Phone numbers and the grouped reference as ="…": Excel shows 0123456789, not 123456789.
    expect(a[col('電話番号')]).toBe('="0123456789"')
    expect(b[col('電話番号')]).toBe('="09012345678"')
    expect(a[col('予約番号')]).toMatch(/^="[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]"$/)
    expect(a[col('予約日')]).toBe('2026/12/03')
    expect(a[col('生年月日')]).toBe('1980/04/01')
    // 登録日時 on a Tokyo clock, as Excel reads a date-time: booked at NOW, 10:00 on 1 Dec in Tokyo
    // (01:00 UTC, the nine hours a UTC string was off).
    expect(a[col('登録日時')]).toMatch(/^2026\/12\/01 10:\d{2}:\d{2}$/)
    expect(text).not.toMatch(/T\d{2}:\d{2}:\d{2}\.\d{3}Z/)

    const sjis = await city.request(
      'GET',
      '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04&encoding=sjis',
    )
    const sjisBytes = Buffer.from(await sjis.arrayBuffer())
    expect(sjisBytes[0]).not.toBe(0xef)
    expect(read(iconv.decode(sjisBytes, 'cp932'))).toEqual(rows)
    expect(listAudit(t.server.db).filter((r) => r.action === 'booking.export')).toHaveLength(2)
    expect(
      (await t.client.request('GET', '/api/bookings/export.csv?from=2026-12-03&to=2026-12-04')).status,
    ).toBe(403)
  })
})
