import { monthRange } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { callWriter, DAY, keptDaysKit } from '../testing/day-tallies-kit'
import { useTestServer } from '../testing/use-server'

// A day is reconciled once, from the rows within two hours of it (day-tallies.ts). When a chain of
// possible pairs between calls and call-detail rows runs past that margin, what the day alone gives
// cannot be shown to be the month's answer: the report takes that day from the whole month, still
// equal to the reference, and does not keep it. It needs none of the seeded quarter of
// day-tallies.test.ts: the chain alone, on a fresh server.

const now = new Date('2027-02-05T03:00:00Z')
const t = useTestServer('supervisor', { now })
const { expectSameAsReference, keptDays } = keptDaysKit(t, now)

describe('the report from kept days equals the month reconciled at once', () => {
  it('a day whose chain of possible pairs runs past its margin is taken from the whole month, and not kept', async () => {
    const db = t.server.db
    const w = callWriter(db, now)
    const from = monthRange('2026-12').from + 9 * DAY - 2 * 3_600_000
    db.transaction(() => {
      // Hand calls on an unknown line every 90 s for five hours across midnight, each between two rows' answers.
      for (let k = 0; k < 200; k++) {
        const t0 = from + k * 90_000
        w.cdr('1', t0, t0 + 60_000, t0 + 80_000)
        w.call({
          hand: true,
          line: null,
          start: t0 + 105_000,
          answered: t0 + 105_000,
          talk: 20,
          outcome: 'resolved',
          categories: ['other'],
        })
      }
    })()
    await expectSameAsReference('2026-12')
    await expectSameAsReference('2026-12') // read again: the same, from the days kept and the month for the rest
    const days = (keptDays() as { day: string }[]).map((d) => d.day)
    expect(days).toContain('2026-12-01')
    expect(days).not.toContain('2026-12-09')
    expect(days).not.toContain('2026-12-10')
  }, 60_000)
})
