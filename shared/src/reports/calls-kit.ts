import type { CdrCall, LoggedCall } from './reconcile'

// Fixture builders for the report tests (figures.test.ts, sections.test.ts, month.test.ts,
// cdr.test.ts): one place, so every hand-worked figure starts from the same defaults.

export const at = (iso: string) => Date.parse(iso)
/** A Tokyo clock time in December 2026 as an instant. */
export const jst = (day: number, hhmmss: string) =>
  at(`2026-12-${String(day).padStart(2, '0')}T${hhmmss}+09:00`)

export const logged = (over: Partial<LoggedCall> & { startedAt: number }): LoggedCall => ({
  id: `call-${over.startedAt}`,
  line: '1',
  rang: true,
  answeredAt: over.startedAt + 5_000,
  talkSeconds: 120,
  outcome: 'resolved',
  primary: 'items_to_bring',
  categories: ['items_to_bring'],
  ...over,
})
export const cdr = (
  line: string,
  start: number,
  answeredAfter: number | null,
  endAfter: number,
): CdrCall => ({
  line,
  startedAt: start,
  answeredAt: answeredAfter === null ? null : start + answeredAfter * 1000,
  endedAt: start + endAfter * 1000,
})
