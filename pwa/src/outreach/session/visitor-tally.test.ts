import { describe, expect, it } from 'vitest'
import { tallyVisitors, type VisitorReceipt } from './visitor-tally'

const sent = (recordId: string, visitorNo?: number): VisitorReceipt => ({
  recordId,
  entity: 'intake',
  ...(visitorNo === undefined ? {} : { visitorNo }),
})
const deleted = (recordId: string, visitorNo?: number): VisitorReceipt => ({
  ...sent(recordId, visitorNo),
  deleted: true,
})

describe('counting a session’s visitors across the purge', () => {
  it('starts at 1 in an empty session', () => {
    expect(tallyVisitors([], [])).toEqual({ served: 0, cleared: 0, nextVisitorNo: 1 })
  })

  it('counts the intakes on the tablet and numbers the next one after the highest', () => {
    const intakes = [
      { id: 'a', visitorNo: 1 },
      { id: 'b', visitorNo: 2 },
    ]
    expect(tallyVisitors(intakes, [])).toEqual({ served: 2, cleared: 0, nextVisitorNo: 3 })
  })

  it('keeps counting visitors that were sent and cleared from the tablet', () => {
    const tally = tallyVisitors([{ id: 'c', visitorNo: 3 }], [sent('a', 1), sent('b', 2)])
    expect(tally).toEqual({ served: 3, cleared: 2, nextVisitorNo: 4 })
  })

  it('does not restart numbering when every visitor has left the tablet', () => {
    expect(tallyVisitors([], [sent('a', 1), sent('b', 2), sent('c', 3)])).toEqual({
      served: 3,
      cleared: 3,
      nextVisitorNo: 4,
    })
  })

  it('counts a visitor confirmed but still on the tablet (the grace period) once', () => {
    const tally = tallyVisitors([{ id: 'a', visitorNo: 1 }], [sent('a', 1)])
    expect(tally).toEqual({ served: 1, cleared: 0, nextVisitorNo: 2 })
  })

  it('does not count a deleted visitor, and never gives its number again', () => {
    // Visitor 3 was the newest and was deleted: the next visitor is 4, not 3 again.
    const tally = tallyVisitors([{ id: 'b', visitorNo: 2 }], [sent('a', 1), deleted('c', 3)])
    expect(tally).toEqual({ served: 2, cleared: 1, nextVisitorNo: 4 })
    expect(tallyVisitors([], [deleted('a', 1)])).toEqual({ served: 0, cleared: 0, nextVisitorNo: 2 })
  })

  it('ignores the receipts of notes and photos', () => {
    const receipts: VisitorReceipt[] = [
      sent('a', 1),
      { recordId: 'n', entity: 'consultation_note' },
      { recordId: 'p', entity: 'photo' },
      { recordId: 's', entity: 'outreach_session' },
    ]
    expect(tallyVisitors([], receipts)).toEqual({ served: 1, cleared: 1, nextVisitorNo: 2 })
  })

  it('still never repeats a number for receipts kept before they held the number', () => {
    // Three visitors purged by an older version (no number kept), visitor 4 still on the tablet.
    const tally = tallyVisitors([{ id: 'd', visitorNo: 4 }], [sent('a'), sent('b'), deleted('c')])
    expect(tally).toEqual({ served: 3, cleared: 2, nextVisitorNo: 5 })
    expect(tallyVisitors([], [sent('a'), sent('b')]).nextVisitorNo).toBe(3)
  })

  it('takes the number from the receipt when the tablet copy is gone, whatever the order', () => {
    const tally = tallyVisitors([], [sent('b', 7), deleted('a', 9), sent('c', 8)])
    expect(tally).toEqual({ served: 2, cleared: 2, nextVisitorNo: 10 })
  })
})
