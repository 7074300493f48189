import { defineMessages } from '../define'

/** Booking (交付予約): its error codes, and the words the desk shows for the server's codes. */
export const bookingMessages = defineMessages({
  'error.slot_full': {
    ja: 'この枠は満席になりました。空いている枠をご案内してください。',
    en: 'This slot is now full. Offer one of the free slots instead.',
  },
  'error.slot_not_bookable': {
    ja: 'この日時は予約できません（休業日・受付時間外、または過ぎた時間です）。',
    en: 'This date and time cannot be booked (the counter is closed then, or the time has passed).',
  },
  'error.outside_window': {
    ja: '予約受付期間の外です。予約は前日まで、60日先まで受け付けます。',
    en: 'This is outside the booking window: bookings close the day before and open 60 days ahead.',
  },
  'error.version_conflict': {
    ja: 'この予約はほかの操作で変更されました。最新の内容を確認してからやり直してください。',
    en: 'This booking was changed by someone else. Check the latest details and try again.',
  },
  'error.attendance_not_due': {
    ja: '来庁は予約日から、無断キャンセル（不来庁）は予約時刻を過ぎてから記録できます。',
    en: 'Attended can be recorded from the booking date, and no-show only after the booking time has passed.',
  },
  'error.booking_not_live': {
    ja: 'この予約はキャンセル済み、または来庁の記録済みのため変更できません。',
    en: 'This booking is cancelled or already marked attended or no-show, so it cannot be changed.',
  },
  'error.idempotency_key_reused': {
    ja: '同じ操作番号で内容の違う予約が送られました。画面を開き直してから予約してください。',
    en: 'A different booking was sent with the same request key. Reopen the screen and book again.',
  },
  'error.calendar_strands_bookings': {
    ja: 'この変更では、既にある予約が受けられなくなります。先に対象の予約を移動してください。',
    en: 'This change would leave existing bookings without a slot. Move those bookings first.',
  },
  'field.periods_overlap': { ja: '期間が重なっています。', en: 'Periods overlap.' },
  'field.duplicate_date': { ja: '同じ日付が重複しています。', en: 'The same date appears twice.' },

  'booking.status.booked': { ja: '予約中', en: 'Booked' },
  'booking.status.cancelled': { ja: 'キャンセル', en: 'Cancelled' },
  'booking.status.attended': { ja: '来庁済み', en: 'Attended' },
  'booking.status.no_show': { ja: '来庁なし', en: 'No-show' },
  'booking.channel.phone': { ja: '電話（代行入力）', en: 'Phone (entered by operator)' },
  'booking.channel.web': { ja: 'Web', en: 'Web' },
  'booking.channel.counter': { ja: '窓口', en: 'Counter' },
  'booking.event.created': { ja: '予約', en: 'Booked' },
  'booking.event.moved': { ja: '日時変更', en: 'Moved' },
  'booking.event.cancelled': { ja: 'キャンセル', en: 'Cancelled' },
  'booking.event.attended': { ja: '来庁', en: 'Attended' },
  'booking.event.no_show': { ja: '来庁なし', en: 'No-show' },
  'booking.event.updated': { ja: '変更', en: 'Updated' },
  'booking.search.ref': { ja: '予約番号で検索', en: 'Searching by booking reference' },
  'booking.search.invalid_ref': {
    ja: '予約番号の確認文字が合いません。もう一度お聞きしてください。',
    en: 'The check character of this reference does not fit. Please ask again.',
  },
  'booking.search.phone': { ja: '電話番号で検索', en: 'Searching by phone number' },
  'booking.search.birth_date': { ja: '生年月日で検索', en: 'Searching by date of birth' },
  'booking.search.kana': { ja: 'フリガナで検索', en: 'Searching by kana' },
  'booking.search.name': { ja: '氏名で検索', en: 'Searching by name' },
  'booking.closed.weekday': { ja: '休業日', en: 'Closed' },
  'booking.closed.holiday': { ja: '祝日', en: 'National holiday' },
  'booking.closed.year_end': { ja: '年末年始', en: 'Year-end closure' },
  'booking.closed.exception': { ja: '臨時休業', en: 'Closed that day' },
  'booking.closed.no_period': { ja: '受付期間外', en: 'No counter hours set' },
  'booking.notBookable.closed': { ja: '休業日です', en: 'The counter is closed' },
  'booking.notBookable.not_a_slot': { ja: '予約枠の時刻ではありません', en: 'Not a slot time' },
  'booking.notBookable.past': { ja: '過ぎた時間です', en: 'That time has passed' },
})
