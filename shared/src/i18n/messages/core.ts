import { defineMessages } from '../define'

export const coreMessages = defineMessages({
  'app.name': { ja: '窓口', en: 'Madoguchi' },
  /** Between items of one line (来場者 1・新規申請): the Japanese middle dot has no place in English. */
  'list.separator': { ja: '・', en: ' · ' },
  /** A span of dates or times: 10:00〜16:00 in Japanese, 10:00–16:00 in English. */
  'range.between': { ja: '{from}〜{to}', en: '{from}–{to}' },
  'app.tagline': {
    ja: '恵庭市 マイナンバーカード 相談・予約窓口',
    en: 'Eniwa City My Number Card help and booking desk',
  },
  'lang.ja': { ja: '日本語', en: 'Japanese' },
  'lang.en': { ja: '英語', en: 'English' },
  'lang.switch': { ja: 'English', en: '日本語' },
  'status.online': { ja: 'オンライン', en: 'Online' },
  'status.offline': { ja: 'オフライン', en: 'Offline' },
  'lang.switch.label': { ja: '表示を英語に切り替える', en: 'Switch the display to Japanese' },
  'app.skipToMain': { ja: '本文へ移動', en: 'Skip to main content' },
  'update.available': {
    ja: '新しいバージョンがあります。',
    en: 'A new version is available.',
  },
  'update.reload': { ja: '更新する', en: 'Update' },
  'update.later': { ja: 'あとで', en: 'Later' },
  'update.offlineReady': {
    ja: 'オフラインでも使えるようになりました。',
    en: 'Ready to work offline.',
  },
  'action.close': { ja: '閉じる', en: 'Close' },
  'action.retry': { ja: 'もう一度', en: 'Try again' },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  /** A screen's code did not arrive, or the screen failed while drawing (app/ScreenBoundary.tsx). */
  'screen.loadFailed': {
    ja: 'この画面を読み込めませんでした。通信を確認して「もう一度」を押してください。',
    en: 'This screen could not be loaded. Check the connection and press “Try again”.',
  },
  /** In the status bar, where a part of it (the outbox) did not load: the button's own words. */
  'screen.retryPart': { ja: '再読み込み', en: 'Reload' },
  'screen.failed': {
    ja: 'この画面でエラーが起きました。「もう一度」を押してください。',
    en: 'Something went wrong on this screen. Press “Try again”.',
  },
})
