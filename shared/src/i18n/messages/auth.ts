import { defineMessages } from '../define'

export const authMessages = defineMessages({
  'auth.signIn.title': { ja: '職員サインイン', en: 'Staff sign-in' },
  'auth.loginId': { ja: 'ログインID', en: 'Login ID' },
  'auth.password': { ja: 'パスワード', en: 'Password' },
  'auth.signIn': { ja: 'サインイン', en: 'Sign in' },
  'auth.signingIn': { ja: 'サインイン中…', en: 'Signing in…' },
  'auth.signOut': { ja: 'サインアウト', en: 'Sign out' },
  'auth.signedInAs': { ja: '{name}（{role}）', en: '{name} ({role})' },
  'auth.roleSuffix': { ja: '（{role}）', en: ' ({role})' },
  'auth.offlineSignIn': {
    ja: 'オフラインのためサインインできません。ネットワークにつないでからもう一度お試しください。',
    en: 'You are offline, so you cannot sign in. Connect to the network and try again.',
  },
  'auth.offlineSession': {
    ja: 'オフラインで作業中です。前回のサインイン情報を使っています。',
    en: 'Working offline with your last sign-in.',
  },
  'auth.signOutOffline': {
    ja: 'オフラインのためサインアウトできません。ネットワークにつないでからもう一度お試しください。',
    en: 'You are offline, so you cannot sign out. Connect to the network and try again.',
  },
  'role.outreach': { ja: '出張サポート', en: 'Outreach staff' },
  'role.operator': { ja: 'オペレーター', en: 'Operator' },
  'role.supervisor': { ja: '監督者', en: 'Supervisor' },
  'role.city': { ja: '市職員', en: 'City staff' },
  'role.admin': { ja: '管理者', en: 'Administrator' },
  'home.outreach.title': { ja: '出張申請サポート', en: 'Pop-up application support' },
  'home.outreach.lead': {
    ja: '今日の実施回を選んで、来場者の受付を始めます。',
    en: "Choose today's session and start receiving visitors.",
  },
  'home.desk.title': { ja: 'コールセンター窓口', en: 'Call-center desk' },
  'home.desk.lead': {
    ja: '交付予約・通話記録・FAQ・月次報告',
    en: 'Issuance bookings, call log, FAQ, monthly report',
  },
  'home.section.bookings': { ja: '交付予約', en: 'Issuance bookings' },
  'home.section.calls': { ja: '通話記録', en: 'Call log' },
  'home.section.faq': { ja: 'よくある質問', en: 'FAQ' },
  'home.section.reports': { ja: '月次報告', en: 'Monthly report' },
  'home.section.sessions': { ja: '実施回', en: 'Sessions' },
  'home.section.visitors': { ja: '来場者', en: 'Visitors' },
  'home.comingSoon': { ja: '準備中です', en: 'Coming soon' },
})
