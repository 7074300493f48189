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
  'field.unknown_reference': {
    ja: '登録されていない値です。',
    en: 'This is not a known value.',
  },
})
