import { type FieldProblem, signInRetryText } from '@madoguchi/shared'
import { ApiRequestError } from './api'
import { knownKey, type Translate } from './i18n'

/**
 * What to tell the user about a failure, in their language: the catalog's `error.<code>` sentence
 * (what happened and what to do), else the server's own message, never a status code.
 */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiRequestError) {
    // The sign-in throttle says until when: tell the user the time, in their language.
    const retryAt = (error.details as { retryAt?: unknown } | undefined)?.retryAt
    if (error.code === 'rate_limited' && typeof retryAt === 'string' && !Number.isNaN(Date.parse(retryAt))) {
      return signInRetryText(t, new Date(retryAt), new Date())
    }
    const key = knownKey(`error.${error.code}`)
    if (key) return t(key)
    if (error.message) return error.message
  }
  return t('error.internal')
}

/** One field problem, from the catalog's `field.<code>` when we know it. */
export function fieldText(t: Translate, problem: FieldProblem): string {
  const key = knownKey(`field.${problem.code}`)
  return key ? t(key) : problem.message
}
