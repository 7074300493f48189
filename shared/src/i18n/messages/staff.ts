import { defineMessages } from '../define'

/** Staff accounts (職員アカウント): the administrator's screen. */
export const staffMessages = defineMessages({
  'staff.title': { ja: '職員アカウント', en: 'Staff accounts' },
  'staff.lead': {
    ja: '職員の追加、パスワードの再発行、無効化、役割と担当課の変更',
    en: 'Add staff, reset passwords, disable accounts, change role and department',
  },
  'staff.list': { ja: 'アカウント一覧', en: 'Accounts' },
  'staff.loginId': { ja: 'ログインID', en: 'Login ID' },
  'staff.loginId.hint': {
    ja: '英小文字で始め、英小文字・数字・「.」「_」「-」で3〜32文字',
    en: '3–32 lower-case letters, digits, ".", "_" or "-", starting with a letter',
  },
  'staff.displayName': { ja: '表示名', en: 'Display name' },
  'staff.role': { ja: '役割', en: 'Role' },
  'staff.department': { ja: '担当課', en: 'Department' },
  'staff.department.none': { ja: '—', en: '—' },
  'staff.state': { ja: '状態', en: 'State' },
  'staff.active': { ja: '有効', en: 'Active' },
  'staff.disabled': { ja: '無効', en: 'Disabled' },
  'staff.disabledAt': { ja: '無効（{when}）', en: 'Disabled ({when})' },
  'staff.actions': { ja: '操作', en: 'Actions' },
  'staff.create': { ja: 'アカウントを作る', en: 'Create account' },
  'staff.create.title': { ja: '職員を追加', en: 'Add a staff member' },
  'staff.created': {
    ja: '{loginId} を作りました。初期パスワードは一度だけ表示します。本人に渡してください。',
    en: 'Created {loginId}. The initial password is shown this once: hand it to them.',
  },
  'staff.reset': { ja: 'パスワード再発行', en: 'Reset password' },
  'staff.reset.confirm': {
    ja: '{loginId} のパスワードを再発行しますか。今のパスワードは使えなくなり、サインイン中なら終了します。',
    en: "Reset {loginId}'s password? The current one stops working and any session ends.",
  },
  'staff.resetDone': {
    ja: '{loginId} の新しいパスワードです。一度だけ表示します。本人に渡してください。',
    en: "{loginId}'s new password, shown this once: hand it to them.",
  },
  'staff.password': { ja: 'パスワード', en: 'Password' },
  'staff.passwordDone': { ja: '控えました', en: 'Noted' },
  'staff.disable': { ja: '無効にする', en: 'Disable' },
  'staff.enable': { ja: '有効にする', en: 'Enable' },
  'staff.disabledDone': {
    ja: '{loginId} を無効にしました。サインイン中なら終了しました。',
    en: 'Disabled {loginId}; any session has ended.',
  },
  'staff.enabledDone': { ja: '{loginId} を有効にしました。', en: 'Enabled {loginId}.' },
  'staff.changeRole': { ja: '役割を変更', en: 'Change role' },
  'staff.roleDone': {
    ja: '{loginId} の役割を変更しました。次のサインインから新しい役割になります。',
    en: "Changed {loginId}'s role; it applies from their next sign-in.",
  },
  'staff.you': { ja: '（自分）', en: '(you)' },
})
