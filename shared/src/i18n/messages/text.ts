import { defineMessages } from '../define'

/** Field problems of the text gate (text/safe-text.ts) and the plausible-range checks. */
export const textMessages = defineMessages({
  'field.invalid_characters': {
    ja: '使えない文字（制御文字、表示順を変える文字など）が含まれています。削除してください。',
    en: 'This contains characters that cannot be stored (control or text-direction characters). Please remove them.',
  },
  'field.date_out_of_range': {
    ja: 'ありえない日付です。確認してください。',
    en: 'This date is out of the possible range. Please check it.',
  },
  'error.invalid_photo': {
    ja: '顔写真として受け付けられないデータです（JPEG、辺480〜6000px、20KB〜7MB）。撮り直してください。',
    en: 'This is not a face photo the rules accept (JPEG, sides 480–6000 px, 20 KB – 7 MB). Please retake it.',
  },
  'sync.reject.invalid_photo': {
    ja: '顔写真のデータが写真の規格に合わないため、サーバーに保存されませんでした。撮り直してください。',
    en: 'The face photo does not meet the photo rules and was not stored on the server. Please retake it.',
  },
  'field.unknown_reference': {
    ja: '登録されていない値です。',
    en: 'This is not a known value.',
  },
})
