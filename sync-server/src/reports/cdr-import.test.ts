import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CDR } from '../testing/reports-fixture'
import { reportsKit } from '../testing/reports-kit'
import { useTestServer } from '../testing/use-server'

// The call-detail import on a real SQLite file: bad files refused whole with every line named, no call
// counted twice, Shift_JIS read, no caller number kept anywhere, and who may import.

const t = useTestServer('supervisor', { now: new Date('2027-01-05T03:00:00Z') })
const { upload, json, cdrCount } = reportsKit(t)

describe('the call-detail import', () => {
  it('refuses a file with bad lines whole, naming every line; nothing is written', async () => {
    const bad = [
      '回線,発信者番号,着信日時,応答日時,終了日時',
      '1,0312345678,2026/12/01 09:00:01,2026/12/01 09:00:06,2026/12/01 09:01:51',
      '1,0312345678,2026/12/01 25:00:00,,2026/12/01 10:03:30',
      '1,0312345678,2026/12/03 14:00:00,,2026/12/03 14:05:05',
      '1,0312345678,2026/12/03 15:00:00,,2026/12/03 14:05:05',
    ].join('\n')
    const res = await t.client.request('POST', '/api/reports/cdr/import', upload(bad))
    expect(res.status).toBe(422)
    const body = await json(res)
    expect(body.error.code).toBe('cdr_invalid')
    expect(body.error.details.problems).toEqual([
      { line: 3, field: 'start', code: 'bad_time' },
      { line: 5, field: 'end', code: 'end_before_start' },
    ])
    expect(cdrCount()).toBe(0)
    // A file of another kind: the missing columns.
    const other = await t.client.request(
      'POST',
      '/api/reports/cdr/import',
      upload('予約番号,氏名\r\nK7M,恵庭 花子'),
    )
    expect((await json(other)).error.details.problems.map((p: { field: string }) => p.field)).toEqual([
      'line',
      'start',
      'answered',
      'end',
    ])
    // Bytes that are no text at all.
    const binary = {
      provider: 'pbx',
      fileName: 'x.csv',
      content: Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x85]).toString('base64'),
    }
    expect(
      (await json(t.client.request('POST', '/api/reports/cdr/import', binary))).error.details.problems[0]
        .code,
    ).toBe('encoding')
  })

  it('never counts a call twice: the same file again, or an overlapping one', async () => {
    await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))
    const same = await (await t.client.request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))).json()
    expect(same).toMatchObject({ added: 0, alreadyImported: 6 })
    const lines = FIXTURE_CDR.split('\r\n')
    const overlap = [
      lines[0],
      lines[6],
      '2,0399999999,2026/12/04 09:00:00,2026/12/04 09:00:09,2026/12/04 09:04:09',
    ].join('\r\n')
    const more = await (await t.client.request('POST', '/api/reports/cdr/import', upload(overlap))).json()
    expect(more).toMatchObject({ rows: 2, added: 1, alreadyImported: 1 })
    expect(cdrCount()).toBe(7)
  })

  it('reads Shift_JIS files, and keeps no caller number anywhere: not in the database, not in the log', async () => {
    const sjis = iconv.encode(FIXTURE_CDR, 'cp932').toString('base64')
    const res = await t.client.request('POST', '/api/reports/cdr/import', {
      provider: 'pbx',
      fileName: 'sjis.csv',
      content: sjis,
    })
    expect(await res.json()).toMatchObject({ added: 6 })
    t.server.db.pragma('wal_checkpoint(TRUNCATE)')
    const file = readFileSync(join(t.server.dir, 'test.sqlite'))
    expect(file.includes(Buffer.from('0312345678'))).toBe(false)
    expect(t.server.logLines.join('\n')).not.toContain('0312345678')
  })

  it('only supervisors and admins import', async () => {
    expect((await t.as('city').request('POST', '/api/reports/cdr/import', upload(FIXTURE_CDR))).status).toBe(
      403,
    )
    expect(
      (await t.as('operator').request('POST', '/api/reports/cdr/preview', upload(FIXTURE_CDR))).status,
    ).toBe(403)
  })
})
