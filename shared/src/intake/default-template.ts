import type { ChecklistItem, ChecklistTemplate } from './template'

/**
 * The default intake checklist (docs/design/domain-facts.md, 本人確認書類 and 交付申請書). The server seeds
 * its reference data from this same value; a device uses it until its first sync pull brings the
 * server's copy. Item ids are stable: intakes store states by item id.
 */

type Kind = ChecklistItem['kind']
const item = (id: string, kind: Kind, ja: string, en: string): ChecklistItem => ({
  id,
  kind,
  label: { ja, en },
})

/** Group A: photo ID issued by a public body. One is enough. */
const IDENTITY_A = [
  item('a_drivers_license', 'identity_a', '運転免許証', "Driver's licence"),
  item('a_driving_record', 'identity_a', '運転経歴証明書', 'Certificate of driving record'),
  item('a_passport', 'identity_a', '旅券（パスポート）', 'Passport'),
  item('a_disability', 'identity_a', '身体障害者手帳', 'Physical disability certificate'),
  item('a_mental_health', 'identity_a', '精神障害者保健福祉手帳', 'Mental disability certificate'),
  item('a_rehabilitation', 'identity_a', '療育手帳', 'Rehabilitation certificate'),
  item('a_residence_card', 'identity_a', '在留カード', 'Residence card'),
  item('a_special_permanent', 'identity_a', '特別永住者証明書', 'Special permanent resident certificate'),
  item('a_juki_photo', 'identity_a', '写真付き住民基本台帳カード', 'Basic resident register card with photo'),
]

/** Group B: documents showing name and date of birth or address. Two are needed. */
const IDENTITY_B = [
  item('b_health_insurance', 'identity_b', '健康保険の資格確認書・保険証', 'Health insurance certificate'),
  item('b_pension', 'identity_b', '年金手帳・基礎年金番号通知書', 'Pension book or number notice'),
  item('b_care_insurance', 'identity_b', '介護保険被保険者証', 'Long-term care insurance card'),
  item('b_medical', 'identity_b', '医療受給者証', 'Medical benefit certificate'),
  item('b_employee_id', 'identity_b', '社員証', 'Employee ID'),
  item('b_student_id', 'identity_b', '学生証', 'Student ID'),
  item(
    'b_other',
    'identity_b',
    'その他（氏名と生年月日または住所の記載があるもの）',
    'Other (name and birth date or address)',
  ),
]

/** Under 15 or an adult ward: the legal representative applies with their own ID and proof. */
const REPRESENTATIVE = [
  item('rep_identity', 'representative', '法定代理人の本人確認書類', "The legal representative's ID"),
  item(
    'rep_proof',
    'representative',
    '代理権の確認書類（戸籍謄本など）',
    'Proof of representation (family register etc.)',
  ),
]

const FORM = [
  item('form_present', 'form', '交付申請書（申請書IDを確認）', 'Application form (check the form ID)'),
]

const CONSENTS = [
  item('consent_photo', 'consent', '顔写真の撮影と利用への同意', 'Consent to take and use the face photo'),
  item(
    'consent_application',
    'consent',
    '申請内容を市へ送ることへの同意',
    'Consent to send the application to the city',
  ),
]

export const DEFAULT_CHECKLIST_TEMPLATE: ChecklistTemplate = {
  id: 'default',
  version: 1,
  name: { ja: '出張申請サポート 標準チェックリスト', en: 'Pop-up support standard checklist' },
  items: [...IDENTITY_A, ...IDENTITY_B, ...REPRESENTATIVE, ...FORM, ...CONSENTS],
}

/** Every template the server seeds, and a device falls back to before its first pull. */
export const DEFAULT_CHECKLIST_TEMPLATES: readonly ChecklistTemplate[] = [DEFAULT_CHECKLIST_TEMPLATE]
