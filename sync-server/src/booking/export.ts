import { type ExportQuery, formatRef, translate } from '@madoguchi/shared'
import type { z } from 'zod'
import { audited } from '../audit/unit'
import { columns, csvFile } from '../csv/writer'
import type { Deps } from '../deps'
import type { Actor } from './actor'
import { bookingsBetween, toBooking } from './queries'
import { bookingTypes } from './setup-queries'

// Typed columns (csv/writer.ts): the phone number, the booking number and the group ID keep their
// exact form in Excel; the dates and Tokyo times read as dates and date-times.
const COLUMNS = columns(
  ['予約番号', 'code'],
  ['予約日', 'date'],
  ['開始時刻', 'text'],
  ['終了時刻', 'text'],
  ['予約種別', 'text'],
  ['状態', 'text'],
  ['氏名', 'text'],
  ['フリガナ', 'text'],
  ['生年月日', 'date'],
  ['電話番号', 'code'],
  ['代理人', 'text'],
  ['受付経路', 'text'],
  ['グループID', 'code'],
  ['登録者', 'text'],
  ['登録日時', 'datetime'],
  ['更新日時', 'datetime'],
)

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
    b.createdAt,
    b.updatedAt,
  ])
  return {
    bytes: csvFile(COLUMNS, body, query.encoding),
    filename: `bookings_${query.from}_${query.to}${query.encoding === 'sjis' ? '_sjis' : ''}.csv`,
  }
}
