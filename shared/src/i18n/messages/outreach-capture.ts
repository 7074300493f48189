import { defineMessages } from '../define'

/** The outreach tablet app: the face photo, consultation notes and the shared-tablet lock. */
export const outreachCaptureMessages = defineMessages({
  'photo.guide': {
    ja: '頭の上を上の線に、あごを下の線に合わせてください',
    en: 'Put the top of the head on the upper line and the chin on the lower line',
  },
  'photo.shutter': { ja: '撮影する', en: 'Take photo' },
  'photo.cameraStarting': { ja: 'カメラを準備しています…', en: 'Starting the camera…' },
  'photo.retake': { ja: '撮り直す', en: 'Retake' },
  'photo.use': { ja: 'この写真を使う', en: 'Use this photo' },
  'photo.useAnyway': { ja: '注意を確認したうえで使う', en: 'Use it despite the warnings' },
  'photo.file': { ja: '画像ファイルから選ぶ', en: 'Choose an image file' },
  'photo.processing': { ja: '写真を処理しています…', en: 'Processing the photo…' },
  'photo.cameraError': {
    ja: 'カメラを使えません。「画像ファイルから選ぶ」で写真を選んでください。',
    en: 'The camera is not available. Use "Choose an image file" instead.',
  },
  'photo.storageStopped': {
    ja: '端末への保存に失敗したため、写真の撮影を止めています。未送信の記録を送信し、保存できるようになると再開します。',
    en: 'Saving on the device failed, so taking photos is stopped. The unsent records are being sent; photos resume once saving works again.',
  },
  'photo.fileError': {
    ja: 'この画像は読み込めませんでした。JPEG か PNG の写真を選んでください。',
    en: 'This image could not be read. Choose a JPEG or PNG photo.',
  },
  'photo.saved': { ja: '保存した顔写真', en: 'Saved face photo' },
  'photo.sentPurged': {
    ja: '顔写真は {at} に送信済みです。事務所のサーバーにあり、この端末からは消去しました。',
    en: 'The face photo was sent at {at}. The office server has it; it was cleared from this tablet.',
  },
  'photo.retakeSent': { ja: '送信済の写真を撮り直す', en: 'Retake the sent photo' },
  'photo.size': { ja: '{width}×{height} px・{kb} KB', en: '{width}×{height} px, {kb} KB' },
  'photo.checksOk': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'photo.problem.too_dark': {
    ja: '暗すぎます。明るい場所で撮り直してください。',
    en: 'Too dark. Retake in better light.',
  },
  'photo.problem.too_bright': {
    ja: '明るすぎます（白飛び）。光を弱めて撮り直してください。',
    en: 'Too bright (washed out). Reduce the light and retake.',
  },
  'photo.problem.blurred': {
    ja: 'ぶれています（ピントが合っていません）。動かずに撮り直してください。',
    en: 'Blurred or out of focus. Hold still and retake.',
  },
  'photo.problem.too_small': {
    ja: '画像が小さすぎます（各辺480ピクセル以上が必要）。',
    en: 'Too small (each side must be at least 480 px).',
  },
  'photo.problem.too_large': {
    ja: '画像が大きすぎます（各辺6000ピクセル以下）。',
    en: 'Too large (each side at most 6000 px).',
  },
  'photo.problem.wrong_ratio': {
    ja: '縦横の比率が 9:7 ではありません。',
    en: 'The ratio is not 9:7 (height:width).',
  },
  'photo.problem.file_too_small': {
    ja: 'ファイルが小さすぎます（20KB以上が必要）。',
    en: 'The file is too small (at least 20 KB).',
  },
  'photo.problem.file_too_large': {
    ja: 'ファイルが大きすぎます（7MB以下）。',
    en: 'The file is too large (at most 7 MB).',
  },
  'notes.add': { ja: '相談を追加', en: 'Add a consultation' },
  'notes.chooseCategory': { ja: '対応区分を選んでください', en: 'Choose the category' },
  'notes.category': { ja: '対応区分', en: 'Category' },
  'notes.text': {
    ja: '相談内容（個人番号は書かないでください）',
    en: 'What was asked and answered (no individual numbers)',
  },
  'notes.followUp': { ja: '後日フォローが必要', en: 'Needs follow-up' },
  'notes.none': {
    ja: 'この来場者の相談記録はまだありません。',
    en: 'No consultation notes for this visitor yet.',
  },
  'notes.number': { ja: '相談 {no}', en: 'Consultation {no}' },
  'lock.title': { ja: 'ロック中', en: 'Locked' },
  'lock.lead': {
    ja: 'この端末はロックされています。ご自分の暗証番号を入力してください。',
    en: 'This device is locked. Enter your own PIN.',
  },
  'lock.who': { ja: 'どなたですか', en: 'Who are you?' },
  'lock.as': { ja: '{name} さんの暗証番号で解除します。', en: 'Unlock with the PIN of {name}.' },
  'lock.chooseStaff': { ja: 'お名前を選んでください。', en: 'Choose your name.' },
  'lock.unlockedBy': { ja: '操作中: {name}', en: 'In use by {name}' },
  'lock.pin': { ja: '暗証番号', en: 'PIN' },
  'lock.unlock': { ja: 'ロックを解除', en: 'Unlock' },
  'lock.wrong': { ja: '暗証番号が違います。', en: 'Wrong PIN.' },
  'lock.wait': {
    ja: '暗証番号の誤りが続いたため、{seconds}秒待ってからもう一度入力してください。',
    en: 'Too many wrong PINs. Wait {seconds} seconds, then try again.',
  },
  'lock.setup.title': { ja: '{name} さんの暗証番号を決める', en: 'Choose your PIN, {name}' },
  'lock.setup.lead': {
    ja: '共用タブレットのため、この端末で使うご自分の暗証番号（4〜8桁の数字）を決めてください。操作がないと自動でロックし、解除するときはお名前を選んでこの番号を入力します。ほかの職員には教えないでください。',
    en: 'This tablet is shared: choose your own PIN for it (4–8 digits). The app locks itself when idle; to unlock, choose your name and enter this PIN. Keep it to yourself.',
  },
  'lock.setup.confirm': { ja: '暗証番号（確認のためもう一度）', en: 'PIN again (to confirm)' },
  'lock.setup.save': { ja: '暗証番号を設定する', en: 'Set the PIN' },
  'lock.setup.format': { ja: '4〜8桁の数字で入力してください。', en: 'Use 4 to 8 digits.' },
  'lock.setup.mismatch': { ja: '2回の入力が一致しません。', en: 'The two entries do not match.' },
  'lock.idle': { ja: '自動ロックまで', en: 'Lock after' },
  'lock.minutes': { ja: '{minutes}分', en: '{minutes} min' },
})
