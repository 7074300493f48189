import { defineMessages } from '../define'

/** Application status (申請状況): the import of the city's file, and the lookup during a call. */
export const statusMessages = defineMessages({
  'error.status_file_refused': {
    ja: 'このファイルは取り込めません。',
    en: 'This file cannot be imported.',
  },
  'error.status_file_has_bad_lines': {
    ja: '誤りのある行があるため、何も取り込んでいません。プレビューの一覧を直してから取り込んでください。',
    en: 'Nothing was imported: some lines have errors. Fix the lines the preview lists, then import.',
  },
  'error.status_file_changed': {
    ja: 'プレビューしたファイルと内容が違います。もう一度プレビューしてください。',
    en: 'This is not the file that was previewed. Preview it again.',
  },
  'field.form_id_empty': { ja: '申請書IDを入力してください。', en: 'Enter the application form ID.' },
  'field.form_id_not_digits': {
    ja: '申請書IDは数字23桁です。',
    en: 'The application form ID is 23 digits.',
  },
  'field.form_id_short': {
    ja: '申請書IDの数字があと{count}桁足りません。',
    en: '{count} more digit|{count} more digits needed.',
  },
  'field.form_id_long': {
    ja: '申請書IDの数字が{count}桁多すぎます。',
    en: '{count} digit too many|{count} digits too many.',
  },
  'field.form_id_same_digit': {
    ja: '同じ数字だけの申請書IDはありません。',
    en: 'No application form ID is one digit repeated.',
  },
  'field.every_status': {
    ja: 'すべての申請状況を1回ずつ設定してください。',
    en: 'Set every status, each once.',
  },
  'status.file.wrong_encoding': {
    ja: '文字コードを読めません（UTF-8 または Shift_JIS のCSVにしてください）。',
    en: 'The encoding cannot be read (use a UTF-8 or Shift_JIS CSV).',
  },
  'status.file.not_text': {
    ja: 'CSVではありません（文字以外のデータが含まれています）。',
    en: 'Not a CSV (it holds data other than text).',
  },
  'status.file.empty': { ja: 'ファイルが空です。', en: 'The file is empty.' },
  'status.file.header_only': {
    ja: '見出し行だけで、データの行がありません。',
    en: 'Only a header row: there are no data rows.',
  },
  'status.file.no_form_id_column': {
    ja: '申請書IDの列が見つかりません。列の対応づけを確認してください。',
    en: 'No application form ID column. Check the column mapping.',
  },
  'status.file.too_many_rows': {
    ja: '行が多すぎます（30万行まで）。',
    en: 'Too many rows (300,000 at most).',
  },
  'status.file.missing_column': {
    ja: '列「{header}」がありません。列の対応づけを確認してください。',
    en: 'There is no column "{header}". Check the column mapping.',
  },
  'status.file.unclosed_quote': {
    ja: '{line}行目で始まる引用符（"）が閉じられていません。',
    en: 'The quote (") opened on line {line} is never closed.',
  },
})
