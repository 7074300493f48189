import type { DemoFaq } from './demo-entries'
import { CITY, JLIS } from './demo-sources'

/**
 * The demo FAQ's questions on getting a card: booking the pick-up, what to bring and who may come,
 * the ways to apply and the 申請書ID, and where an application is. Compiled in late 2024 with the
 * card's own questions (demo-entries-card.ts).
 */
export const DEMO_FAQ_APPLYING: readonly DemoFaq[] = [
  {
    key: 'booking_how',
    question: 'カードの受け取り（交付）の予約をしたい',
    answer:
      '交付通知書（はがき）が届いたら、受け取りの日時を予約します。このお電話で予約をお取りできます。交付通知書に書かれた内容を手元にご用意ください。\n\n予約サイトからも予約できます。',
    category: 'booking_new',
    keywords: ['交付予約', '予約', '受け取り', '交付通知書'],
    phrasings: ['はがきが届いたので予約したい', '受け取りの予約を取りたい', 'カードを取りに行く日を決めたい'],
    sources: [CITY],
  },
  {
    key: 'booking_change',
    question: '交付の予約日時を変更したい',
    answer:
      '予約の変更はこのお電話でお受けします。予約番号、またはお名前と生年月日と電話番号で予約を確認し、空いている日時に変更します。',
    category: 'booking_change',
    keywords: ['予約変更', '日時変更', '変えたい'],
    phrasings: ['予約の日にちを変えたい', '予約した時間に行けなくなった', '予約をずらしたい'],
    sources: [CITY],
  },
  {
    key: 'booking_cancel',
    question: '交付の予約をキャンセルしたい',
    answer:
      '予約の取り消しはこのお電話でお受けします。予約番号、またはお名前と生年月日と電話番号で予約を確認します。改めて予約を取り直すこともできます。',
    category: 'booking_change',
    keywords: ['キャンセル', '取り消し', '予約取消'],
    phrasings: ['予約をやめたい', '予約を取り消してほしい'],
    sources: [CITY],
  },
  {
    key: 'booking_confirm',
    question: '予約した日時を忘れてしまいました',
    answer:
      '予約番号、またはお名前と生年月日と電話番号で予約を確認し、日時をお伝えします。予約確認票を送ることもできます。',
    category: 'booking_status',
    keywords: ['予約確認', '予約日', '予約番号'],
    phrasings: ['いつ予約したか分からない', '予約の確認をしたい', '予約が取れているか知りたい'],
    sources: [CITY],
  },
  {
    key: 'booking_web',
    question: '予約サイトの操作がわかりません',
    answer:
      'お電話で画面をご案内しながら一緒に入力できます。パソコンかスマートフォンで予約サイトを開いてください。難しい場合はこのお電話で代わりに予約をお取りします。',
    category: 'booking_web_help',
    keywords: ['予約サイト', 'ネット予約', '入力', '操作'],
    phrasings: ['ネットで予約できない', 'ホームページの予約のやり方', 'インターネットの予約画面が分からない'],
    sources: [CITY],
  },
  {
    key: 'bring',
    question: 'カードを受け取るときに何を持っていけばよいですか',
    answer:
      '次のものをお持ちください。\n- 交付通知書（はがき）\n- 本人確認書類（運転免許証など写真付きのものは1点、写真のないものは2点）\n- 通知カード（お持ちの方）\n- 今お持ちのマイナンバーカード（更新の方）\n- 住基カード（お持ちの方）\n\n受け取りのときに暗証番号を設定します。',
    category: 'items_to_bring',
    keywords: ['持ち物', '持参物', '必要なもの', '交付通知書', '本人確認書類'],
    phrasings: ['受け取りに何が必要', '何を持っていけばいい', '交付の日の持ち物'],
    sources: [JLIS, CITY],
  },
  {
    key: 'id_documents',
    question: '本人確認書類には何が使えますか',
    answer:
      '写真付きで官公署が発行したものは1点で足ります。\n- 運転免許証、運転経歴証明書、パスポート\n- 身体障害者手帳、精神障害者保健福祉手帳、療育手帳\n- 在留カード、特別永住者証明書\n\nそれ以外は2点必要です（健康保険の資格確認書、年金手帳、介護保険被保険者証、社員証、学生証など、氏名と生年月日または住所が書かれたもの）。',
    category: 'documents',
    keywords: ['本人確認書類', '身分証', '免許証', 'パスポート', '2点'],
    phrasings: ['免許証がない', '身分証明書は何がいい', '保険証でもいいか'],
    sources: [JLIS],
  },
  {
    key: 'proxy',
    question: '本人の代わりに家族が受け取れますか',
    answer:
      '病気や障がいなどで本人が来られない場合に限り、代理人が受け取れます。代理人は次のものを持って来てください。\n- 交付通知書の委任状欄に本人が記入したもの\n- 代理人の本人確認書類\n- 本人の本人確認書類\n- 本人が来られない理由がわかるもの（診断書など）',
    category: 'items_to_bring',
    keywords: ['代理', '代理人', '委任状', '家族', '代わり'],
    phrasings: ['家族が代わりに受け取りに行ってもいい', '本人が行けない', '入院していて受け取りに行けない'],
    sources: [JLIS],
  },
  {
    key: 'child',
    question: '15歳未満の子どものカードはどう申請し、受け取りますか',
    answer:
      '15歳未満の方の申請と受け取りは法定代理人（親権者など）が行います。受け取りにはお子さん本人も一緒に来てください。\n\n法定代理人の本人確認書類と、代理権を確認できる書類（戸籍謄本など。市で確認できる場合は不要）をお持ちください。',
    category: 'how_to_apply',
    keywords: ['15歳未満', '子ども', '法定代理人', '親権者', '赤ちゃん'],
    phrasings: ['子供のマイナンバーカードを作りたい', '赤ちゃんのカード', '中学生の子どもの申請'],
    sources: [JLIS],
  },
  {
    key: 'adult_ward',
    question: '成年被後見人のカードはどう申請しますか',
    answer:
      '成年被後見人の方の申請と受け取りは法定代理人（成年後見人）が行います。後見人の本人確認書類と、後見人であることがわかる書類（登記事項証明書など）をお持ちください。',
    category: 'how_to_apply',
    keywords: ['成年被後見人', '成年後見人', '後見', '法定代理人'],
    phrasings: ['後見人として申請したい', '認知症の親のカード'],
    sources: [JLIS],
  },
  {
    key: 'photo',
    question: '申請に使う顔写真の決まりを教えてください',
    answer:
      '縦4.5cm×横3.5cm、6か月以内に撮影したもの、正面・無帽・無背景で影がなく、ピントが合っているものです。\n\nスマートフォンやパソコンで申請するときの写真データは、JPEG形式で縦横それぞれ480～6000ピクセル、ファイルサイズ20KB～7MBです。',
    category: 'documents',
    keywords: ['顔写真', '写真', 'サイズ', '規格', '証明写真'],
    phrasings: ['写真の大きさは', 'どんな写真ならいいの', '写真がはねられた'],
    sources: [JLIS],
  },
  {
    key: 'apply_ways',
    question: 'マイナンバーカードはどうやって申請しますか',
    answer:
      '次の方法があります。\n- 郵送（交付申請書に写真を貼って送る）\n- パソコン\n- スマートフォン\n- 街中の証明写真機\n- 出張申請サポート（商業施設や公民館などで、写真撮影と申請をお手伝いします）\n\n申請から1～2か月ほどで交付通知書が届きます。',
    category: 'how_to_apply',
    keywords: ['申請方法', '作り方', '新規', '申し込み'],
    phrasings: ['カードを作りたい', 'マイナンバーカードの作り方', '初めて申請する'],
    sources: [JLIS],
  },
  {
    key: 'online_apply',
    question: 'スマートフォンやパソコンで申請するにはどうしますか',
    answer:
      '交付申請書に書かれた申請書ID（23桁の数字）とメールアドレスを用意し、申請サイトで登録します。届いたメールから顔写真を登録して申請します。\n\n申請書IDがわからない、氏名や住所が変わって申請書が古い場合は、市役所で新しい交付申請書を発行します。',
    category: 'online_application',
    keywords: ['スマホ申請', 'オンライン申請', 'パソコン', '申請書ID', 'メールアドレス'],
    phrasings: ['スマホで申請したい', 'ネットで申し込む方法', '申請書IDを入れるところ'],
    sources: [JLIS],
  },
  {
    key: 'form_id',
    question: '申請書IDとは何ですか。どこに書いてありますか',
    answer:
      '申請書IDは交付申請書の右上に印刷された23桁の数字です。マイナンバー（個人番号）とは別のものです。オンライン申請のときに入力します。',
    category: 'online_application',
    keywords: ['申請書ID', '23桁', '交付申請書'],
    phrasings: ['申請書のIDが見つからない', '23桁の番号はどこ'],
    sources: [JLIS],
  },
  {
    key: 'status',
    question: '申請したカードがまだ届きません',
    answer:
      '申請から交付通知書が届くまで、通常1～2か月ほどかかります。申請の状況はこのお電話で確認できます。写真の不備などで申請が戻ってきた場合は、もう一度申請が必要です。',
    category: 'application_status',
    keywords: ['申請状況', 'まだ届かない', 'いつ届く', '進み具合'],
    phrasings: ['申請したのに連絡がない', 'カードはいつできる', '交付通知書が来ない'],
    sources: [JLIS],
  },
]
