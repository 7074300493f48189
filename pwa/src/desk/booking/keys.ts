import type { MessageKey } from '@madoguchi/shared'
import { helpGroups as groupsOf, type KeyRow, type KeyTable } from '../call/keys'

export { findKey, type KeyContext, keyLabel, keyOf } from '../call/keys'

/**
 * The booking panel's keys, as data (style.md "Desk actions as data"): each row is a key, a catalog
 * label and what it does. The panel contributes this table to the desk's one key handler and `?`
 * help (call/key-registry.ts) while it is on screen.
 */

/** What the booking panel offers to the table. The hook `useBookingDesk` implements it. */
export interface DeskCommands {
  focusFind(): void
  newBooking(): void
  chooseType(index: number): void
  changePeople(delta: number): void
  focusSlots(): void
  focusPerson(): void
  cursor(delta: number): void
  resultCursor(delta: number): void
  cursorDay(delta: number): void
  hold(): void
  book(): void
  resultsFocus(): void
  openResult(): void
  move(): void
  cancel(): void
  attended(): void
  noShow(): void
  printConfirmation(): void
  dayList(): void
}

/** The booking panel's regions (`data-region`): where keyboard focus is. */
export type Region = 'find' | 'results' | 'types' | 'slots' | 'person' | 'detail' | 'other'

export type KeyGroup = 'call' | 'new' | 'slots' | 'booking'

export type DeskKey = KeyRow<DeskCommands> & { group: KeyGroup; region?: Region }

const TYPE_KEYS: DeskKey[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `type${n}`,
  keys: [String(n)],
  label: `desk.key.type${n}` as MessageKey,
  group: 'new',
  inText: 'no',
  helpAs: { id: 'types', keys: ['1–6'], label: 'desk.key.types' },
  perform: (c) => c.chooseType(n - 1),
}))

export const DESK_KEYS: readonly DeskKey[] = [
  {
    id: 'find',
    keys: ['Escape'],
    label: 'desk.key.find',
    group: 'call',
    inText: 'yes',
    perform: (c) => c.focusFind(),
  },
  {
    id: 'toResults',
    keys: ['ArrowDown'],
    label: 'desk.key.toResults',
    group: 'call',
    region: 'find',
    inText: 'yes',
    perform: (c) => c.resultsFocus(),
  },
  {
    id: 'resultNext',
    keys: ['ArrowDown'],
    label: 'desk.key.resultNext',
    group: 'call',
    region: 'results',
    inText: 'no',
    perform: (c) => c.resultCursor(1),
  },
  {
    id: 'resultPrev',
    keys: ['ArrowUp'],
    label: 'desk.key.resultPrev',
    group: 'call',
    region: 'results',
    inText: 'no',
    perform: (c) => c.resultCursor(-1),
  },
  {
    id: 'openResult',
    keys: ['Enter'],
    label: 'desk.key.openResult',
    group: 'call',
    region: 'results',
    inText: 'no',
    perform: (c) => c.openResult(),
  },
  {
    id: 'new',
    keys: ['Alt+N'],
    label: 'desk.key.new',
    group: 'new',
    inText: 'yes',
    perform: (c) => c.newBooking(),
  },
  ...TYPE_KEYS,
  {
    id: 'morePeople',
    keys: ['+'],
    label: 'desk.key.morePeople',
    group: 'new',
    inText: 'no',
    perform: (c) => c.changePeople(1),
  },
  {
    id: 'fewerPeople',
    keys: ['-'],
    label: 'desk.key.fewerPeople',
    group: 'new',
    inText: 'no',
    perform: (c) => c.changePeople(-1),
  },
  {
    id: 'slots',
    keys: ['Alt+S'],
    label: 'desk.key.slots',
    group: 'slots',
    inText: 'yes',
    perform: (c) => c.focusSlots(),
  },
  {
    id: 'slotNext',
    keys: ['ArrowDown'],
    label: 'desk.key.slotNext',
    group: 'slots',
    region: 'slots',
    inText: 'no',
    perform: (c) => c.cursor(1),
  },
  {
    id: 'slotPrev',
    keys: ['ArrowUp'],
    label: 'desk.key.slotPrev',
    group: 'slots',
    region: 'slots',
    inText: 'no',
    perform: (c) => c.cursor(-1),
  },
  {
    id: 'dayNext',
    keys: ['PageDown', 'ArrowRight'],
    label: 'desk.key.dayNext',
    group: 'slots',
    region: 'slots',
    inText: 'no',
    perform: (c) => c.cursorDay(1),
  },
  {
    id: 'dayPrev',
    keys: ['PageUp', 'ArrowLeft'],
    label: 'desk.key.dayPrev',
    group: 'slots',
    region: 'slots',
    inText: 'no',
    perform: (c) => c.cursorDay(-1),
  },
  {
    id: 'hold',
    keys: ['Enter'],
    label: 'desk.key.hold',
    group: 'slots',
    region: 'slots',
    inText: 'no',
    perform: (c) => c.hold(),
  },
  {
    id: 'person',
    keys: ['Alt+I'],
    label: 'desk.key.person',
    group: 'slots',
    inText: 'yes',
    perform: (c) => c.focusPerson(),
  },
  {
    id: 'book',
    keys: ['Alt+B', 'Ctrl+Enter'],
    label: 'desk.key.book',
    group: 'slots',
    inText: 'yes',
    perform: (c) => c.book(),
  },
  {
    id: 'move',
    keys: ['Alt+M'],
    label: 'desk.key.move',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.move(),
  },
  {
    id: 'cancel',
    keys: ['Alt+C'],
    label: 'desk.key.cancel',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.cancel(),
  },
  {
    id: 'attended',
    keys: ['Alt+A'],
    label: 'desk.key.attended',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.attended(),
  },
  {
    id: 'noShow',
    keys: ['Alt+X'],
    label: 'desk.key.noShow',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.noShow(),
  },
  {
    id: 'print',
    keys: ['Alt+P'],
    label: 'desk.key.print',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.printConfirmation(),
  },
  {
    id: 'dayList',
    keys: ['Alt+D'],
    label: 'desk.key.dayList',
    group: 'booking',
    inText: 'yes',
    perform: (c) => c.dayList(),
  },
]

const GROUP_TITLES: Record<KeyGroup, MessageKey> = {
  call: 'desk.keys.group.call',
  new: 'desk.keys.group.new',
  slots: 'desk.keys.group.slots',
  booking: 'desk.keys.group.booking',
}

/** The table the booking panel contributes to the desk. */
export const BOOKING_KEY_TABLE: KeyTable<DeskCommands> = { rows: DESK_KEYS, groups: GROUP_TITLES }

/** Keys that change bookings: booking, holding a slot, moving, cancelling, marking attendance. */
const WRITE_KEYS = new Set(['move', 'cancel', 'attended', 'noShow'])
const changes = (row: DeskKey) => row.group === 'new' || row.group === 'slots' || WRITE_KEYS.has(row.id)

/**
 * The keys of someone who may read bookings but not write them (city staff): find, open, print and
 * the day list. The help overlay then lists only what they can do.
 */
export const READ_ONLY_KEY_TABLE: KeyTable<DeskCommands> = {
  rows: DESK_KEYS.filter((row) => !changes(row)),
  groups: GROUP_TITLES,
}

/** The booking panel's part of the `?` help, grouped in the order of a call, the type keys as '1–6'. */
export const helpGroups = (table: readonly DeskKey[]) => groupsOf(table, (row) => GROUP_TITLES[row.group])
