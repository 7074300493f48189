import { type ExportQuery, formatRef, tokyoDateTimeText, translate } from '@madoguchi/shared'
import type { z } from 'zod'
import { audited } from '../audit/unit'
import type { Deps } from '../deps'
import type { Actor } from './actor'
import { csvText, encodeCsv } from './csv'
import { bookingsBetween, toBooking } from './queries'
import { bookingTypes } from './setup-queries'

const HEADER = [
  '予約番号',
  '予約日',
  '開始時刻',
  '終了時刻',
  '予約種別',
  '状態',
  '氏名',
  'フリガナ',
  '生年月日',
  '電話番号',
  '代理人',
  '受付経路',
  'グループID',
  '登録者',
  '登録日時',
  '更新日時',
]

/** The bookings of a date range as a CSV file for the city, with an audit row for the export. */
export function exportCsv(
  deps: Deps,
  actor: Actor,
  query: z.output<typeof ExportQuery>,
): { bytes: Uint8Array<ArrayBuffer>; filename: string } {
  const types = new Map(bookingTypes(deps.db).map((t) => [t.code, t.label.ja]))
  const entry = {
    action: 'booking.export',
    entity: 'booking',
    detail: { from: query.from, to: query.to, encoding: query.encoding },
  }
  const rows = audited(deps, actor, entry, (unit) => {
    const found = bookingsBetween(deps.db, query.from, query.to).map(toBooking)
    unit.note({ results: found.length })
    unit.carried(found.map((b) => b.id))
    return found
  })
  const body = rows.map((b) => [
    formatRef(b.ref),
    b.date,
    b.time,
    b.endTime,
    types.get(b.type) ?? b.type,
    translate('ja', `booking.status.${b.status}`),
    b.person.name,
    b.person.kana,
    b.person.birthDate,
    b.person.phone,
    b.proxy ? '代理人' : '',
    translate('ja', `booking.channel.${b.channel}`),
    b.groupId,
    b.createdByName ?? '',
    // Tokyo time as a spreadsheet reads a date-time, not a UTC ISO string nine hours off.
    tokyoDateTimeText(b.createdAt),
    tokyoDateTimeText(b.updatedAt),
  ])
  return {
    bytes: encodeCsv(csvText([HEADER, ...body]), query.encoding),
    filename: `bookings_${query.from}_${query.to}${query.encoding === 'sjis' ? '_sjis' : ''}.csv`,
  }
}
