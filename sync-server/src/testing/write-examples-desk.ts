import { bookingExamples } from './write-examples-booking'
import { callExamples } from './write-examples-calls'
import type { ExampleContext, Examples } from './write-examples-office'
import { syncExamples } from './write-examples-sync'

/**
 * Example requests for the desk's and the tablets' write routes, for the end-to-end file search of
 * issue #11 (http/no-number-stored.test.ts): sign-in here, the rest by feature in
 * write-examples-booking.ts, write-examples-calls.ts and write-examples-sync.ts; the office's are in
 * write-examples-office.ts. Each maker sets up what its request needs, fresh every time.
 */
export function deskExamples(ctx: ExampleContext): Examples {
  /** A valid request for each write route, made fresh for every variant (ids are used up). */
  return {
    'post /api/auth/sign-in': async () => ({
      path: '/api/auth/sign-in',
      body: { loginId: 'nobody-here', password: 'not-the-password' },
      ok: 401,
    }),
    ...bookingExamples(ctx),
    ...syncExamples(ctx),
    ...callExamples(ctx),
  }
}
