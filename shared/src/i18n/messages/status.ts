import { defineMessages } from '../define'

/** Application status (申請状況): the import of the city's file, and the lookup during a call. */
export const statusMessages = defineMessages({
  'status.session.title': {
    ja: 'この会場で受け付けた申請の状況',
    en: 'Status of the applications taken here',
  },
  'status.session.counts': {
    ja: '申請書IDあり {withFormId}件（うち状況ファイルに未登録 {notImported}件）',
    en: '{withFormId} with a form ID ({notImported} not in the status files yet)',
  },
  'status.session.returned': {
    ja: '不備返戻（連絡が必要）',
    en: 'Returned for a fault (contact the person)',
  },
  'status.session.visitor': { ja: '来場者 {no}', en: 'Visitor {no}' },
  'status.title': { ja: '申請状況の確認', en: 'Application status' },
  'status.home.lead': {
    ja: '申請書IDで、申請がいまどこにあるかを案内します。',
    en: 'Tell a caller where their application is, by its form ID.',
  },
  'status.import.title': { ja: '申請状況の取込', en: 'Import application status' },
  'status.import.lead': {
    ja: '市から届いた申請状況のCSVを取り込みます。',
    en: "Import the city's application status CSV.",
  },
  'status.box.label': { ja: '申請書ID（23桁）', en: 'Application form ID (23 digits)' },
  'status.box.hint': {
    ja: '全角・半角、空白やハイフンが入っていてもかまいません。Enterで検索。',
    en: 'Any width; spaces and hyphens are fine. Enter searches.',
  },
  'status.box.search': { ja: '検索', en: 'Search' },
  'status.box.digits': { ja: '{count}桁', en: '{count} digit|{count} digits' },
  'status.person.title': {
    ja: 'IDがわからないとき（カナ＋生年月日）',
    en: 'No ID at hand (kana + date of birth)',
  },
  'status.person.kana': { ja: '氏名カナ', en: 'Name in kana' },
  'status.person.birthDate': { ja: '生年月日', en: 'Date of birth' },
  'status.person.search': { ja: 'カナと生年月日で検索', en: 'Search by kana and birth date' },
  'status.person.note': {
    ja: '状況ファイルにカナと生年月日があった申請だけが見つかります。',
    en: 'Only applications whose status file carried kana and a birth date are found.',
  },
  'status.none': {
    ja: 'この申請書IDの申請は見つかりません。取込がまだか、番号の読み違いの可能性があります。',
    en: 'No application with this form ID: not imported yet, or the number was misheard.',
  },
  'status.nonePerson': {
    ja: 'このカナと生年月日の申請は見つかりません。',
    en: 'No application with this kana and date of birth.',
  },
  'status.result.status': { ja: '状況', en: 'Status' },
  'status.result.date': { ja: '日付', en: 'Date' },
  'status.result.caller': { ja: 'ご案内', en: 'What to tell the caller' },
  'status.result.next': { ja: '次に起こること', en: 'What happens next' },
  'status.result.wait': { ja: 'かかる期間の目安', en: 'How long it usually takes' },
  'status.result.history': { ja: 'これまでの経過', en: 'History' },
  'status.result.appliedOn': { ja: '申請日', en: 'Applied on' },
  'status.result.method': { ja: '申請方法', en: 'Method' },
  'status.result.kana': { ja: '氏名カナ', en: 'Name in kana' },
  'status.result.birthDate': { ja: '生年月日', en: 'Date of birth' },
  'status.result.noticeSentOn': { ja: '交付通知書発送日', en: 'Notice posted on' },
  'status.result.imported': { ja: '{date}取込のデータ', en: 'As imported on {date}' },
  'status.result.book': { ja: '交付の予約へ（この方で）', en: 'Book the issuance (for this person)' },
  'status.result.many': { ja: '{count}件見つかりました。', en: '{count} found.' },
  'status.keys.group': { ja: '申請状況', en: 'Application status' },
  'status.key.focus': {
    ja: '申請状況の確認へ（申請書IDの入力）',
    en: 'Application status (type the form ID)',
  },
  'status.key.book': {
    ja: '交付の予約へ（交付通知書発送済のとき）',
    en: 'Book the issuance (when the notice was sent)',
  },
  'status.key.person': { ja: 'カナ＋生年月日で探す', en: 'Search by kana + date of birth' },
  'status.import.source': { ja: '取込元', en: 'Source' },
  'status.import.sourceHint': {
    ja: '英数字の名前（例: city-system）。列の対応は取込元ごとに記憶します。',
    en: 'A name in letters (e.g. city-system). The column mapping is remembered per source.',
  },
  'status.import.file': { ja: 'CSVファイル', en: 'CSV file' },
  'status.import.encoding': { ja: '文字コード', en: 'Encoding' },
  'status.import.encodingDetected': {
    ja: '判定: {encoding}。違う場合は選び直してください。',
    en: 'Detected: {encoding}. Choose another if wrong.',
  },
  'status.import.preview': { ja: 'プレビュー', en: 'Preview' },
  'status.import.apply': { ja: 'すべて取り込む', en: 'Import all' },
  'status.import.sending': { ja: '送信中 {percent}%', en: 'Sending {percent}%' },
  'status.import.checking': { ja: '確認中…', en: 'Checking…' },
  'status.import.applying': { ja: '取込中…', en: 'Importing…' },
  'status.import.summary': {
    ja: '{rows}行のうち正しい行 {valid}、誤りのある行 {bad}。新規 {added}、変更 {changed}、変更なし {unchanged}。',
    en: '{rows} rows: {valid} valid, {bad} with errors. New {added}, changed {changed}, unchanged {unchanged}.',
  },
  'status.import.guessed': {
    ja: '列の対応は見出しから推定しました。確認して保存してから取り込んでください。',
    en: 'The column mapping was guessed from the header. Check it and save it before importing.',
  },
  'status.import.mapping': { ja: '列の対応', en: 'Column mapping' },
  'status.import.notImported': { ja: '（取り込まない）', en: '(not imported)' },
  'status.import.saveMapping': { ja: '対応を保存して再確認', en: 'Save the mapping and check again' },
  'status.import.words': { ja: '未登録の状況の語', en: 'Unknown status words' },
  'status.import.wordLine': {
    ja: '「{word}」{count}件（最初は{line}行目）',
    en: '"{word}": {count} (first on line {line})',
  },
  'status.import.badLines': { ja: '誤りのある行', en: 'Lines with errors' },
  'status.import.badMore': { ja: 'ほか{count}件', en: 'and {count} more' },
  'status.import.line': { ja: '{line}行目', en: 'Line {line}' },
  'status.import.sample': { ja: '取り込む内容（先頭）', en: 'What will be imported (first rows)' },
  'status.import.done': {
    ja: '取り込みました: 新規 {added}、変更 {changed}、変更なし {unchanged}。',
    en: 'Imported: new {added}, changed {changed}, unchanged {unchanged}.',
  },
  'status.import.blocked': {
    ja: '誤りのある行があるため取り込めません（すべての行が正しいときだけ取り込みます）。',
    en: 'Cannot import while lines have errors (a file is imported only when every line is right).',
  },
  'status.import.log': { ja: '最近の取込', en: 'Recent imports' },
  'status.import.held': { ja: '登録済みの申請: {count}件', en: 'Applications held: {count}' },
  'status.field.formId': { ja: '申請書ID', en: 'Form ID' },
  'status.field.status': { ja: '状況', en: 'Status' },
  'status.field.statusDate': { ja: '状況の日付', en: 'Status date' },
  'status.field.appliedOn': { ja: '申請日', en: 'Applied on' },
  'status.field.method': { ja: '申請方法', en: 'Method' },
  'status.field.nameKana': { ja: '氏名カナ', en: 'Name in kana' },
  'status.field.birthDate': { ja: '生年月日', en: 'Date of birth' },
  'status.field.noticeSentOn': { ja: '交付通知書発送日', en: 'Notice posted on' },
  'status.field.row': { ja: '行全体', en: 'Whole row' },
  'status.bad.bad_form_id': { ja: '申請書IDが正しくありません', en: 'Not a valid form ID' },
  'status.bad.unknown_status': { ja: '未登録の状況', en: 'Unknown status' },
  'status.bad.bad_date': { ja: '日付が正しくありません', en: 'Not a valid date' },
  'status.bad.bad_kana': { ja: 'カナではありません', en: 'Not kana' },
  'status.bad.bad_text': {
    ja: '使えない文字か個人番号を含みます',
    en: 'Invalid characters or an individual number',
  },
  'status.bad.missing': { ja: '空です', en: 'Empty' },
  'status.bad.duplicate_id': {
    ja: '同じ申請書IDが別の状況で重複（最初は{detail}行目）',
    en: 'Same form ID with another status (first on line {detail})',
  },
  'status.bad.cell_count': { ja: '列の数が見出しと違います', en: 'Not as many cells as the header' },
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
