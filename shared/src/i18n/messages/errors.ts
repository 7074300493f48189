import { defineMessages } from '../define'

/** Messages for API error codes (`error.<code>`) and field problems (`field.<code>`). */
export const errorMessages = defineMessages({
  'error.bad_request': { ja: 'リクエストの形式が正しくありません。', en: 'The request is malformed.' },
  'error.validation_failed': {
    ja: '入力内容に誤りがあります。各項目を確認してください。',
    en: 'Some fields are not valid. Please check each one.',
  },
  'error.unauthenticated': {
    ja: 'サインインが必要です。もう一度サインインしてください。',
    en: 'Please sign in again.',
  },
  'error.forbidden': { ja: 'この操作を行う権限がありません。', en: 'You are not allowed to do this.' },
  'error.csrf_failed': {
    ja: '画面の有効期限が切れました。再読み込みしてからもう一度操作してください。',
    en: 'This page has expired. Reload it and try again.',
  },
  'error.not_found': { ja: '見つかりませんでした。', en: 'Not found.' },
  'error.record_deleted': {
    ja: 'この記録は端末で削除されたため、受け付けません。',
    en: 'This record was deleted on the tablet and is no longer accepted.',
  },
  'error.not_owner': {
    ja: 'この記録は別の端末または別のアカウントで作成されたため、変更できません。',
    en: 'This record was made on another tablet or by another account and cannot be changed here.',
  },
  'error.conflict': {
    ja: 'ほかの操作と重なりました。最新の状態を確認してください。',
    en: 'This clashed with another change. Check the latest state.',
  },
  'error.payload_too_large': { ja: 'データが大きすぎます。', en: 'The data is too large.' },
  'error.unsupported_media_type': {
    ja: 'この形式のデータは受け付けられません。',
    en: 'This kind of data is not accepted.',
  },
  'error.rate_limited': {
    ja: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
    en: 'Too many attempts. Please wait a while and try again.',
  },
  'error.invalid_credentials': {
    ja: 'ログインIDまたはパスワードが違います。',
    en: 'The login ID or password is wrong.',
  },
  'error.internal': {
    ja: 'システムでエラーが起きました。時間をおいてもう一度お試しください。',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'error.timeout': {
    ja: 'サーバーから応答がありません。少し待ってからもう一度お試しください。',
    en: 'The server did not answer. Please wait a moment and try again.',
  },
  'error.network': {
    ja: 'サーバーにつながりません。ネットワークを確認してください。',
    en: 'Cannot reach the server. Check the network.',
  },
  'error.login_id_taken': {
    ja: 'このログインIDはすでに使われています。別のIDにしてください。',
    en: 'This login ID is already taken. Choose another.',
  },
  'error.last_admin': {
    ja: '有効な管理者がほかにいないため、この操作はできません。先に別の管理者を用意してください。',
    en: 'This is the last active administrator, so this cannot be done. Make another administrator first.',
  },
  'field.login_id_format': {
    ja: '英小文字で始め、英小文字・数字・「.」「_」「-」だけで3〜32文字にしてください。',
    en: 'Start with a lower-case letter; use 3–32 lower-case letters, digits, ".", "_" or "-".',
  },
  'field.required': { ja: '入力してください。', en: 'Required.' },
  'field.too_long': { ja: '長すぎます。', en: 'Too long.' },
  'field.too_short': { ja: '短すぎます。', en: 'Too short.' },
  'field.too_big': { ja: '値が大きすぎます。', en: 'Too large.' },
  'field.too_small': { ja: '値が小さすぎます。', en: 'Too small.' },
  'field.invalid_format': { ja: '形式が正しくありません。', en: 'Wrong format.' },
  'field.invalid_type': { ja: '値の種類が正しくありません。', en: 'Wrong kind of value.' },
  'field.invalid_value': { ja: '選べない値です。', en: 'Not an allowed value.' },
  'field.invalid_date': { ja: '日付が正しくありません。', en: 'Not a valid date.' },
  'field.unrecognized_keys': { ja: '不明な項目があります。', en: 'Unknown field.' },
  'field.custom': { ja: '値が正しくありません。', en: 'Not a valid value.' },
  'field.individual_number': {
    ja: '個人番号（マイナンバー）が含まれている可能性があるため保存できません。12桁の数字（区切りや全角・漢数字を含む）を削除してください。',
    en: 'This cannot be saved because it may contain an individual number (My Number). Please remove the 12 digits (however they are separated or written).',
  },
})
