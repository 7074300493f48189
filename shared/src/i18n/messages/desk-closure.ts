import { defineMessages } from '../define'

/** Emergency closures (臨時休業) and the call-back list the desk works through. */
export const deskClosureMessages = defineMessages({
  'desk.closure.tab': { ja: '臨時休業', en: 'Emergency closure' },
  'desk.closure.title': { ja: '臨時休業を記録する', en: 'Record an emergency closure' },
  'desk.closure.lead': {
    ja: '大雪やシステム障害で窓口を開けられない日を、予約が入っていてもすぐに休業にします。その日の予約は取り消さず、折り返し連絡の一覧に載ります。',
    en: 'Closes a day at once when the counter cannot open (snow, a system fault), even with bookings on it. Those bookings are not cancelled: they go on the call-back list.',
  },
  'desk.closure.date': { ja: '休業する日', en: 'Day to close' },
  'desk.closure.reason': { ja: '理由', en: 'Reason' },
  'desk.closure.reason.snow': { ja: '大雪・悪天候', en: 'Snow or bad weather' },
  'desk.closure.reason.system': { ja: 'システム障害', en: 'System fault' },
  'desk.closure.reason.other': { ja: 'その他', en: 'Other' },
  'desk.closure.note': { ja: 'メモ（任意）', en: 'Note (optional)' },
  'desk.closure.submit': { ja: 'この日を休業にする', en: 'Close this day' },
  'desk.closure.confirm': {
    ja: '{date}を休業にします。予約のある方は折り返し連絡の一覧に載ります。よろしいですか。',
    en: 'Close {date}? Anyone booked that day goes on the call-back list.',
  },
  'desk.closure.done': {
    ja: '{date}を休業にしました。折り返し連絡が必要な予約: {count}件',
    en: '{date} is closed. Bookings to call back: {count}',
  },

  'desk.calendar.contact': { ja: '窓口の連絡先', en: 'Counter contact' },
  'desk.calendar.contactLead': {
    ja: '予約の確認票に印刷されます。',
    en: 'Printed on each booking confirmation.',
  },
  'desk.calendar.contactPlace': { ja: '窓口', en: 'Counter' },
  'desk.calendar.contactAddress': { ja: '住所', en: 'Address' },
  'desk.calendar.contactPhone': { ja: '電話番号', en: 'Phone' },
  'desk.print.contact': { ja: 'お問い合わせ・ご来庁先', en: 'Where to come and whom to call' },

  'desk.callbacks.title': { ja: '臨時休業の折り返し連絡', en: 'Closure call-backs' },
  'desk.callbacks.lead': {
    ja: '休業日に予約のあった方へ電話し、結果を記録します。',
    en: 'Call everyone booked on a closed day and record how it went.',
  },
  'desk.callbacks.none': {
    ja: '折り返し連絡の必要な臨時休業はありません。',
    en: 'No emergency closures to call back.',
  },
  'desk.callbacks.closure': {
    ja: '{date} 休業（{reason}）',
    en: '{date} closed ({reason})',
  },
  'desk.callbacks.progress': {
    ja: '連絡済 {reached} / {total}件、つながらず {notReached}件、未連絡 {pending}件',
    en: '{reached} of {total} reached, {notReached} not reached, {pending} not called',
  },
  'desk.callbacks.empty': { ja: 'この日に予約はありませんでした。', en: 'Nobody was booked that day.' },
  'desk.callbacks.phone': { ja: '電話番号', en: 'Phone' },
  'desk.callbacks.outcome': { ja: '連絡', en: 'Call' },
  'desk.callbacks.outcome.pending': { ja: '未連絡', en: 'Not called' },
  'desk.callbacks.outcome.reached': { ja: 'つながった', en: 'Reached' },
  'desk.callbacks.outcome.not_reached': { ja: 'つながらなかった', en: 'Not reached' },
  'desk.callbacks.attempts': { ja: '{count}回目 {at} {by}', en: 'call {count}, {at} {by}' },
  'desk.callbacks.markReached': { ja: 'つながった', en: 'Reached' },
  'desk.callbacks.markNotReached': { ja: 'つながらなかった', en: 'Not reached' },
  'desk.callbacks.open': { ja: '予約を開く', en: 'Open booking' },
  'desk.callbacks.status': { ja: '予約の状態', en: 'Booking' },
})
