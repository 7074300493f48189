import type { DemoFaq } from './demo-entries'
import { CITY, DIGITAL, ISA, JLIS, MHLW, PORTAL } from './demo-sources'

/**
 * The demo FAQ's questions on the card in everyday life (moving, a new name, the health insurance
 * card, certificates at a convenience store, the portal, foreign residents, the old notice card) and
 * on the service itself (pop-up applications, the call center's hours, what it costs). The last of
 * the entries compiled in late 2024.
 */
export const DEMO_FAQ_EVERYDAY: readonly DemoFaq[] = [
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
