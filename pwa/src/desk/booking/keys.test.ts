import { messages } from '@madoguchi/shared'
import { describe, expect, it, vi } from 'vitest'
import { DESK_KEYS, type DeskCommands, findKey, helpGroups, type KeyContext, keyLabel, keyOf } from './keys'

const press = (key: string, extra: Partial<Parameters<typeof keyOf>[0]> = {}) =>
  keyOf({ key, code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...extra })

const at = (region: KeyContext['region'], inText = false, textEmpty = false): KeyContext => ({
  region,
  inText,
  textEmpty,
})

function spyCommands(): DeskCommands {
  const names: (keyof DeskCommands)[] = [
    'focusFind',
    'newBooking',
    'chooseType',
    'changePeople',
    'focusSlots',
    'focusPerson',
    'cursor',
    'resultCursor',
    'cursorDay',
    'hold',
    'book',
    'resultsFocus',
    'openResult',
    'move',
    'cancel',
    'attended',
    'noShow',
    'printConfirmation',
    'dayList',
  ]
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as unknown as DeskCommands
}

describe('keyOf', () => {
  it('names Alt and Ctrl keys by the physical key, so a Mac Alt+B (∫) is still Alt+B', () => {
    expect(press('∫', { code: 'KeyB', altKey: true })).toBe('Alt+B')
    expect(press('Enter', { code: 'Enter', ctrlKey: true })).toBe('Ctrl+Enter')
    expect(press('Enter', { code: 'Enter', metaKey: true })).toBe('Ctrl+Enter')
  })

  it('names printable keys by what they type, named keys by name', () => {
    expect(press('?', { code: 'Slash', shiftKey: true })).toBe('?')
    expect(press('2', { code: 'Digit2' })).toBe('2')
    // Shift with a digit types '"' on a JIS keyboard and '@' on a US one: named by the digit.
    expect(press('"', { code: 'Digit2', shiftKey: true })).toBe('Shift+2')
    expect(press('ArrowDown')).toBe('ArrowDown')
    expect(press('Tab', { shiftKey: true })).toBe('Shift+Tab')
  })
})

describe('findKey', () => {
  it('keeps single characters out of text boxes: 2 is part of a phone number there', () => {
    expect(findKey(DESK_KEYS, '2', at('types'))?.id).toBe('type2')
    expect(findKey(DESK_KEYS, '2', at('find', true))).toBeUndefined()
    expect(findKey(DESK_KEYS, '+', at('person', true))).toBeUndefined()
  })

  it('lets Alt keys and Esc work while typing', () => {
    expect(findKey(DESK_KEYS, 'Alt+B', at('person', true))?.id).toBe('book')
    expect(findKey(DESK_KEYS, 'Ctrl+Enter', at('person', true))?.id).toBe('book')
    expect(findKey(DESK_KEYS, 'Escape', at('person', true))?.id).toBe('find')
  })

  it('gives the arrows and Enter to the list that has focus', () => {
    expect(findKey(DESK_KEYS, 'ArrowDown', at('slots'))?.id).toBe('slotNext')
    expect(findKey(DESK_KEYS, 'ArrowDown', at('results'))?.id).toBe('resultNext')
    expect(findKey(DESK_KEYS, 'ArrowDown', at('find', true))?.id).toBe('toResults')
    expect(findKey(DESK_KEYS, 'Enter', at('slots'))?.id).toBe('hold')
    expect(findKey(DESK_KEYS, 'Enter', at('results'))?.id).toBe('openResult')
    // Enter elsewhere is the browser's: it submits the form or presses the button.
    expect(findKey(DESK_KEYS, 'Enter', at('person', true))).toBeUndefined()
    expect(findKey(DESK_KEYS, 'Enter', at('other'))).toBeUndefined()
  })

  it('performs what the row says', () => {
    const commands = spyCommands()
    findKey(DESK_KEYS, '4', at('types'))?.perform(commands)
    expect(commands.chooseType).toHaveBeenCalledWith(3)
    findKey(DESK_KEYS, 'PageDown', at('slots'))?.perform(commands)
    expect(commands.cursorDay).toHaveBeenCalledWith(1)
    findKey(DESK_KEYS, '-', at('types'))?.perform(commands)
    expect(commands.changePeople).toHaveBeenCalledWith(-1)
  })
})

describe('the key table', () => {
  it('never binds one key twice in the same place', () => {
    const seen = new Set<string>()
    for (const row of DESK_KEYS) {
      for (const key of row.keys) {
        const where = `${row.region ?? '*'} ${key}`
        expect(seen.has(where), where).toBe(false)
        seen.add(where)
      }
    }
  })

  it('has a label in the catalog for every row', () => {
    for (const row of DESK_KEYS) expect(Object.hasOwn(messages, row.label), row.label).toBe(true)
  })
})

describe('helpGroups', () => {
  const groups = helpGroups(DESK_KEYS)

  it('lists the groups in the order of a call', () => {
    expect(groups.map((g) => g.group)).toEqual(['call', 'new', 'slots', 'booking'])
  })

  it('shows every row of the table once, the six type keys as one row', () => {
    const ids = groups.flatMap((g) => g.rows.map((r) => r.id))
    expect(ids).toContain('types')
    expect(ids.filter((id) => /^type\d$/.test(id))).toEqual([])
    const labels = groups.flatMap((g) => g.rows.flatMap((r) => r.labels))
    for (const row of DESK_KEYS.filter((r) => !/^type\d$/.test(r.id))) expect(labels).toContain(row.label)
    expect(groups.find((g) => g.group === 'slots')?.rows.find((r) => r.id === 'book')?.keys).toEqual([
      'Alt+B',
      'Ctrl+Enter',
    ])
  })

  it('lists each key once, with what it does in each place', () => {
    const keys = groups.flatMap((g) => g.rows.map((r) => r.keys.join(' ')))
    expect(keys.filter((k) => k === 'ArrowDown')).toHaveLength(1)
    expect(new Set(keys).size).toBe(keys.length)
    const down = groups.flatMap((g) => g.rows).find((r) => r.keys.join(' ') === 'ArrowDown')
    expect(down?.labels).toEqual(['desk.key.toResults', 'desk.key.resultNext', 'desk.key.slotNext'])
  })

  it('lists each key once, with what it does in each place', () => {
    const keys = groups.flatMap((g) => g.rows.map((r) => r.keys.join(' ')))
    expect(keys.filter((k) => k === 'ArrowDown')).toHaveLength(1)
    expect(new Set(keys).size).toBe(keys.length)
    const down = groups.flatMap((g) => g.rows).find((r) => r.keys.join(' ') === 'ArrowDown')
    expect(down?.labels).toEqual(['desk.key.toResults', 'desk.key.resultNext', 'desk.key.slotNext'])
  })

  it('shows keys as they are printed on the keyboard', () => {
    expect(keyLabel('ArrowDown')).toBe('↓')
    expect(keyLabel('Alt+B')).toBe('Alt + B')
    expect(keyLabel('+')).toBe('+')
    expect(keyLabel('Escape')).toBe('Esc')
  })
})
