import { type ErrorCode, type FieldProblem, HTTP_STATUS_OF, type Lang, translate } from '@madoguchi/shared'

/**
 * An error a service or route throws on purpose, named by a stable code from shared/. The HTTP layer
 * turns it into the one API error shape with the code's 4xx status; anything else that escapes is a
 * defect and becomes a logged 500. It lives outside http/ so services never import the HTTP layer.
 */
export class AppError extends Error {
  /** Records whose personal data the details show (a 409 with the record as it stands): audited. */
  carried?: string[]

  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldProblem[]>,
    readonly details?: unknown,
    readonly status: number = HTTP_STATUS_OF[code],
  ) {
    super(code)
  }
}

/** A field problem whose message is translated from the `field.<code>` catalog entry. */
export function fieldProblem(lang: Lang, code: string): FieldProblem {
  return { code, message: translate(lang, `field.${code}`) }
}
