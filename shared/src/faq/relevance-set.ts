/**
 * The relevance test set: what callers and staff actually say (colloquial, hiragana only, half-width
 * katakana, kana typos, one- and two-character queries), each with the demo entry (demo-entries.ts
 * key) that must come back. The server's search test, the tablet index test and bench:faq measure
 * recall@3 and the mean reciprocal rank over it.
 */
export const RELEVANCE_SET: readonly { query: string; expect: string }[] = [
  // Lost, stolen, found
  { query: 'カードなくした', expect: 'lost' },
  { query: 'マイナンバーカード落としちゃった', expect: 'lost' },
  { query: 'かーどをなくしました', expect: 'lost' },
  { query: 'ｶｰﾄﾞ 紛失', expect: 'lost' },
  { query: '紛失', expect: 'lost' },
  { query: 'カードが見当たらない', expect: 'lost' },
  { query: 'カード止めたい', expect: 'lost' },
  { query: '財布盗まれた', expect: 'stolen' },
  { query: '盗難', expect: 'stolen' },
  { query: 'すられた', expect: 'stolen' },
  { query: 'なくしたカードが出てきた', expect: 'found' },
  { query: '一時停止 解除', expect: 'found' },
  // PINs
  { query: '暗証番号忘れた', expect: 'pin_forgot' },
  { query: 'あんしょうばんごう わすれた', expect: 'pin_forgot' },
  { query: 'パスワード忘れちゃった', expect: 'pin_forgot' },
  { query: '暗証番号を忘れてしまったんですが', expect: 'pin_forgot' },
  { query: 'ＰＩＮ忘れ', expect: 'pin_forgot' },
  { query: '暗証', expect: 'pin_forgot' },
  { query: 'ロックされた', expect: 'pin_locked' },
  { query: 'パスワード間違えて使えなくなった', expect: 'pin_locked' },
  { query: 'ろっくかかった', expect: 'pin_locked' },
  { query: '暗証番号 何種類', expect: 'pin_kinds' },
  { query: '署名用 6桁以上', expect: 'pin_kinds' },
  // Validity and renewal
  { query: '有効期限いつまで', expect: 'validity' },
  { query: 'ゆうこうきげん', expect: 'validity' },
  { query: 'カード何年使える', expect: 'validity' },
  { query: '更新', expect: 'renewal' },
  { query: '期限切れそう', expect: 'renewal' },
  { query: '有効期限通知書がきた', expect: 'renewal' },
  { query: 'こうしんしたい', expect: 'renewal' },
  { query: '電子証明書 更新', expect: 'certificate_renewal' },
  { query: 'でんししょうめいしょ', expect: 'certificate_renewal' },
  { query: '期限切れたカード使える？', expect: 'expired_use' },
  // Bookings
  { query: '予約したい', expect: 'booking_how' },
  { query: 'はがき届いた 予約', expect: 'booking_how' },
  { query: '受け取りの予約', expect: 'booking_how' },
  { query: '予約変更', expect: 'booking_change' },
  { query: 'よやくのひにちをかえたい', expect: 'booking_change' },
  { query: '予約した日に行けない', expect: 'booking_change' },
  { query: 'キャンセル', expect: 'booking_cancel' },
  { query: '予約やめたい', expect: 'booking_cancel' },
  { query: 'ｷｬﾝｾﾙしたい', expect: 'booking_cancel' },
  { query: '予約いつだったか忘れた', expect: 'booking_confirm' },
  { query: '予約確認', expect: 'booking_confirm' },
  { query: '予約サイト わからない', expect: 'booking_web' },
  { query: 'ネットで予約できない', expect: 'booking_web' },
  // What to bring, documents, proxy
  { query: '持ち物', expect: 'bring' },
  { query: '受け取りに何持っていけばいい', expect: 'bring' },
  { query: 'もちもの', expect: 'bring' },
  { query: '本人確認書類', expect: 'id_documents' },
  { query: '免許証持ってない', expect: 'id_documents' },
  { query: '身分証', expect: 'id_documents' },
  { query: '代理', expect: 'proxy' },
  { query: '家族が代わりに受け取り', expect: 'proxy' },
  { query: '委任状', expect: 'proxy' },
  { query: 'いにんじょう', expect: 'proxy' },
  { query: '入院してて行けない', expect: 'proxy' },
  // Children, wards, photo
  { query: '子供のカード', expect: 'child' },
  { query: '赤ちゃんのマイナンバーカード', expect: 'child' },
  { query: '15歳未満', expect: 'child' },
  { query: '後見人', expect: 'adult_ward' },
  { query: '写真のサイズ', expect: 'photo' },
  { query: 'しゃしんのきまり', expect: 'photo' },
  { query: '顔写真', expect: 'photo' },
  // Applying
  { query: 'カード作りたい', expect: 'apply_ways' },
  { query: '申請方法', expect: 'apply_ways' },
  { query: 'スマホで申請', expect: 'online_apply' },
  { query: 'すまほしんせい', expect: 'online_apply' },
  { query: 'オンライン申請', expect: 'online_apply' },
  { query: '申請書ID どこ', expect: 'form_id' },
  { query: '23桁', expect: 'form_id' },
  { query: 'まだ届かない', expect: 'status' },
  { query: '申請したのにカードこない', expect: 'status' },
  // Life events
  { query: '引っ越し', expect: 'moving' },
  { query: 'ひっこした', expect: 'moving' },
  { query: '住所変わった', expect: 'moving' },
  { query: '転入', expect: 'moving' },
  { query: '結婚して苗字が変わった', expect: 'name_change' },
  { query: '名前変わった', expect: 'name_change' },
  // Other uses
  { query: '保険証として使う', expect: 'health_insurance' },
  { query: 'マイナ保険証', expect: 'health_insurance' },
  { query: 'ほけんしょう', expect: 'health_insurance' },
  { query: 'コンビニで住民票', expect: 'certificates' },
  { query: 'コンビニ交付', expect: 'certificates' },
  { query: 'マイナポータル', expect: 'portal' },
  { query: 'まいなぽーたるログイン', expect: 'portal' },
  { query: '外国人 在留期間', expect: 'foreign' },
  { query: '在留カード', expect: 'foreign' },
  { query: '通知カード', expect: 'notice_card' },
  { query: '出張申請', expect: 'popup' },
  { query: '何時まで', expect: 'hours' },
  { query: '無料？', expect: 'cost' },
  // Added with the second part of the demo FAQ (demo-entries-more.ts)
  { query: '更新は何か月前からできる', expect: 'renew_when' },
  { query: 'こうしん いつから', expect: 'renew_when' },
  { query: '更新の通知が来ない', expect: 'notice_missing' },
  { query: '有効期限通知書 なくした', expect: 'notice_missing' },
  { query: '青い封筒が届かない', expect: 'notice_missing' },
  { query: '電子証明書切れたらどうなる', expect: 'certificate_expired' },
  { query: 'でんししょうめいしょ きれた', expect: 'certificate_expired' },
  { query: '英語で相談したい', expect: 'hotline_languages' },
  { query: 'がいこくご', expect: 'hotline_languages' },
  { query: 'マイナンバーって何', expect: 'what_is_mynumber' },
  { query: 'こじんばんごう', expect: 'what_is_mynumber' },
  { query: 'カード作らないとだめ？', expect: 'card_optional' },
  { query: '義務', expect: 'card_optional' },
  { query: '会社にマイナンバー教えていいの', expect: 'show_number' },
  { query: 'カードのコピー取られた', expect: 'show_number' },
  { query: '変な電話がかかってきた', expect: 'fraud' },
  { query: 'さぎ', expect: 'fraud' },
  { query: '詐欺', expect: 'fraud' },
  { query: '資格確認書', expect: 'insurance_no_card' },
  { query: '保険証なくなるの', expect: 'insurance_no_card' },
  { query: 'スマホにカード入れたい', expect: 'smartphone_card' },
  { query: 'ｱｲﾌｫﾝ', expect: 'smartphone_card' },
  { query: '郵便で申し込みたい', expect: 'mail_apply' },
  { query: 'ゆうそう しんせい', expect: 'mail_apply' },
  { query: '証明写真機', expect: 'photo_booth' },
  { query: 'スピード写真で申請', expect: 'photo_booth' },
  { query: 'ネットで転出届', expect: 'onestop_moving' },
  { query: '引越しワンストップ', expect: 'onestop_moving' },
  { query: '転入届の期限', expect: 'moving_deadline' },
  { query: '引っ越してきてカード使えなくなった', expect: 'moving_deadline' },
  { query: '暗証番号いつ決める', expect: 'pin_at_pickup' },
  { query: '古いカードは返すの', expect: 'old_card' },
  { query: '住基カード', expect: 'juki_card' },
  { query: 'じゅうきかーど', expect: 'juki_card' },
  { query: '公金受取口座', expect: 'public_account' },
  { query: '給付金の口座登録', expect: 'public_account' },
]

export interface RelevanceFigures {
  queries: number
  recallAt3: number
  mrr: number
  misses: { query: string; expect: string; got: string[] }[]
}

/** recall@3 and MRR of a search, given as the keys it returns for a query, best first. */
export function relevanceFigures(search: (query: string) => string[]): RelevanceFigures {
  let found = 0
  let reciprocal = 0
  const misses: RelevanceFigures['misses'] = []
  for (const { query, expect } of RELEVANCE_SET) {
    const got = search(query)
    const rank = got.indexOf(expect)
    if (rank >= 0 && rank < 3) found++
    else misses.push({ query, expect, got: got.slice(0, 3) })
    if (rank >= 0) reciprocal += 1 / (rank + 1)
  }
  const n = RELEVANCE_SET.length
  return { queries: n, recallAt3: found / n, mrr: reciprocal / n, misses }
}
