import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsIndividualNumber } from '../individual-number'
import { applicationFormIdProblem, normaliseApplicationFormId } from '../text/form-id'
import { eachCsvRecord, parseCsv } from './csv'
import { detectEncoding } from './encoding'
import { defaultWords, guessColumns, type SourceMapping } from './mapping'
import { readStatusFile, type StatusFile } from './rows'
import {
  CITY_FILE_HEADER,
  hexBytes,
  SHIFT_JIS_SAMPLE_HEX,
  spokenFormId,
  syntheticFormId,
  utf8Csv,
} from './test-files'

const TODAY = '2026-12-02'
const HEADER = CITY_FILE_HEADER
const ID1 = syntheticFormId(1)
const ID2 = syntheticFormId(2)

const read = (bytes: Uint8Array, mapping: SourceMapping | null = null) => {
  const file = readStatusFile(bytes, { mapping, today: TODAY })
  if (!('rows' in file)) throw new Error(`file refused: ${file.code}`)
  return file as StatusFile
}

describe('CSV', () => {
  it('keeps the line each record starts on, through quoted line breaks and blank lines', () => {
    const { records } = parseCsv('\ufeffa,b\r\n"x\r\ny",2\r\n\r\n"say ""hi""",3\n')
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\r\ny', '2'] },
      { line: 5, cells: ['say "hi"', '3'] },
    ])
  })

  it('visits plain files line by line with the same records and line numbers as the full parse', () => {
    for (const text of [
      '\ufeffa,b\r\n1,2\r\n\r\n3,4\r\n',
      'a,b\n\n1,2\n3,4',
      'a,b\r1,2\r\n3,4\n',
      'a\n"q",1\n',
    ]) {
      const seen: { line: number; cells: string[] }[] = []
      expect(eachCsvRecord(text, (line, cells) => seen.push({ line, cells }))).toBeNull()
      expect(seen).toEqual(parseCsv(text).records)
    }
    expect(eachCsvRecord('a,b\n1,"open\n', () => expect.unreachable())).toBe(2)
  })

  it('names the line of a quote never closed', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').unclosedQuoteAt).toBe(2)
  })
})

describe('encoding', () => {
  it('detects real Shift_JIS bytes and reads them', () => {
    const bytes = hexBytes(SHIFT_JIS_SAMPLE_HEX)
    expect(detectEncoding(bytes)).toBe('shift_jis')
    const file = read(bytes)
    expect(file.encoding).toBe('shift_jis')
    expect(file.rows.map((r) => [r.formId, r.status, r.statusDate, r.nameKana, r.birthDate])).toEqual([
      ['12345678901234567890123', 'notice_sent', '2026-11-20', 'ヤマダ ハナコ', '1980-04-01'],
      ['23456789012345678901234', 'reviewing', '2026-11-02', null, null],
    ])
  })

  it('detects UTF-8, and refuses Shift_JIS bytes read as UTF-8', () => {
    expect(detectEncoding(utf8Csv(HEADER, []))).toBe('utf-8')
    const forced = readStatusFile(hexBytes(SHIFT_JIS_SAMPLE_HEX), {
      encoding: 'utf-8',
      mapping: null,
      today: TODAY,
    })
    expect(forced).toEqual({ code: 'wrong_encoding' })
  })

  it('reads a U+FFFD the UTF-8 file really holds, and refuses bytes that only decode to one', () => {
    const held = read(utf8Csv(HEADER, [[ID1, '審査中', '2026/11/05', '', '郵送\ufffd', '', '', '']]))
    expect(held.encoding).toBe('utf-8')
    expect(held.rows[0]?.method).toBe('郵送\ufffd')
    const good = utf8Csv(HEADER, [[ID1, '審査中', '2026/11/05', '', '郵送', '', '', '']])
    // 0xFF, never in UTF-8, for the method's last byte: a replacing decoder reads U+FFFD there.
    const broken = Uint8Array.from([...good.slice(0, good.length - 6), 0xff, ...good.slice(good.length - 5)])
    expect(readStatusFile(broken, { encoding: 'utf-8', mapping: null, today: TODAY })).toEqual({
      code: 'wrong_encoding',
    })
  })

  it('refuses binary junk', () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect('rows' in readStatusFile(junk, { mapping: null, today: TODAY })).toBe(false)
  })
})

describe('mapping', () => {
  it('guesses the columns from a Japanese header, ignoring width and spaces', () => {
    expect(guessColumns(['申請書ＩＤ', '状況', '更新日', 'フリガナ'])).toEqual({
      formId: '申請書ＩＤ',
      status: '状況',
      statusDate: '更新日',
      nameKana: 'フリガナ',
    })
  })

  it('uses a saved mapping: other column names and other status words', () => {
    const bytes = utf8Csv(['No', 'Stage', 'Day'], [[ID1, 'CARD AT CITY', '2026-11-30']])
    const mapping: SourceMapping = {
      columns: {
        formId: 'No',
        status: 'Stage',
        statusDate: 'Day',
        appliedOn: null,
        method: null,
        nameKana: null,
        birthDate: null,
        noticeSentOn: null,
      },
      words: { 'CARD AT CITY': 'notice_sent' },
    }
    expect(read(bytes, mapping).rows[0]).toMatchObject({ formId: ID1, status: 'notice_sent' })
  })
})

describe('bad lines', () => {
  it('lists every bad line with its number: bad ID, unknown status, bad date, duplicates', () => {
    const bytes = utf8Csv(HEADER, [
      [ID1, '審査中', '2026/11/01', '', '', '', '', ''], // 2: fine
      ['12345', '審査中', '2026/11/01', '', '', '', '', ''], // 3: short ID
      [ID2, '保留中', '2026/11/01', '', '', '', '', ''], // 4: unknown word
      [syntheticFormId(3), '審査中', '2026/13/01', '', '', '', '', ''], // 5: no such month
      [syntheticFormId(4), '審査中', '2027/01/01', '', '', '', '', ''], // 6: in the future
      [ID1, '交付済', '2026/11/05', '', '', '', '', ''], // 7: same ID, another status
      [ID1, '審査中', '2026/11/01', '', '', '', '', ''], // 8: a plain repeat: imported once
      [syntheticFormId(5), '審査中', '2026/11/01', '', '', 'Yamada', '', ''], // 9: not kana
      ['1234 5678 9018', '審査中', '2026/11/01', '', '', '', '', ''], // 10: 12 digits
    ])
    const file = read(bytes)
    expect(file.rows.map((r) => r.line)).toEqual([2])
    expect(file.repeated).toBe(1)
    expect(file.bad).toEqual([
      { line: 3, field: 'formId', code: 'bad_form_id', detail: 'short' },
      { line: 4, field: 'status', code: 'unknown_status', detail: '保留中' },
      { line: 5, field: 'statusDate', code: 'bad_date', detail: '2026/13/01' },
      { line: 6, field: 'statusDate', code: 'bad_date', detail: '2027/01/01' },
      { line: 7, field: 'formId', code: 'duplicate_id', detail: '2' },
      { line: 9, field: 'nameKana', code: 'bad_kana' },
      { line: 10, field: 'formId', code: 'bad_form_id', detail: 'short' },
    ])
    expect(file.unknownWords).toEqual([{ word: '保留中', count: 1, firstLine: 4 }])
    // A bad ID is never repeated back: it may be an individual number typed in the wrong column.
    expect(JSON.stringify(file.bad)).not.toContain('1234 5678 9018')
  })

  it('refuses a file without an ID column, a header only, or nothing', () => {
    const noId = utf8Csv(['番号', 'ステータス', 'ステータス日'], [['1', '審査中', '2026/11/01']])
    expect(readStatusFile(noId, { mapping: null, today: TODAY })).toEqual({ code: 'no_form_id_column' })
    expect(readStatusFile(utf8Csv(HEADER, []), { mapping: null, today: TODAY })).toEqual({
      code: 'header_only',
    })
    expect(readStatusFile(new Uint8Array(), { mapping: null, today: TODAY })).toEqual({ code: 'empty' })
  })

  it('reads the optional columns as dates, kana and a guarded method', () => {
    const file = read(
      utf8Csv(HEADER, [
        [ID1, '交付通知書発送済', 'R8.11.20', '2026-10-01', '郵送', 'やまだ はなこ', 'S55.4.1', '2026/11/20'],
      ]),
    )
    expect(file.rows[0]).toMatchObject({
      appliedOn: '2026-10-01',
      method: '郵送',
      nameKana: 'ヤマダ ハナコ',
      birthDate: '1980-04-01',
      noticeSentOn: '2026-11-20',
      statusDate: '2026-11-20',
    })
  })

  it('every default label is a known status word', () => {
    expect(Object.keys(defaultWords())).toEqual(
      expect.arrayContaining([
        '申請受付',
        '審査中',
        '発行準備中',
        '市区町村へ発送済',
        '交付通知書発送済',
        '交付済',
        '不備返戻',
      ]),
    )
  })
})

describe('申請書ID normalisation (property)', () => {
  const digits23 = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 23, maxLength: 23 })
    .map((d) => d.join(''))
    .filter((id) => !/^(\d)\1*$/.test(id))
  const separator = fc.constantFrom(' ', '　', '-', 'ー', '－', '')

  it('any width, spaces and hyphens between any digits read as the same ID', () => {
    fc.assert(
      fc.property(
        digits23,
        fc.array(separator, { minLength: 23, maxLength: 23 }),
        fc.boolean(),
        (id, seps, wide) => {
          const typed = [...id]
            .map((d, i) => (wide ? String.fromCharCode(0xff10 + Number(d)) : d) + (seps[i] ?? ''))
            .join('')
          expect(normaliseApplicationFormId(typed)).toBe(id)
          expect(applicationFormIdProblem(typed)).toBeNull()
        },
      ),
    )
  })

  it('a 23-digit ID is never read as an individual number, and a 12-digit one is never an ID', () => {
    fc.assert(
      fc.property(digits23, (id) => {
        expect(containsIndividualNumber(id)).toBe(false)
        expect(applicationFormIdProblem(id.slice(0, 12))).toEqual({ code: 'short', count: 11 })
      }),
    )
  })

  it('the spoken form of a synthetic ID reads back as the ID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        expect(normaliseApplicationFormId(spokenFormId(syntheticFormId(n)))).toBe(syntheticFormId(n))
      }),
    )
  })
})
