import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { columns, csvCell, csvFile, csvStream, csvText } from './writer'

// The one CSV writer, read back as a spreadsheet would read the bytes: csv-parse (a real RFC 4180
// parser, not ours) on the UTF-8 text or on iconv-lite's decoding of the Shift_JIS bytes.

const read = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' })

const COLS = columns(
  ['氏名', 'text'],
  ['電話番号', 'code'],
  ['生年月日', 'date'],
  ['登録日時', 'datetime'],
  ['件数', 'number'],
)
const ROW = [
  '髙橋 "㈱恵庭", 花子\n二行目',
  '09012345678',
  '1980-04-01',
  '2026-12-02T00:42:19.629Z',
  -3,
] as const

describe('the CSV writer', () => {
  it('writes each kind by its rule: text quoted, codes as ="…", dates with slashes, Tokyo times', () => {
    const bytes = Buffer.from(csvFile(COLS, [ROW], 'utf8'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    // Every record ends in CRLF; the LF inside the quoted name is the name's own.
    expect(text.endsWith('\r\n')).toBe(true)
    expect(read(bytes.toString('utf8'))).toEqual([
      ['氏名', '電話番号', '生年月日', '登録日時', '件数'],
      // 00:42 UTC is 09:42 in Tokyo; Excel reads 2026/12/02 09:42:19 as a date-time.
      ['髙橋 "㈱恵庭", 花子\n二行目', '="09012345678"', '1980/04/01', '2026/12/02 09:42:19', '-3'],
    ])
  })

  it('Shift_JIS: 髙 and ㈱ survive CP932, a character it lacks becomes 〓, the cells the same', () => {
    const row = ['𠮷田 髙橋㈱, "x"\ny', '0123456789', null, 1_764_636_139_629, 0]
    const bytes = Buffer.from(csvFile(COLS, [row], 'sjis'))
    expect(bytes[0]).not.toBe(0xef)
    expect(read(iconv.decode(bytes, 'cp932'))[1]).toEqual([
      '〓田 髙橋㈱, "x"\ny',
      '="0123456789"',
      '',
      '2025/12/02 09:42:19',
      '0',
    ])
  })

  it('Shift_JIS: 〜 and − as typed become CP932’s ～ and －, what Excel shows, not 〓', () => {
    const cols = columns(['時間', 'text'], ['差', 'text'])
    const bytes = Buffer.from(csvFile(cols, [['10:00〜16:00', '差 −3 ‖ ¬']], 'sjis'))
    expect(read(iconv.decode(bytes, 'cp932'))[1]).toEqual(['10:00～16:00', '差 －3 ∥ ￢'])
  })

  it('neutralises formulas in text and keeps the code wrapper a bare string literal', () => {
    const cols = columns(['a', 'text'], ['b', 'code'])
    const rows = read(
      csvText(cols, [
        ['=HYPERLINK("x")', '=1+1'],
        ['-1', 'A"B'],
        ['@x', '+81 90'],
        ['\tx', ''],
        ['\rx', null],
      ]),
    ).slice(1)
    expect(rows).toEqual([
      ['\'=HYPERLINK("x")', '="=1+1"'],
      ["'-1", '="A""B"'],
      ["'@x", '="+81 90"'],
      ["'\tx", ''],
      ["'\rx", ''],
    ])
  })

  it('any text reads back exactly (after the apostrophe when it would be a formula); any code as one literal', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (text, code) => {
          const [, row] = read(csvText(columns(['t', 'text'], ['c', 'code']), [[text, code]]))
          expect(row?.[0]).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)
          if (code === '') expect(row?.[1]).toBe('')
          else if (/[\r\n]/.test(code)) expect(row?.[1]).toBe(/^[=+\-@\t\r]/.test(code) ? `'${code}` : code)
          else {
            // Excel's formula grammar: a string literal is "…" with each quote inside doubled, so the
            // cell's formula is exactly one literal and runs nothing.
            expect(row?.[1]).toMatch(/^="(?:[^"]|"")*"$/)
            expect(row?.[1]?.slice(2, -1).replace(/""/g, '"')).toBe(code)
          }
        },
      ),
    )
  })

  it('refuses a row whose length is not the columns’', () => {
    expect(() => csvText(COLS, [['a']])).toThrow(/1 cells for 5 columns/)
    expect(csvCell('datetime', 'not a time')).toBe('not a time')
  })

  it('streams a header with one BOM, then pages without another', async () => {
    const pages = [[ROW], [ROW]][Symbol.iterator]()
    const chunks: Buffer[] = []
    const reader = csvStream(COLS, pages, 'utf8').getReader()
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(Buffer.from(r.value))
    const all = Buffer.concat(chunks)
    expect(all.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 1)).toBe(-1)
    expect(read(all.toString('utf8'))).toHaveLength(3)
  })
})
