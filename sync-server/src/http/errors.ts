import {
  type ApiError,
  type ErrorCode,
  type FieldProblem,
  HTTP_STATUS_OF,
  type Lang,
  translate,
} from '@madoguchi/shared'

/**
 * An error a service or route throws on purpose. It always becomes the one API error shape with a
 * 4xx status; anything else that escapes is a defect and becomes a logged 500.
 */
export class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldProblem[]>,
    readonly details?: unknown,
    readonly status: number = HTTP_STATUS_OF[code],
  ) {
    super(code)
  }
}

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

/** A field problem whose message is translated from the `field.<code>` catalog entry. */
export function fieldProblem(lang: Lang, code: string): FieldProblem {
  return { code, message: translate(lang, `field.${code}`) }
}
