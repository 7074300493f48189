import { messages } from '@madoguchi/shared'
import { describe, expect, it, vi } from 'vitest'
import { BOOKING_KEY_TABLE, type DeskCommands } from '../booking/keys'
import { CALL_KEY_TABLE, type CallCommands } from './call-keys'
import { bindKeys, findKey, helpGroups, type KeyContext } from './keys'

const at = (region: string, inText = false, textEmpty = false): KeyContext => ({ region, inText, textEmpty })

function spy<C>(names: string[]): C {
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as C
}

// The desk joins the tables on screen: its own, and the booking panel's.
const callCommands = spy<CallCommands>(['toggleHelp', 'takeCall', 'focusLog'])
const bookingCommands = spy<DeskCommands>([
  'focusFind',
  'newBooking',
  'chooseType',
  'book',
  'focusSlots',
  'focusPerson',
])
const joined = [...bindKeys(CALL_KEY_TABLE, callCommands), ...bindKeys(BOOKING_KEY_TABLE, bookingCommands)]

describe('the desk key tables joined', () => {
  it('opens the help with ? anywhere but in a box with text typed', () => {
    findKey(joined, '?', at('find', true, true))?.run()
    expect(callCommands.toggleHelp).toHaveBeenCalledTimes(1)
    expect(findKey(joined, '?', at('find', true, false))).toBeUndefined()
    expect(findKey(joined, '?', at('other'))?.id).toBe('help')
  })

  it('takes a call with Alt+T even while typing, and runs the bound command', () => {
    findKey(joined, 'Alt+T', at('person', true))?.run()
    expect(callCommands.takeCall).toHaveBeenCalledTimes(1)
  })

  it('still gives the booking keys to the booking panel', () => {
    findKey(joined, 'Alt+B', at('person', true))?.run()
    expect(bookingCommands.book).toHaveBeenCalledTimes(1)
  })

  it('never binds one key twice in the same place across tables', () => {
    const seen = new Set<string>()
    for (const row of joined) {
      for (const key of row.keys) {
        const where = `${row.region ?? '*'} ${key}`
        expect(seen.has(where), where).toBe(false)
        seen.add(where)
      }
    }
  })

  it('builds one help from every table, the call first, each row with a catalog label', () => {
    const groups = helpGroups(joined, (row) => row.groupTitle)
    expect(groups[0]?.title).toBe('calls.keys.group.call')
    expect(groups.map((g) => g.title)).toContain('desk.keys.group.slots')
    for (const g of groups) {
      expect(Object.hasOwn(messages, g.title), g.title).toBe(true)
      for (const r of g.rows) for (const l of r.labels) expect(Object.hasOwn(messages, l), l).toBe(true)
    }
  })
})
