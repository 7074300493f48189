import { defineMessages } from '../define'

/** The outreach tablet: photo consent, the face check, the lock screen's emergency sign-out, storage. */
export const outreachTabletMessages = defineMessages({
  'photo.consentFirst': {
    ja: '撮影の前に、顔写真の撮影と利用への同意をご本人に伺ってください。同意ありを選ぶとカメラが起動します。',
    en: 'Before the photo, ask the visitor for consent to take and use it. Choosing Agreed starts the camera.',
  },
  'photo.consentDeclined': {
    ja: '同意が得られていないため、撮影できません。ご本人が同意された場合は「同意あり」を選んでください。',
    en: 'No consent, so no photo can be taken. If the visitor agrees, choose Agreed.',
  },
  'photo.overrideReason': {
    ja: '注意があるまま使う理由（例: 本人の希望で眼鏡のまま）',
    en: "Why use it despite the warnings (e.g. glasses kept on at the visitor's wish)",
  },
  'photo.overrideNeeded': {
    ja: '注意があるまま使うときは、理由を入力してください。',
    en: 'To use it despite the warnings, give the reason.',
  },
  'photo.overridden': { ja: '注意を確認のうえ使用: {reason}', en: 'Used despite warnings: {reason}' },
  'face.problem.no_face': {
    ja: '顔が写っていません。ご本人に枠の中へ入っていただき、撮り直してください。',
    en: 'No face found. Have the visitor stand inside the frame and retake.',
  },
  'face.problem.several_faces': {
    ja: '複数の顔が写っています。ご本人だけが写るようにして撮り直してください。',
    en: 'More than one face. Make sure only the visitor is in the picture and retake.',
  },
  'face.problem.face_too_small': {
    ja: '顔が小さすぎます。もう少し近づいて、頭の上とあごを線に合わせてください。',
    en: 'The face is too small. Move closer so the head top and chin meet the lines.',
  },
  'face.problem.face_too_large': {
    ja: '顔が大きすぎます。少し離れて、頭の上とあごを線に合わせてください。',
    en: 'The face is too large. Step back so the head top and chin meet the lines.',
  },
  'face.problem.head_too_high': {
    ja: '頭の上の余白が足りません。カメラを少し上に向けてください。',
    en: 'Too little space above the head. Tilt the camera up a little.',
  },
  'face.problem.head_too_low': {
    ja: '頭の上の余白が多すぎます。カメラを少し下に向けてください。',
    en: 'Too much space above the head. Tilt the camera down a little.',
  },
  'face.problem.face_off_centre': {
    ja: '顔が中央にありません。左右の位置を合わせてください。',
    en: 'The face is not centred. Line it up left to right.',
  },
  'face.problem.face_tilted': {
    ja: '顔が傾いています。まっすぐ正面を向いていただいてください。',
    en: 'The head is tilted. Ask the visitor to face the camera straight.',
  },
  'face.problem.face_check_unavailable': {
    ja: '顔の確認ができませんでした。写真を目で確かめてください。',
    en: 'The face check could not run. Check the photo by eye.',
  },
  'lock.setup.trivial': {
    ja: '1111 や 1234 のように推測されやすい番号は使えません。別の番号にしてください。',
    en: 'A PIN like 1111 or 1234 is too easy to guess. Choose another.',
  },
  'lock.emergency.title': { ja: '緊急時のサインアウト', en: 'Emergency sign-out' },
  'lock.emergency.lead': {
    ja: '暗証番号を忘れた・担当者が不在などで解除できないときだけ使います。サインアウトすると、次に使うにはパスワードでのサインインが必要です。',
    en: 'Only when no one here can unlock (PIN forgotten, staff away). After signing out, a password sign-in is needed to use the tablet again.',
  },
  'lock.emergency.signOut': { ja: '緊急サインアウト', en: 'Emergency sign-out' },
  'outreach.storage.refused': {
    ja: '保存が保護されていません: 端末の空きが少なくなると、ブラウザーが送信前の記録を消すことがあります。早めに送信するか、保護を依頼してください。',
    en: 'Storage is not protected: when space runs low the browser may clear records not yet sent. Send soon, or ask for protection.',
  },
  'outreach.storage.askAgain': { ja: '保護を依頼する', en: 'Ask for protection' },
  'outreach.intake.docsLead': {
    ja: 'ご提示いただいた書類だけを選んでください（もう一度押すと取り消し）。',
    en: 'Pick only the documents shown (tap again to undo).',
  },
  'outreach.intake.shown': { ja: '提示あり', en: 'Shown' },
})
