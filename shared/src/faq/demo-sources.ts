/**
 * The official sites the demo FAQ rests on. CHECKED is when the first entries' facts were compiled
 * (late 2024, from the design notes); READ is when the pages cited by the entries added for issue
 * 15.6 were read. Each must still be checked against Eniwa City's own pages before going live.
 */
export const CHECKED = '2024-12-01' as const
export const JLIS = {
  url: 'https://www.kojinbango-card.go.jp/',
  title: 'マイナンバーカード総合サイト（J-LIS）',
  checkedOn: CHECKED,
}
export const DIGITAL = {
  url: 'https://www.digital.go.jp/policies/mynumber',
  title: 'デジタル庁 マイナンバー制度',
  checkedOn: CHECKED,
}
export const PORTAL = { url: 'https://myna.go.jp/', title: 'マイナポータル', checkedOn: CHECKED }
export const CITY = {
  url: 'https://www.city.eniwa.hokkaido.jp/',
  title: '恵庭市公式ホームページ',
  checkedOn: CHECKED,
}
export const MHLW = {
  url: 'https://www.mhlw.go.jp/',
  title: '厚生労働省（マイナ保険証）',
  checkedOn: CHECKED,
}
export const ISA = { url: 'https://www.moj.go.jp/isa/', title: '出入国在留管理庁', checkedOn: CHECKED }

export const HOTLINE =
  'マイナンバー総合フリーダイヤル 0120-95-0178（無料・24時間365日、音声案内で「2」が紛失・盗難）'

/** Municipal pages read for the entries of issue 15.6 (stored copies, read on this date). */
export const READ = '2026-12-02' as const
