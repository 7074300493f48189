import type { MessageKey } from '@madoguchi/shared'

/**
 * The operator screen's keyboard, as data (style.md "Desk actions as data"): each row is a key, a
 * catalog label and what it does. The same table drives the key handler and the `?` help, so the
 * help can never list a key that does nothing or miss one that does.
 */

/** What the workspace offers to the table. The hook `useBookingDesk` implements it. */
export interface DeskCommands {
  focusFind(): void
  toggleHelp(): void
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

/** Where keyboard focus is: a named part of the workspace, and whether it is a text box. */
export type Region = 'find' | 'results' | 'types' | 'slots' | 'person' | 'detail' | 'other'

export type KeyGroup = 'call' | 'new' | 'slots' | 'booking'

export interface DeskKey {
  id: string
  /** Canonical key strings as `keyOf` makes them: 'Alt+N', 'Ctrl+Enter', 'ArrowDown', '?'. */
  keys: readonly string[]
  label: MessageKey
  group: KeyGroup
  /** Only in this part of the workspace; anywhere when absent. */
  region?: Region
  /**
   * Whether the key works while typing in a text box. Single characters must not ('2' is part of a
   * phone number), so those rows say 'no'; 'empty' lets `?` work in the still-empty find box.
   */
  inText: 'yes' | 'no' | 'empty'
  perform(commands: DeskCommands): void
}

const TYPE_KEYS: DeskKey[] = [1, 2, 3, 4, 5, 6].map((n) => ({
  id: `type${n}`,
  keys: [String(n)],
  label: `desk.key.type${n}` as MessageKey,
  group: 'new',
  inText: 'no',
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
    id: 'help',
    keys: ['?'],
    label: 'desk.key.help',
    group: 'call',
    inText: 'empty',
    perform: (c) => c.toggleHelp(),
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

/** The parts of a keyboard event `keyOf` reads, so it is testable without a DOM. */
export interface KeyLike {
  key: string
  code: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
}

const NAMED = /^(Arrow\w+|Enter|Escape|Page\w+|Home|End|Tab|F\d{1,2})$/

/**
 * A canonical string for a key press. With Alt or Ctrl the physical key (`code`) names it, because
 * Alt+letter types other characters on a Mac keyboard and 'KeyB' is 'B' on every layout.
 * Printable keys without those modifiers are what they type ('?', '2', '+').
 */
export function keyOf(event: KeyLike): string {
  const mods = `${event.ctrlKey || event.metaKey ? 'Ctrl+' : ''}${event.altKey ? 'Alt+' : ''}`
  if (mods) {
    const base = /^Key[A-Z]$/.test(event.code)
      ? event.code.slice(3)
      : /^Digit\d$/.test(event.code)
        ? event.code.slice(5)
        : event.key
    return `${mods}${base}`
  }
  if (NAMED.test(event.key)) return `${event.shiftKey ? 'Shift+' : ''}${event.key}`
  return event.key
}

export interface KeyContext {
  region: Region
  /** Focus is in a text box; `textEmpty` when that box holds nothing yet. */
  inText: boolean
  textEmpty: boolean
}

/** The row a key press means here, or undefined: a region's own row wins over a general one. */
export function findKey(table: readonly DeskKey[], key: string, context: KeyContext): DeskKey | undefined {
  const usable = table.filter((row) => {
    if (!row.keys.includes(key)) return false
    if (row.region && row.region !== context.region) return false
    if (!context.inText) return true
    return row.inText === 'yes' || (row.inText === 'empty' && context.textEmpty)
  })
  return usable.find((row) => row.region) ?? usable[0]
}

export interface HelpGroup {
  group: KeyGroup
  title: MessageKey
  /** One row a key: a key that does different things in different places lists each of them. */
  rows: { id: string; keys: string[]; labels: MessageKey[] }[]
}

const GROUP_TITLES: Record<KeyGroup, MessageKey> = {
  call: 'desk.keys.group.call',
  new: 'desk.keys.group.new',
  slots: 'desk.keys.group.slots',
  booking: 'desk.keys.group.booking',
}

/**
 * The `?` overlay's content from the same table: grouped in the order of a call, the six type
 * keys folded into one row ('1–6'), and each key listed once: a binding used in several places
 * ('↓' in the results and in the slots) is one row, in the group where it is first used, with what
 * it does in each place.
 */
export function helpGroups(table: readonly DeskKey[]): HelpGroup[] {
  const groups: HelpGroup[] = []
  const byKeys = new Map<string, HelpGroup['rows'][number]>()
  for (const row of table) {
    let group = groups.find((g) => g.group === row.group)
    if (!group) {
      group = { group: row.group, title: GROUP_TITLES[row.group], rows: [] }
      groups.push(group)
    }
    if (/^type[2-6]$/.test(row.id)) continue
    if (row.id === 'type1') {
      group.rows.push({ id: 'types', keys: ['1–6'], labels: ['desk.key.types'] })
      continue
    }
    const same = byKeys.get(row.keys.join(' '))
    if (same) {
      if (!same.labels.includes(row.label)) same.labels.push(row.label)
      continue
    }
    const shown = { id: row.id, keys: [...row.keys], labels: [row.label] }
    byKeys.set(row.keys.join(' '), shown)
    group.rows.push(shown)
  }
  return groups.filter((g) => g.rows.length > 0)
}

/** How a key string is shown: arrows as arrows, Ctrl/Alt as written on the keyboard. */
export function keyLabel(key: string): string {
  const names: Record<string, string> = {
    ArrowDown: '↓',
    ArrowUp: '↑',
    ArrowLeft: '←',
    ArrowRight: '→',
    Escape: 'Esc',
    PageDown: 'PgDn',
    PageUp: 'PgUp',
  }
  if (key.length === 1) return key
  return key
    .split('+')
    .map((part) => names[part] ?? part)
    .join(' + ')
}
