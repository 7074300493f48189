import { defineMessages } from '../define'

/** The desk's fixes from issue #12: the cancel reason, navigation, staff accounts and the call-back list. */
export const deskWorkMessages = defineMessages({
  'desk.cancel.reason': { ja: 'キャンセルの理由（任意）', en: 'Reason for cancelling (optional)' },
  'desk.cancel.reason.schedule': { ja: '都合が悪くなった', en: 'No longer convenient' },
  'desk.cancel.reason.illness': { ja: '体調不良', en: 'Unwell' },
  'desk.cancel.reason.rebook': { ja: '別の日時で予約し直す', en: 'Will book another time' },
  'desk.cancel.reason.elsewhere': { ja: '別の窓口で受け取る', en: 'Collecting elsewhere' },
  'desk.cancel.reason.mistake': { ja: '誤って予約した', en: 'Booked by mistake' },
  'desk.bookings.readOnly': {
    ja: '予約の検索と確認ができます。予約の受付・変更・キャンセルはコールセンターが行います。',
    en: 'You can find and read bookings. The call center makes, moves and cancels them.',
  },
  'desk.crumbs': { ja: '現在の位置', en: 'You are here' },
  'desk.day.prev': { ja: '前の日', en: 'Previous day' },
  'desk.day.next': { ja: '次の日', en: 'Next day' },
  'desk.day.steps': { ja: '日付を移る', en: 'Other days' },
  'desk.day.today': { ja: '今日の予約一覧', en: "Today's bookings" },
  'desk.person.samePhone': {
    ja: '1人目と同じ番号（{phone}）を使えます。別の番号なら上書きしてください。',
    en: "The first person's number ({phone}) is offered; type over it if theirs differs.",
  },
  'desk.find.empty': {
    ja: '予約番号、電話番号、フリガナ、生年月日のどれかを入力してください。',
    en: 'Type a booking reference, a phone number, the name in kana or a date of birth.',
  },
})
