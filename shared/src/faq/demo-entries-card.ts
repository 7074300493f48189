import type { DemoFaq } from './demo-entries'
import { CITY, HOTLINE, JLIS } from './demo-sources'

/**
 * The demo FAQ's questions about the card itself: lost, stolen or found again, reissued, its PINs,
 * and how long it and its certificates are valid. The first of the entries compiled in late 2024
 * (see demo-entries.ts for where their facts come from).
 */
export const DEMO_FAQ_CARD: readonly DemoFaq[] = [
  {
    key: 'lost',
    question: 'マイナンバーカードをなくしたときはどうすればよいですか',
    answer: `まず、カードの一時利用停止をしてください。24時間365日受け付けています。\n- ${HOTLINE}\n- 個人番号カードコールセンター 0570-783-578（有料。つながらない場合は 050-3818-1250）\n\n外出先でなくした場合は警察に遺失届を出し、受理番号を控えてください。再交付の申請に必要です。家の中でなくした場合は警察への届出は不要です。`,
    category: 'card_system',
    keywords: ['紛失', '一時停止', '利用停止', '遺失届', '受理番号'],
    phrasings: [
      'カードを落とした',
      'マイナンバーカードが見つからない',
      'カードを失くしてしまった',
      'カードを止めたい',
    ],
    sources: [JLIS],
  },
  {
    key: 'stolen',
    question: 'マイナンバーカードを盗まれた場合はどうすればよいですか',
    answer: `すぐにカードの一時利用停止をしてください（${HOTLINE}）。\n\nそのうえで警察に盗難届を出し、受理番号を控えてください。再交付の申請には受理番号が必要です。`,
    category: 'card_system',
    keywords: ['盗難', '盗難届', '財布', 'すられた'],
    phrasings: ['財布ごと盗まれた', 'カードを盗られた', 'ひったくりにあった'],
    sources: [JLIS],
  },
  {
    key: 'found',
    question: 'なくしたカードが見つかりました。一時停止を解除できますか',
    answer:
      '一時停止の解除は電話ではできません。見つかったカードと本人確認書類を持って市役所の窓口にお越しください。暗証番号の入力が必要です。\n\n一時停止をすると電子証明書は失効しているため、窓口で電子証明書の再発行も必要です。',
    category: 'card_system',
    keywords: ['停止解除', '見つかった', '出てきた', '発見'],
    phrasings: ['落としたカードが出てきた', '一時停止を解除したい', 'カードが戻ってきた'],
    sources: [JLIS],
  },
  {
    key: 'reissue',
    question: 'カードの再交付（再発行）の手続きと手数料を教えてください',
    answer:
      '再交付は市役所の窓口で申請します。手数料がかかります。\n\n持ち物:\n- 本人確認書類\n- 外でなくした場合は警察の受理番号\n- 顔写真（窓口で撮影できる場合があります）\n\n手数料の額は市の定めによります（本人の責によらない場合は無料になることがあります）。',
    category: 'card_system',
    keywords: ['再交付', '再発行', '手数料', '作り直し'],
    phrasings: ['カードを作り直したい', '再発行はいくらかかる', '新しいカードがほしい'],
    sources: [JLIS, CITY],
    editorNote:
      '手数料（例: 1,000円、電子証明書なし800円）と特急発行の有無は市の設定で確認してから金額を書くこと。',
    draft: true,
  },
  {
    key: 'pin_forgot',
    question: '暗証番号を忘れてしまいました',
    answer:
      '暗証番号の再設定は、ご本人が市役所の窓口で行います。マイナンバーカードと本人確認のできるものをお持ちください。\n\n暗証番号は電話では確認も再設定もできません。',
    category: 'card_system',
    keywords: ['暗証番号', 'パスワード', 'PIN', '再設定', '初期化'],
    phrasings: ['パスワードがわからない', '暗証番号を思い出せない', '暗証番号を忘れた', 'PINを忘れた'],
    sources: [JLIS, CITY],
  },
  {
    key: 'pin_locked',
    question: '暗証番号を何度も間違えてロックされました',
    answer:
      '利用者証明用と券面入力補助用などの4桁の暗証番号は3回、署名用の英数字の暗証番号は5回続けて間違えるとロックされます。\n\nロックの解除と暗証番号の再設定は市役所の窓口で行います。マイナンバーカードをお持ちください。',
    category: 'card_system',
    keywords: ['ロック', '間違えた', '回数', '解除', '暗証番号'],
    phrasings: ['パスワードを間違えて使えなくなった', 'ロックがかかった', '暗証番号の入力回数を超えた'],
    sources: [JLIS],
  },
  {
    key: 'pin_kinds',
    question: 'マイナンバーカードの暗証番号は何種類ありますか',
    answer:
      '交付のときに次の暗証番号を設定します。\n- 利用者証明用電子証明書（数字4桁）\n- 住民基本台帳用（数字4桁）\n- 券面事項入力補助用（数字4桁）\n- 署名用電子証明書（英数字6～16文字）\n\n数字4桁の3つは同じ番号にできます。',
    category: 'card_system',
    keywords: ['暗証番号', '4桁', '6桁', '署名用', '種類'],
    phrasings: ['暗証番号はいくつ決めるの', '4桁と6桁以上の暗証番号の違い'],
    sources: [JLIS],
  },
  {
    key: 'pin_convenience',
    question: 'コンビニで暗証番号の再設定はできますか',
    answer:
      '署名用電子証明書の暗証番号に限って、スマートフォンで本人確認をしたうえでコンビニで再設定できる仕組みがあります。利用できる条件を確認してからご案内します。',
    category: 'card_system',
    keywords: ['コンビニ', '再設定', '暗証番号', '署名用'],
    phrasings: ['暗証番号の再設定はコンビニでできる'],
    sources: [JLIS],
    editorNote: 'コンビニでの再設定は条件がある。最新の条件を公式ページで確認してから公開すること。',
    draft: true,
  },
  {
    key: 'validity',
    question: 'マイナンバーカードの有効期限はいつまでですか',
    answer:
      '18歳以上の方は発行日から10回目の誕生日まで、18歳未満の方は5回目の誕生日までです。\n\nカードに入っている電子証明書は、年齢にかかわらず発行日から5回目の誕生日までです。有効期限はカードの表面に書かれています。',
    category: 'deadlines',
    keywords: ['有効期限', '期限', '10年', '5年', 'いつまで'],
    phrasings: ['カードの期限はいつ切れる', '何年使えるの', '有効期間を知りたい'],
    sources: [JLIS],
  },
  {
    key: 'renewal',
    question: 'カードの有効期限が近づいています。更新はどうすればよいですか',
    answer:
      '有効期限の2～3か月前を目安に、J-LISから有効期限通知書と交付申請書が届きます。新しいカードの申請は、郵送・パソコン・スマートフォン・証明写真機、または出張申請サポートの会場でできます。\n\n新しいカードを受け取るときは、今のカードをお持ちください。',
    category: 'deadlines',
    keywords: ['更新', '期限切れ', '有効期限通知書', '切り替え', '10年'],
    phrasings: ['カードの更新をしたい', '期限が切れそう', '有効期限通知書が届いた', 'カードの切り替え'],
    sources: [JLIS],
  },
  {
    key: 'certificate_renewal',
    question: '電子証明書の有効期限が切れます。どうすればよいですか',
    answer:
      '電子証明書は発行日から5回目の誕生日までです。期限が近づくと通知書が届きます。更新はご本人が市役所の窓口で行い、マイナンバーカードと暗証番号が必要です。\n\nカード自体の期限より先に電子証明書の期限が来ることがあります。',
    category: 'deadlines',
    keywords: ['電子証明書', '5年', '更新', '有効期限'],
    phrasings: ['証明書の更新の通知が来た', '電子証明書が切れる'],
    sources: [JLIS],
  },
  {
    key: 'expired_use',
    question: '有効期限が切れたカードは使えますか',
    answer:
      '有効期限が過ぎたカードは本人確認書類としても保険証としても使えません。新しいカードを申請してください。交付申請書がお手元にない場合は市役所で発行します。',
    category: 'deadlines',
    keywords: ['期限切れ', '失効', '使えない'],
    phrasings: ['期限が切れたカードを使いたい', 'カードの期限が過ぎてしまった'],
    sources: [JLIS],
  },
]
