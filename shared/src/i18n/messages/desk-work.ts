import { defineMessages } from '../define'

/** The desk's fixes from issue #12: the cancel reason, navigation, staff accounts and the call-back list. */
export const deskWorkMessages = defineMessages({
  'desk.cancel.reason': { ja: 'キャンセルの理由（任意）', en: 'Reason for cancelling (optional)' },
  'desk.cancel.reason.schedule': { ja: '都合が悪くなった', en: 'No longer convenient' },
  'desk.cancel.reason.illness': { ja: '体調不良', en: 'Unwell' },
  'desk.cancel.reason.rebook': { ja: '別の日時で予約し直す', en: 'Will book another time' },
  'desk.cancel.reason.elsewhere': { ja: '別の窓口で受け取る', en: 'Collecting elsewhere' },
  'desk.cancel.reason.mistake': { ja: '誤って予約した', en: 'Booked by mistake' },
})
