import type { DemoFaq } from './demo-entries'
import { CHECKED, CITY, DIGITAL, JLIS, MHLW, PORTAL, READ } from './demo-sources'

/**
 * The demo FAQ's second part (issue 15.6): the renewal years' questions, moving, the health insurance
 * change, fraud, and the card's basics. Facts come from the design notes, the national sites, and
 * municipal pages that state the national rules (read on READ; cited so an editor can re-read them).
 * Anything Eniwa decides for itself (fees, counters, deadlines of its own) stays a draft with a note.
 */

const page = (url: string, title: string) => ({ url, title, checkedOn: READ })
const RENEWAL_PAGE = page(
  'https://www.city.tokorozawa.saitama.jp/kurashi/mynumber/mynumbercard/simin20190912card_kousin.html',
  '所沢市 マイナンバーカード・電子証明書の有効期限通知書について',
)
const CERTIFICATE_PAGE = page(
  'https://www.town.shika.lg.jp/jyuumin/kosekizyuumin/jyuumin_mynumber_kousin.html',
  '志賀町 マイナンバーカード・電子証明書の更新',
)
const NOTICE_PAGE = page(
  'https://www.town.oguchi.lg.jp/7612.htm',
  '大口町 マイナンバーカード及び電子証明書の更新について',
)
const EXPIRY_PAGE = page(
  'https://www.city.tono.iwate.jp/index.cfm/45,80926,242,472,html',
  '遠野市 マイナンバーカード及び電子証明書の有効期限',
)
const MOVING_PAGE = page(
  'https://www.city.tomakomai.hokkaido.jp/kurashi/mynumber/keizoku.html',
  '苫小牧市 マイナンバーカードの継続利用',
)
const INSURANCE_PAGE = page('https://www.city.yonago.lg.jp/1148.htm', '米子市 マイナ保険証と資格確認書')
const FRAUD_PAGE = page(
  'https://www.town.kanda.lg.jp/page/1076.html',
  '苅田町 マイナンバー制度に便乗した詐欺に注意',
)
const CAA = { url: 'https://www.caa.go.jp/', title: '消費者庁（消費者ホットライン188）', checkedOn: CHECKED }

export const DEMO_FAQ_MORE: readonly DemoFaq[] = [
  {
    key: 'renew_when',
    question: 'カードの更新はいつから申請できますか',
    answer:
      'カードの有効期限の3か月前の翌日から、新しいカードを申請できます。そのころ、J-LISから有効期限通知書（青い封筒）と交付申請書が届きます。\n\n申請から受け取りまで1～2か月ほどかかるので、通知が届いたら早めに申請してください。',
    category: 'deadlines',
    keywords: ['更新', 'いつから', '3か月前', '早めに', '有効期限'],
    phrasings: ['更新は何か月前からできる', '期限前に更新したい', '早めに更新できますか'],
    sources: [JLIS, RENEWAL_PAGE, CERTIFICATE_PAGE],
  },
  {
    key: 'notice_missing',
    question: '有効期限通知書が届きません（なくしました）',
    answer:
      '有効期限通知書は転送されない郵便で、住民票の住所に届きます。住民票の住所と違うところにお住まいだと届きません。\n\n通知書がなくても更新できます。\n- カードの更新: 市役所で新しい交付申請書を発行します\n- 電子証明書の更新: マイナンバーカードを持って市役所の窓口へお越しください',
    category: 'deadlines',
    keywords: ['有効期限通知書', '届かない', 'なくした', '青い封筒', '転送不要'],
    phrasings: ['更新の通知が来ない', '有効期限のお知らせを捨ててしまった', '通知書がない'],
    sources: [NOTICE_PAGE, CERTIFICATE_PAGE, JLIS],
  },
  {
    key: 'certificate_expired',
    question: '電子証明書の有効期限が切れるとどうなりますか',
    answer:
      'カード本体の有効期限内であれば、本人確認書類としては使えます。\n\n電子証明書を使うサービスは使えなくなります。\n- コンビニでの住民票などの取得\n- マイナポータルへのログイン\n- e-Taxなどの電子申請\n\n電子証明書の更新はオンラインではできません。マイナンバーカードを持って市役所の窓口で更新してください。',
    category: 'deadlines',
    keywords: ['電子証明書', '期限切れ', '使えない', 'e-Tax', 'コンビニ交付'],
    phrasings: ['電子証明書が切れた', '証明書の期限が過ぎた', 'コンビニで住民票が取れなくなった'],
    sources: [EXPIRY_PAGE, CERTIFICATE_PAGE],
    editorNote:
      '保険証としての利用は、電子証明書の期限切れ後も一定期間使える経過措置がある（厚生労働省）。期間を確認してから回答に加えること。',
  },
  {
    key: 'hotline_languages',
    question: '外国語で相談できる電話はありますか',
    answer:
      '英語・中国語・韓国語・スペイン語・ポルトガル語で相談できます（無料）。\n- マイナンバー制度とマイナポータル: 0120-0178-26\n- カード・紛失や盗難: 0120-0178-27',
    category: 'card_system',
    keywords: ['外国語', '英語', '中国語', 'English', 'ポルトガル語'],
    phrasings: ['英語で話せる窓口', '外国人の家族が相談したい', 'Can I ask in English'],
    sources: [JLIS],
    translations: {
      en: {
        question: 'Is there a phone line in other languages?',
        answer:
          'Free lines in English, Chinese, Korean, Spanish and Portuguese:\n- The system and Mynaportal: 0120-0178-26\n- The card, loss or theft: 0120-0178-27',
      },
    },
  },
  {
    key: 'what_is_mynumber',
    question: 'マイナンバー（個人番号）とは何ですか',
    answer:
      '住民票のあるすべての方に1人1つ指定される12桁の番号です。社会保障・税・災害対策の行政手続きで使われます。\n\n番号は原則として一生同じです。番号が漏れて悪用されるおそれがある場合は、変更を申し出ることができます。',
    category: 'card_system',
    keywords: ['マイナンバー', '個人番号', '12桁', '制度'],
    phrasings: ['マイナンバーって何', '個人番号とカードの違い'],
    sources: [DIGITAL],
  },
  {
    key: 'card_optional',
    question: 'マイナンバーカードは必ず作らなければいけませんか',
    answer:
      'マイナンバーカードの取得は義務ではなく、ご本人の希望で申請するものです。\n\nマイナンバー（番号）そのものは、カードがなくても住民票のある方全員に指定されています。',
    category: 'card_system',
    keywords: ['義務', '任意', '必要', '作らない'],
    phrasings: ['カードを作らないといけないの', 'カードは強制ですか', '作らなくてもいいですか'],
    sources: [DIGITAL, JLIS],
  },
  {
    key: 'show_number',
    question: 'マイナンバーを人に見せたり教えたりしても大丈夫ですか',
    answer:
      'カードの表面（氏名・住所・写真など）は、本人確認書類として見せて構いません。\n\n裏面のマイナンバーを伝えるのは、勤務先や市役所など、法律で決められた手続き（社会保障・税・災害対策）のときだけです。それ以外の相手に番号を教えたり、裏面をコピーさせたりしないでください。',
    category: 'card_system',
    keywords: ['番号を教える', '裏面', 'コピー', '提供', '勤務先'],
    phrasings: ['会社にマイナンバーを出していいの', 'カードのコピーを取られた', '番号を聞かれた'],
    sources: [DIGITAL],
  },
  {
    key: 'fraud',
    question: '市役所を名乗る電話で暗証番号や口座番号を聞かれました',
    answer:
      '国や市役所、このコールセンターが、電話やメールで暗証番号・口座番号・家族構成などを聞くことはありません。答えずに電話を切ってください。\n\n不審な電話の相談は消費者ホットライン「188」、被害にあったときは警察相談専用電話「#9110」か最寄りの警察署へ。カードを渡してしまった場合は、すぐに一時利用停止をしてください（0120-95-0178）。',
    category: 'other',
    keywords: ['詐欺', '不審な電話', 'あやしい', '188', 'なりすまし'],
    phrasings: ['変な電話がかかってきた', 'マイナンバーの詐欺', '役所から暗証番号を聞かれた'],
    sources: [FRAUD_PAGE, CAA],
  },
  {
    key: 'insurance_no_card',
    question: 'マイナ保険証を持っていない人は病院にかかれますか',
    answer:
      'かかれます。2024年12月2日から従来の健康保険証は新しく発行されなくなりましたが、マイナ保険証をお持ちでない方には、加入している健康保険から「資格確認書」が申請なしで届きます。医療機関で資格確認書を見せれば、今までどおりの負担で受診できます。\n\n国民健康保険の方の資格確認書は、市の国民健康保険の担当課が発行します。',
    category: 'card_system',
    keywords: ['資格確認書', '保険証', '廃止', '病院', '国民健康保険'],
    phrasings: ['保険証がなくなるの', 'マイナ保険証がないと病院に行けない', '紙の保険証はどうなる'],
    sources: [MHLW, INSURANCE_PAGE],
  },
  {
    key: 'smartphone_card',
    question: 'スマートフォンにマイナンバーカードの機能を入れられますか',
    answer:
      '対応しているAndroidスマートフォンとiPhoneに、マイナンバーカードの電子証明書の機能を入れられます。マイナポータルアプリから申し込み、マイナンバーカードと暗証番号が必要です。\n\nスマートフォンに入れても、マイナンバーカードそのものは引き続き必要です。',
    category: 'online_application',
    keywords: ['スマホ用電子証明書', 'スマートフォン', 'iPhone', 'Android', 'スマホ'],
    phrasings: ['スマホにマイナカードを入れたい', 'iPhoneでマイナンバーカード', 'スマホだけで使える'],
    sources: [DIGITAL, PORTAL],
  },
  {
    key: 'mail_apply',
    question: '郵送で申請するにはどうしますか',
    answer:
      '交付申請書に記入して顔写真（縦4.5cm×横3.5cm）を貼り、同封の返信用封筒に入れてポストに投函します。\n\n交付申請書の氏名・住所などが今と違う場合は、その申請書は使えません。市役所で新しい交付申請書を発行します。',
    category: 'how_to_apply',
    keywords: ['郵送申請', '郵便', '封筒', 'ポスト', '交付申請書'],
    phrasings: ['郵便で申し込みたい', '申請書を送る封筒', '写真を貼って送る'],
    sources: [JLIS, RENEWAL_PAGE],
  },
  {
    key: 'photo_booth',
    question: '街の証明写真機で申請できますか',
    answer:
      '申請に対応した証明写真機でできます。画面で「マイナンバーカード申請」を選び、交付申請書のQRコードを読み取らせて写真を撮ると、そのまま申請できます。撮影料金がかかります。',
    category: 'how_to_apply',
    keywords: ['証明写真機', '写真機', 'QRコード', 'スピード写真'],
    phrasings: ['写真機から申請', 'スピード写真で申し込み', '駅の写真ボックスで申請'],
    sources: [JLIS],
  },
  {
    key: 'onestop_moving',
    question: '引っ越しの手続きはマイナポータルでできますか',
    answer:
      'マイナンバーカードをお持ちの方は、マイナポータルから転出届と転入予定の連絡ができます（引越しワンストップサービス）。転出のために前の市役所へ行く必要はありません。\n\n転入先の市役所には、マイナンバーカードを持って転入の手続きに行く必要があります。',
    category: 'mynaportal',
    keywords: ['引越しワンストップ', '転出届', 'オンライン', 'マイナポータル', '引っ越し'],
    phrasings: ['ネットで転出届を出したい', '引っ越しをオンラインで', '役所に行かずに転出'],
    sources: [DIGITAL, PORTAL],
  },
  {
    key: 'moving_deadline',
    question: '市外から引っ越してきました。カードの手続きに期限はありますか',
    answer:
      '住み始めた日から14日以内に、マイナンバーカードを持って転入届をしてください。暗証番号（数字4桁）の入力が必要です。\n\n次の場合、カードは使えなくなります（失効）。\n- 転入届をしないまま、転出予定日から30日または住み始めた日から14日を過ぎた\n- 転入届をした日から90日以内にカードの継続利用の手続きをしなかった',
    category: 'card_system',
    keywords: ['転入', '14日', '90日', '継続利用', '失効'],
    phrasings: ['恵庭市に引っ越してきた', '転入届の期限', '引っ越してカードが使えなくなった'],
    sources: [MOVING_PAGE, JLIS],
  },
  {
    key: 'pin_at_pickup',
    question: '暗証番号は受け取りのときに決めるのですか',
    answer:
      'はい。カードを受け取る日に、窓口でご本人が暗証番号を設定します。\n- 数字4桁（利用者証明用・住民基本台帳用・券面事項入力補助用。同じ番号にできます）\n- 英数字6～16文字（署名用）\n\nあらかじめ決めてお越しください。暗証番号を職員やコールセンターが聞くことはありません。',
    category: 'items_to_bring',
    keywords: ['暗証番号', '設定', '受け取り', '決めておく'],
    phrasings: ['暗証番号はいつ決める', '受け取りの日に暗証番号', 'パスワードを考えておく'],
    sources: [JLIS],
  },
  {
    key: 'old_card',
    question: '更新したら今のカードはどうなりますか',
    answer:
      '新しいカードを受け取るときに、今お持ちのカードを窓口で返していただきます。受け取りの日は今のカードを忘れずにお持ちください。新しいカードを受け取るまでは、今のカードを有効期限まで使えます。',
    category: 'items_to_bring',
    keywords: ['古いカード', '返納', '回収', '今のカード'],
    phrasings: ['古いカードは返すの', '前のカードはどうする', '更新後の古いカード'],
    sources: [JLIS],
  },
  {
    key: 'juki_card',
    question: '住民基本台帳カード（住基カード）はどうなりますか',
    answer:
      '住基カードは、マイナンバーカードを受け取るときに返していただきます。両方を持つことはできません。受け取りの日に住基カードをお持ちください。\n\nマイナンバーカードを作らない場合、住基カードは有効期限まで使えます。',
    category: 'card_system',
    keywords: ['住基カード', '住民基本台帳カード', 'じゅうきカード', '返納'],
    phrasings: ['住基カードを持っている', '住基カードは使える'],
    sources: [JLIS],
  },
  {
    key: 'public_account',
    question: '公金受取口座の登録はどうすればよいですか',
    answer:
      '公金受取口座は、給付金などを受け取る口座を国に登録しておく制度で、登録は任意です。マイナポータルから、マイナンバーカードを使って登録・変更できます。',
    category: 'mynaportal',
    keywords: ['公金受取口座', '口座登録', '給付金', '銀行口座'],
    phrasings: ['口座を登録したい', '給付金の口座', '口座のひもづけ'],
    sources: [DIGITAL, PORTAL],
  },
  {
    key: 'postcard_lost',
    question: '交付通知書（はがき）をなくしました',
    answer:
      '交付通知書がなくても、受け取りの手続きができる場合があります。お名前と生年月日で申請を確認し、必要なものをご案内します。',
    category: 'items_to_bring',
    keywords: ['交付通知書', 'はがき', 'なくした', '紛失'],
    phrasings: ['はがきを捨ててしまった', '通知のはがきが見つからない'],
    sources: [CITY],
    editorNote:
      'はがきがない場合の扱い（再発行するか、本人確認書類を追加で求めるか）は市の手順で確認してから公開すること。',
    draft: true,
  },
  {
    key: 'card_damaged',
    question: 'カードが割れた・ICチップが読めなくなりました',
    answer:
      'カードが壊れた場合や、ICチップが読み取れなくなった場合は、市役所の窓口で再交付を申請します。今のカードと本人確認書類をお持ちください。',
    category: 'card_system',
    keywords: ['割れた', '壊れた', 'ICチップ', '読めない', '破損'],
    phrasings: ['カードが曲がった', 'カードリーダーで読めない', 'カードが破損した'],
    sources: [JLIS, CITY],
    editorNote:
      '手数料の有無と額（本人の責による破損かどうかで違うことがある）は市の設定で確認してから公開すること。',
    draft: true,
  },
]
