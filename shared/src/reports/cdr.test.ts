import { describe, expect, it } from 'vitest'
import { parseCsv } from '../status/csv'
import { at } from './calls-kit'
import { guessMapping, parseCdrTime, readCdr } from './cdr'

describe('the call-detail file', () => {
  const mapping = { line: '回線', start: '着信日時', answered: '応答日時', end: '終了日時' }

  it('reads quoted fields with commas, quotes and newlines, and keeps file line numbers', () => {
    const { records } = parseCsv('\uFEFFa,b\r\n"x,1","say ""hi""\nthere"\r\n\r\nlast,row')
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x,1', 'say "hi"\nthere'] },
      { line: 5, cells: ['last', 'row'] },
    ])
  })

  it('reads Tokyo clock times and zoned instants; refuses anything else', () => {
    expect(parseCdrTime('2026/12/02 9:15:02')).toBe(at('2026-12-02T00:15:02Z'))
    expect(parseCdrTime('2026-12-02 09:15')).toBe(at('2026-12-02T00:15:00Z'))
    expect(parseCdrTime('2026-12-02T00:15:02Z')).toBe(at('2026-12-02T00:15:02Z'))
    for (const bad of ['', '2026-13-02 09:00', '2026-02-30 09:00', '12/02 9:15', '2026-12-02 24:00', 'abc'])
      expect(parseCdrTime(bad)).toBeNull()
  })

  it('guesses a mapping from a Japanese header, and never maps the caller’s number', () => {
    expect(guessMapping(['回線', '発信者番号', '着信日時', '応答日時', '終了日時'])).toEqual(mapping)
  })

  it('reports every bad line by its number and keeps none of the rows then', () => {
    const text = [
      '回線,発信者番号,着信日時,応答日時,終了日時',
      '1,0312345678,2026/12/02 09:00:00,2026/12/02 09:00:10,2026/12/02 09:03:10',
      '1,0312345678,2026/12/02 09:05:00,,2026/12/02 09:05:30',
      '2,0312345678,2026/12/02 9:99,,2026/12/02 09:05:30',
      '2,0312345678,2026/12/02 10:00:00,2026/12/02 10:10:00,2026/12/02 10:05:00',
      ',0312345678,2026/12/02 11:00:00,,2026/12/02 11:00:10',
    ].join('\r\n')
    const r = readCdr(text, mapping)
    expect(r.problems).toEqual([
      { line: 4, field: 'start', code: 'bad_time' },
      { line: 5, field: 'answered', code: 'outside_call' },
      { line: 6, field: 'line', code: 'invalid_format' },
    ])
    expect(r.rows.map((x) => x.fileLine)).toEqual([2, 3])
    expect(r.rows[1]).toMatchObject({ line: '1', answeredAt: null })
    // Nothing of the caller's number survives in what the reader returns (header aside).
    expect(JSON.stringify(r.rows)).not.toContain('0312345678')
  })

  it('a file of another kind: the missing columns, on line 1', () => {
    const r = readCdr('予約番号,氏名\r\nK7M,恵庭 花子\r\n', mapping)
    expect(r.missing).toEqual(['line', 'start', 'answered', 'end'])
    expect(r.problems.every((p) => p.line === 1 && p.code === 'missing_column')).toBe(true)
    expect(readCdr('', mapping).problems).toEqual([{ line: 1, field: 'file', code: 'empty' }])
  })
})
