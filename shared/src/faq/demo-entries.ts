import { DEMO_FAQ_MORE } from './demo-entries-more'
import { CITY, DIGITAL, HOTLINE, ISA, JLIS, MHLW, PORTAL } from './demo-sources'
import type { FaqContentInput } from './model'

/**
 * The FAQ a new installation starts with (npm start seeds it; MADOGUCHI_SEED_DEMO=0 seeds none).
 * Written for Eniwa's callers from the facts in the design notes (domain-facts.md) and the tender, in
 * our own words. The sources are the official sites those facts come from; they were compiled in late
 * 2024 and must be checked against the city's own pages before the service goes live (the dates say
 * when the facts were gathered, not a check made from this software). An entry whose facts differ by
 * city or are uncertain is seeded as a draft with an editor's note, never published with a guess.
 */

export interface DemoFaq extends FaqContentInput {
  /** A stable name the relevance test set refers to. */
  key: string
  /** Seed as a draft: a fact to confirm first (see editorNote). */
  draft?: boolean
}

const FIRST: readonly DemoFaq[] = [
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
  {
    key: 'moving',
    question: '引っ越したときカードはどうなりますか',
    answer:
      '市内・市外どちらへの引っ越しでも、住所の届出のときにマイナンバーカードをお持ちください。カードの裏の追記欄に新しい住所を書きます。\n\n市外から転入した場合は、転入の届出から14日以内にカードを持って手続きしてください。',
    category: 'card_system',
    keywords: ['引っ越し', '転居', '転入', '転出', '住所変更'],
    phrasings: ['住所が変わった', '恵庭市に引っ越してきた', '市外に引っ越す'],
    sources: [JLIS, CITY],
  },
  {
    key: 'name_change',
    question: '結婚して名前が変わりました。カードはどうなりますか',
    answer:
      '氏名が変わったときは、市役所の届出の際にマイナンバーカードをお持ちください。カードの追記欄に新しい氏名を書きます。署名用電子証明書は失効するため、新しく発行します。',
    category: 'card_system',
    keywords: ['氏名変更', '結婚', '改姓', '名前'],
    phrasings: ['苗字が変わった', '名字が変わったらカードは', '離婚して名前が戻った'],
    sources: [JLIS],
  },
  {
    key: 'health_insurance',
    question: 'マイナンバーカードを健康保険証として使うには',
    answer:
      'マイナポータルや医療機関の受付にあるカードリーダーで、保険証としての利用登録をします。登録後は医療機関や薬局のカードリーダーにカードを置いて受付します。',
    category: 'card_system',
    keywords: ['保険証', 'マイナ保険証', '健康保険', '利用登録', '病院'],
    phrasings: ['病院でカードを使いたい', 'マイナ保険証の登録', '保険証の代わりに使える'],
    sources: [MHLW, PORTAL],
  },
  {
    key: 'certificates',
    question: 'コンビニで住民票などの証明書を取れますか',
    answer:
      'マイナンバーカードがあれば、全国の対応しているコンビニのマルチコピー機で住民票の写しなどの証明書を取れます。利用者証明用の暗証番号（数字4桁）が必要です。取れる証明書と時間は市のページで確認してください。',
    category: 'card_system',
    keywords: ['コンビニ交付', '住民票', '印鑑証明', '証明書', 'マルチコピー機'],
    phrasings: ['住民票をコンビニで取りたい', 'コンビニで印鑑証明'],
    sources: [CITY, JLIS],
  },
  {
    key: 'portal',
    question: 'マイナポータルで何ができますか',
    answer:
      'マイナポータルは、行政手続きのオンライン申請や、自分の情報（税・医療費など）の確認、行政からのお知らせの受け取りができる国のサイトです。スマートフォンのアプリでも使えます。ログインにはマイナンバーカードと利用者証明用の暗証番号が必要です。',
    category: 'mynaportal',
    keywords: ['マイナポータル', 'ログイン', 'アプリ', '確認'],
    phrasings: ['マイナポータルの使い方', 'マイナポータルにログインできない'],
    sources: [PORTAL],
  },
  {
    key: 'foreign',
    question: '外国籍の住民のカードの有効期限はどうなりますか',
    answer:
      '中長期在留者などの外国籍の方のカードの有効期限は、在留期間の満了日までです。在留期間を更新したら、在留カードとマイナンバーカードを持って市役所で有効期限の変更手続きをしてください。',
    category: 'deadlines',
    keywords: ['外国人', '在留カード', '在留期間', '外国籍'],
    phrasings: ['外国人のマイナンバーカード', '在留期間を更新した', 'ビザを更新した'],
    sources: [ISA, JLIS],
  },
  {
    key: 'notice_card',
    question: '通知カードは再発行できますか',
    answer:
      '通知カードの再発行はできません。マイナンバー（個人番号）を確かめたいときは、マイナンバー入りの住民票の写しを取るか、マイナンバーカードを申請してください。',
    category: 'card_system',
    keywords: ['通知カード', '再発行', '番号の確認'],
    phrasings: ['通知カードをなくした', '自分のマイナンバーを知りたい'],
    sources: [DIGITAL],
  },
  {
    key: 'popup',
    question: '出張申請サポートとは何ですか',
    answer:
      '市が決めた商業施設・公民館・支所などの会場で、係員が申請書の記入や本人確認書類の確認、顔写真の撮影をお手伝いし、その場で申請できるサービスです。月に1～2回開いています。',
    category: 'how_to_apply',
    keywords: ['出張申請', '出張申請サポート', '会場', '写真撮影'],
    phrasings: ['近くで申請できる場所', 'ショッピングセンターで申請', '写真を撮ってくれる会場'],
    sources: [CITY],
  },
  {
    key: 'hours',
    question: 'コールセンターの受付時間を教えてください',
    answer:
      '毎日9時から19時まで受け付けています。土日・祝日も受け付けます。年末年始（12月29日～1月3日）はお休みです。',
    category: 'other',
    keywords: ['受付時間', '営業時間', '何時まで', '土日'],
    phrasings: ['電話は何時まで', '土曜日もやっている'],
    sources: [CITY],
  },
  {
    key: 'cost',
    question: 'マイナンバーカードを作るのにお金はかかりますか',
    answer:
      '初めての申請と、有効期限による更新の手数料は無料です。なくした場合などの再交付には手数料がかかります。',
    category: 'card_system',
    keywords: ['無料', '手数料', 'お金', '費用'],
    phrasings: ['カードを作るのにいくらかかる', '更新は有料'],
    sources: [JLIS],
  },
]

/** The first 37 and the entries added for issue 15.6 (demo-entries-more.ts). */
export const DEMO_FAQ: readonly DemoFaq[] = [...FIRST, ...DEMO_FAQ_MORE]
