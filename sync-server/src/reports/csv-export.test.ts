import { newId } from '@madoguchi/shared'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { seedFixture } from '../testing/reports-fixture'
import { reportsKit } from '../testing/reports-kit'
import { useTestServer } from '../testing/use-server'

// The report's CSV files as bytes, read back with csv-parse and iconv-lite: BOM, CRLF, Japanese
// headers, quoted and formula-safe cells, Shift_JIS on request, the month's calls streamed.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })
const { readCsv, bytesOf } = reportsKit(t)

describe('CSV files for the city', () => {
  it('UTF-8 with BOM, CRLF, Japanese headers, quoted and formula-safe cells; Shift_JIS on request', async () => {
    seedFixture(t.server.db)
    const tricky = '=HYPERLINK("x"),髙橋㈱ "案"'
    const proposal = {
      id: newId(),
      title: tricky,
      content: '-1 予約枠の追加\n土日の午前',
      proposer: '監督 真理',
      status: 'discussing',
      proposedOn: '2026-12-10',
      decidedOn: null,
      doneOn: null,
      effect: '',
      expectedVersion: 0,
    }
    expect((await t.client.request('PUT', '/api/reports/proposals', proposal)).status).toBe(200)
    expect((await t.client.request('PUT', '/api/reports/proposals', proposal)).status).toBe(409)
    const { res, bytes } = await bytesOf('/api/reports/2026-12/csv/proposals')
    expect(res.headers.get('content-disposition')).toContain('proposals_2026-12.csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((l, i, all) => i === all.length - 1 || l.endsWith('\r')),
    ).toBe(true)
    const rows = readCsv(text)
    expect(rows[0]).toEqual(['提案日', '件名', '内容', '提案者', '状況', '決定日', '完了日', '効果'])
    expect(rows[1]?.slice(0, 5)).toEqual([
      '2026/12/10',
      `'${tricky}`,
      "'-1 予約枠の追加\n土日の午前",
      '監督 真理',
      '協議中',
    ])
    const sjis = await bytesOf('/api/reports/2026-12/csv/proposals?encoding=sjis')
    expect(sjis.bytes[0]).not.toBe(0xef)
    expect(readCsv(iconv.decode(sjis.bytes, 'cp932'))).toEqual(rows)
    const summary = readCsv((await bytesOf('/api/reports/2026-12/csv/summary')).bytes.toString('utf8'))
    expect(summary[1]).toEqual(['2026年12月', '5', '4', '通話明細なし', '2', '50.0%', '05:25'])
  })

  it('the month’s calls, streamed, in Tokyo time and without callers’ numbers', async () => {
    seedFixture(t.server.db)
    const { bytes } = await bytesOf('/api/reports/2026-12/csv/calls')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = readCsv(bytes.toString('utf8'))
    expect(rows).toHaveLength(6)
    expect(rows[0]?.[0]).toBe('開始日時')
    // Tokyo times as Excel reads date-times; the line a code whose form Excel keeps.
    expect(rows[1]?.slice(0, 5)).toEqual([
      '2026/12/01 09:00:00',
      '2026/12/01 09:00:05',
      '2026/12/01 09:01:46',
      '="1"',
      '100',
    ])
    expect(rows[5]?.[0]).toBe('2026/12/31 23:58:00')
    const sjis = await bytesOf('/api/reports/2026-12/csv/calls?encoding=sjis')
    expect(readCsv(iconv.decode(sjis.bytes, 'cp932'))).toEqual(rows)
  })
})
