import { defineMessages } from '../define'

/** The booking desk (交付予約の電話受付): the operator's workspace, its keys, the day list, the calendar. */
export const deskMessages = defineMessages({
  'desk.home.bookingsLead': {
    ja: '電話で予約を受ける・確認する・変更する',
    en: 'Take, find and change bookings by phone',
  },
  'desk.bookings.title': { ja: '交付予約の受付', en: 'Issuance bookings' },
  'desk.bookings.links': { ja: '予約の関連画面', en: 'Booking screens' },

  // Find
  'desk.find.label': {
    ja: '検索（予約番号・電話番号・フリガナ・生年月日）',
    en: 'Find (booking reference, phone, kana or date of birth)',
  },
  'desk.find.placeholder': {
    ja: '例: K7M-4QX-P / 090-1234-5678 / ヤマダ / S55.4.1',
    en: 'e.g. K7M-4QX-P / 090-1234-5678 / ヤマダ / 1980-04-01',
  },
  'desk.find.hint': {
    ja: '入力の種類は自動判定。Enter で検索、もう一度 Enter で選んだ結果を開く。? でキー一覧。',
    en: 'The kind of input is recognised as you type. Enter searches, Enter again opens the chosen result; ? lists the keys.',
  },
  'desk.find.submit': { ja: '検索', en: 'Search' },
  'desk.find.none': {
    ja: '該当する予約はありません。新しい予約は Alt+N です。',
    en: 'No booking found. Alt+N starts a new booking.',
  },
  'desk.find.results': { ja: '検索結果 {count}件', en: '{count} booking found|{count} bookings found' },

  // New booking
  'desk.new.title': { ja: '新しい予約', en: 'New booking' },
  'desk.new.idle': {
    ja: '予約の種類を数字キー 1〜6 で選ぶと、空き枠が表示されます。',
    en: 'Choose the kind of booking with keys 1–6 to see the free slots.',
  },
  'desk.new.start': { ja: '新しい予約を始める', en: 'Start a new booking' },
  'desk.new.type': { ja: '予約の種類', en: 'Kind of booking' },
  'desk.new.party': { ja: '人数', en: 'People' },
  'desk.new.people': { ja: '{count}名', en: '{count}' },
  'desk.new.familyNote': {
    ja: 'ご家族は同じ時間にまとめて予約します（全員分が取れない場合は予約されません）。',
    en: 'A family is booked together at the same time: all of them, or none.',
  },
  'desk.person.title': { ja: 'ご本人', en: 'The person' },
  'desk.person.nth': { ja: '{n}人目', en: 'Person {n}' },
  'desk.person.name': { ja: '氏名', en: 'Name' },
  'desk.person.kana': { ja: 'フリガナ', en: 'Kana' },
  'desk.person.birthDate': { ja: '生年月日', en: 'Date of birth' },
  'desk.person.phone': { ja: '電話番号', en: 'Phone' },
  'desk.person.nameExample': { ja: '例: 恵庭 太郎', en: 'e.g. 恵庭 太郎' },
  'desk.person.kanaExample': { ja: 'ひらがなでも入力できます', en: 'Hiragana is converted to katakana' },
  'desk.person.birthDateExample': {
    ja: '例: 1980-04-01、19800401、S55.4.1',
    en: 'e.g. 1980-04-01, 19800401, S55.4.1',
  },
  'desk.person.phoneExample': { ja: '例: 090-1234-5678', en: 'e.g. 090-1234-5678' },
  'desk.person.proxy': { ja: '代理人が来庁する', en: 'A proxy will come instead' },
  'desk.book.submit': { ja: 'この内容で予約する', en: 'Book' },
  'desk.book.busy': { ja: '予約しています…', en: 'Booking…' },
  'desk.book.done': {
    ja: '予約しました。予約番号 {ref} を読み上げてください。',
    en: 'Booked. Read reference {ref} back to the caller.',
  },
  'desk.book.noSlot': {
    ja: '先に種類と枠を選んでください。',
    en: 'Choose the kind of booking and a slot first.',
  },

  // Slots and holds
  'desk.slots.title': { ja: '空き枠', en: 'Free slots' },
  'desk.slots.for': {
    ja: '{type}・{count}名の空き枠',
    en: 'Free slots: {type}, {count} person|Free slots: {type}, {count} people',
  },
  'desk.slots.chooseType': {
    ja: '予約の種類を選んでください（1〜6）。',
    en: 'Choose the kind of booking (1–6).',
  },
  'desk.slots.howto': {
    ja: '↑↓ で選び、Enter で仮押さえ。PgDn で翌日へ。',
    en: '↑↓ to choose, Enter to hold. PgDn for the next day.',
  },
  'desk.slots.none': {
    ja: '予約受付期間内に空き枠がありません。',
    en: 'No free slots in the booking window.',
  },
  'desk.slots.left': { ja: '残り{count}', en: '{count} left' },
  'desk.slots.held': { ja: '仮押さえ中', en: 'Held' },
  'desk.slots.fullOffered': {
    ja: 'その枠は満席になりました。次の空き枠を表示しています。',
    en: 'That slot is now full. The next free slots are shown.',
  },
  'desk.slots.fullNone': {
    ja: 'その枠は満席になり、ほかに空き枠がありません。',
    en: 'That slot is now full and there are no other free slots.',
  },
  'desk.hold.left': { ja: '仮押さえ 残り {time}', en: 'Held for {time}' },

  // An open booking
  'desk.detail.title': { ja: '予約内容', en: 'Booking' },
  'desk.detail.ref': { ja: '予約番号', en: 'Reference' },
  'desk.detail.when': { ja: '日時', en: 'Date and time' },
  'desk.detail.type': { ja: '種類', en: 'Kind' },
  'desk.detail.proxy': { ja: '代理人', en: 'Proxy' },
  'desk.detail.channel': { ja: '受付方法', en: 'Taken by' },
  'desk.detail.yes': { ja: 'あり', en: 'Yes' },
  'desk.detail.no': { ja: 'なし', en: 'No' },
  'desk.action.move': { ja: '日時を変更', en: 'Move' },
  'desk.action.cancel': { ja: 'キャンセル', en: 'Cancel booking' },
  'desk.action.attended': { ja: '来庁済みにする', en: 'Mark attended' },
  'desk.action.noShow': { ja: '来庁なしにする', en: 'Mark no-show' },
  'desk.action.print': { ja: '確認票を印刷', en: 'Print confirmation' },
  'desk.action.dayList': { ja: 'この日の一覧', en: 'List for the day' },
  'desk.move.howto': {
    ja: '新しい枠を ↑↓ で選び Enter で仮押さえ、Alt+B で変更を確定します。',
    en: 'Choose the new slot with ↑↓, Enter to hold it, Alt+B to confirm the move.',
  },
  'desk.move.confirm': { ja: 'この枠に変更する', en: 'Move to this slot' },
  'desk.move.stop': { ja: '変更をやめる', en: 'Keep the current slot' },
  'desk.move.done': {
    ja: '日時を変更しました。新しい日時を読み上げてください。',
    en: 'Moved. Read the new date and time back.',
  },
  'desk.cancel.question': { ja: 'この予約をキャンセルしますか？', en: 'Cancel this booking?' },
  'desk.cancel.confirm': { ja: 'キャンセルする', en: 'Yes, cancel it' },
  'desk.cancel.back': { ja: '戻る', en: 'Go back' },
  'desk.status.done.cancel': { ja: '予約をキャンセルしました。', en: 'The booking is cancelled.' },
  'desk.status.done.attended': { ja: '来庁済みにしました。', en: 'Marked as attended.' },
  'desk.status.done.no-show': { ja: '来庁なしにしました。', en: 'Marked as no-show.' },
  'desk.history.title': { ja: '履歴', en: 'History' },
  'desk.history.system': { ja: 'システム', en: 'System' },
  'desk.group.title': { ja: '同じ通話で予約した方', en: 'Booked in the same call' },

  // Read-back
  'desk.readBack.title': { ja: '読み上げ', en: 'Read back' },
  'desk.readBack.empty': {
    ja: '予約の種類と枠を選ぶと、ここに読み上げる文が出ます。',
    en: 'Choose a kind of booking and a slot; what to read out appears here.',
  },
  'desk.readBack.offer': { ja: '{when}はいかがでしょうか。', en: 'How about {when}?' },
  'desk.readBack.bring': { ja: '当日お持ちいただくもの', en: 'What to bring' },
  'desk.readBack.spelled': { ja: '予約番号の読み方', en: 'How to say the reference' },
  'desk.readBack.notLive': {
    ja: 'この予約は有効ではありません（キャンセル済み、または来庁の記録済み）。',
    en: 'This booking is no longer live (cancelled, or attendance recorded).',
  },
  'desk.print.title': {
    ja: 'マイナンバーカード交付予約 確認票',
    en: 'My Number Card issuance booking: confirmation',
  },
  'desk.print.foot': {
    ja: '恵庭市 マイナンバーカード交付窓口。変更・キャンセルは予約番号をお知らせのうえお電話ください。',
    en: 'Eniwa City My Number Card counter. To change or cancel, call us with your booking reference.',
  },

  // Day list
  'desk.day.title': { ja: '{date}の予約一覧', en: 'Bookings on {date}' },
  'desk.day.print': { ja: '印刷', en: 'Print' },
  'desk.day.back': { ja: '予約受付に戻る', en: 'Back to bookings' },
  'desk.day.count': { ja: '{count}件', en: '{count} booking|{count} bookings' },
  'desk.day.time': { ja: '時間', en: 'Time' },
  'desk.day.status': { ja: '状態', en: 'Status' },
  'desk.day.badDate': { ja: '日付が正しくありません。', en: 'That is not a valid date.' },

  // Keys (the `?` help is rendered from the table in pwa/src/desk/booking/keys.ts)
  'desk.keys.title': { ja: 'キー操作', en: 'Keys' },
  'desk.keys.close': { ja: '閉じる', en: 'Close' },
  'desk.keys.group.call': { ja: '検索', en: 'Find' },
  'desk.keys.group.new': { ja: '新しい予約', en: 'New booking' },
  'desk.keys.group.slots': { ja: '枠と予約', en: 'Slots and booking' },
  'desk.keys.group.booking': { ja: '予約の変更', en: 'Change a booking' },
  'desk.key.find': { ja: '検索欄へ（通話の始まり）', en: 'Go to the find box (a call starts)' },
  'desk.key.help': { ja: 'キー一覧を表示', en: 'Show the keys' },
  'desk.key.toResults': { ja: '検索結果へ', en: 'Go to the results' },
  'desk.key.resultNext': { ja: '次の検索結果', en: 'Next result' },
  'desk.key.resultPrev': { ja: '前の検索結果', en: 'Previous result' },
  'desk.key.openResult': { ja: '予約を開く', en: 'Open the booking' },
  'desk.key.new': { ja: '新しい予約', en: 'New booking' },
  'desk.key.types': { ja: '予約の種類を選ぶ', en: 'Choose the kind of booking' },
  'desk.key.type1': { ja: '新規交付', en: 'New card issuance' },
  'desk.key.type2': { ja: '更新', en: 'Card renewal' },
  'desk.key.type3': { ja: '再交付', en: 'Card reissue' },
  'desk.key.type4': { ja: '電子証明書更新', en: 'Electronic certificate renewal' },
  'desk.key.type5': { ja: '暗証番号再設定・ロック解除', en: 'PIN reset or unlock' },
  'desk.key.type6': { ja: 'その他', en: 'Other' },
  'desk.key.morePeople': { ja: '人数を増やす', en: 'One more person' },
  'desk.key.fewerPeople': { ja: '人数を減らす', en: 'One person fewer' },
  'desk.key.slots': { ja: '空き枠の一覧へ', en: 'Go to the free slots' },
  'desk.key.slotNext': { ja: '次の枠', en: 'Next slot' },
  'desk.key.slotPrev': { ja: '前の枠', en: 'Previous slot' },
  'desk.key.dayNext': { ja: '翌日の最初の枠', en: 'First slot of the next day' },
  'desk.key.dayPrev': { ja: '前日の枠', en: 'Previous day' },
  'desk.key.hold': { ja: 'この枠を仮押さえ', en: 'Hold this slot' },
  'desk.key.person': { ja: '氏名などの入力へ', en: 'Go to the person details' },
  'desk.key.book': { ja: '予約する／日時変更を確定', en: 'Book / confirm the move' },
  'desk.key.move': { ja: '日時を変更', en: 'Move to another slot' },
  'desk.key.cancel': { ja: '予約をキャンセル', en: 'Cancel the booking' },
  'desk.key.attended': { ja: '来庁済みにする', en: 'Mark attended' },
  'desk.key.noShow': { ja: '来庁なしにする', en: 'Mark no-show' },
  'desk.key.print': { ja: '確認票を印刷', en: 'Print the confirmation' },
  'desk.key.dayList': { ja: 'この日の予約一覧', en: "The day's list of bookings" },

  // Calendar (supervisors)
  'desk.calendar.title': { ja: '窓口カレンダー', en: 'Counter calendar' },
})
