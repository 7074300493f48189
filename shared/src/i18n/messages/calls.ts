import { defineMessages } from '../define'

/** The call (通話) as the desk's unit: the call bar, its keys, the call log, escalations, complaints. */
export const callsMessages = defineMessages({
  'calls.keys.group.call': { ja: '通話', en: 'Call' },
  'calls.key.help': { ja: 'キー一覧を表示', en: 'Show the keys' },
  'calls.key.take': { ja: '電話を受ける（通話時間の計測開始）', en: 'Take a call (the talk timer starts)' },
  'calls.key.log': { ja: '通話記録の入力へ', en: 'Go to the call log' },
  'calls.bar.label': { ja: '通話中', en: 'On a call' },
  'calls.bar.idle': { ja: '通話していません', en: 'No call' },
  'calls.bar.take': { ja: '電話を受ける', en: 'Take a call' },
  'calls.bar.timer': { ja: '通話時間', en: 'Talk time' },
  'calls.bar.links': { ja: 'この通話で扱ったもの', en: 'Touched in this call' },
  'calls.bar.noLinks': { ja: 'まだありません', en: 'Nothing yet' },
  'calls.bar.discard': { ja: '記録せずに破棄', en: 'Discard without logging' },
  'calls.bar.discardConfirm': {
    ja: 'この通話を記録せずに破棄しますか？',
    en: 'Discard this call without logging it?',
  },
  'calls.link.booking.booked': { ja: '予約 {ref}', en: 'Booked {ref}' },
  'calls.link.booking.moved': { ja: '日時変更 {ref}', en: 'Moved {ref}' },
  'calls.link.booking.cancelled': { ja: 'キャンセル {ref}', en: 'Cancelled {ref}' },
  'calls.link.faq.used': { ja: 'FAQ {ref}', en: 'FAQ {ref}' },
  'calls.link.status.looked_up': { ja: '申請状況 {ref}', en: 'Status {ref}' },
})
