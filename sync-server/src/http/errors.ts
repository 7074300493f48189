import { type ApiError, type FieldProblem, type Lang, translate } from '@madoguchi/shared'

export function errorBody(
  lang: Lang,
  code: string,
  requestId?: string,
  extra?: { fields?: Record<string, FieldProblem[]>; details?: unknown },
): ApiError {
  return {
    error: {
      code,
      message: translate(lang, `error.${code}`),
      ...(extra?.fields ? { fields: extra.fields } : {}),
      ...(extra?.details !== undefined ? { details: extra.details } : {}),
    },
    ...(requestId ? { requestId } : {}),
  }
}
