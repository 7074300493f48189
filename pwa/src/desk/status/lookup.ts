import {
  APPLICATION_FORM_ID_LENGTH,
  applicationFormIdProblem,
  type MessageKey,
  normaliseApplicationFormId,
  type Params,
} from '@madoguchi/shared'

/**
 * What the box says under a 申請書ID as it is typed: how many digits so far, or what is wrong. The
 * same shared rule the server applies, so the desk never sends an ID the server would refuse.
 */
export function boxHint(text: string): { key: MessageKey; params: Params; ok: boolean } {
  const digits = normaliseApplicationFormId(text)
  const problem = applicationFormIdProblem(text)
  if (!problem) return { key: 'status.box.digits', params: { count: APPLICATION_FORM_ID_LENGTH }, ok: true }
  if (problem.code === 'empty') return { key: 'status.box.hint', params: {}, ok: false }
  if (problem.code === 'short' && /^\d*$/.test(digits))
    return { key: 'field.form_id_short', params: { count: problem.count }, ok: false }
  return {
    key: `field.form_id_${problem.code}` as MessageKey,
    params: { count: problem.count ?? 0 },
    ok: false,
  }
}

/** The call log learns what the call was about: 申請状況の確認, added once, after what is chosen. */
export function withStatusCategory(categories: readonly string[]): string[] {
  return categories.includes('application_status') ? [...categories] : [...categories, 'application_status']
}
