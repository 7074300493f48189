import type { MessageKey } from '@madoguchi/shared'

/**
 * The desk's keyboard, as data (style.md "Desk actions as data"). Each panel contributes a table of
 * rows — a key, a catalog label, what it does — and the desk joins every table on screen into one key
 * handler and one `?` help, so the help can never list a key that does nothing or miss one that does.
 */

/** Where keyboard focus is: the `data-region` of the part of the desk it is in; 'other' elsewhere. */
export type Region = string

export interface KeyRow<C> {
  id: string
  /** Canonical key strings as `keyOf` makes them: 'Alt+N', 'Ctrl+Enter', 'ArrowDown', '?', 'Shift+1'. */
  keys: readonly string[]
  label: MessageKey
  /** The help group it is listed under (the table names each group's title). */
  group: string
  /** Only in this part of the desk; anywhere when absent. */
  region?: Region
  /**
   * Whether the key works while typing in a text box. Single characters must not ('2' is part of a
   * phone number), so those rows say 'no'; 'empty' lets `?` work in a still-empty box.
   */
  inText: 'yes' | 'no' | 'empty'
  /** Rows listed in the help as one ('1–6' for six type keys): they share this id, keys and label. */
  helpAs?: { id: string; keys: readonly string[]; label: MessageKey }
  perform(commands: C): void
}

/** A panel's table: its rows and the titles of the help groups they use. */
export interface KeyTable<C> {
  rows: readonly KeyRow<C>[]
  groups: Readonly<Record<string, MessageKey>>
}

/** A row with its commands bound: what the desk's one handler runs. */
export interface BoundKey extends Omit<KeyRow<unknown>, 'perform'> {
  groupTitle: MessageKey
  run(): void
}

export function bindKeys<C>(table: KeyTable<C>, commands: C): BoundKey[] {
  return table.rows.map(({ perform, ...row }) => ({
    ...row,
    groupTitle: table.groups[row.group] ?? (row.group as MessageKey),
    run: () => perform(commands),
  }))
}

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
 * Alt+letter types other characters on a Mac keyboard and 'KeyB' is 'B' on every layout. Shift with
 * a digit is named by the digit ('Shift+2'): what it types differs between US and JIS keyboards.
 * Other printable keys are what they type ('?', '2', '+').
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
  if (event.shiftKey && /^Digit\d$/.test(event.code)) return `Shift+${event.code.slice(5)}`
  if (NAMED.test(event.key)) return `${event.shiftKey ? 'Shift+' : ''}${event.key}`
  return event.key
}

export interface KeyContext {
  region: Region
  /** Focus is in a text box; `textEmpty` when that box holds nothing yet. */
  inText: boolean
  textEmpty: boolean
}

type Matchable = Pick<KeyRow<unknown>, 'keys' | 'region' | 'inText'>

/** The row a key press means here, or undefined: a region's own row wins over a general one. */
export function findKey<R extends Matchable>(
  table: readonly R[],
  key: string,
  context: KeyContext,
): R | undefined {
  const usable = table.filter((row) => {
    if (!row.keys.includes(key)) return false
    if (row.region && row.region !== context.region) return false
    if (!context.inText) return true
    return row.inText === 'yes' || (row.inText === 'empty' && context.textEmpty)
  })
  return usable.find((row) => row.region) ?? usable[0]
}

export interface HelpGroup {
  group: string
  title: MessageKey
  /** One row a key: a key that does different things in different places lists each of them. */
  rows: { id: string; keys: string[]; labels: MessageKey[] }[]
}

type Helpable = Pick<KeyRow<unknown>, 'id' | 'keys' | 'label' | 'group' | 'helpAs'>

/**
 * The `?` overlay's content: grouped in the order the tables list them, rows that share `helpAs`
 * folded into one, and each key listed once: a binding used in several places ('↓' in the results
 * and in the slots) is one row, in the group where it is first used, with what it does in each place.
 */
export function helpGroups<R extends Helpable>(
  rows: readonly R[],
  titleOf: (row: R) => MessageKey,
): HelpGroup[] {
  const groups: HelpGroup[] = []
  const byKeys = new Map<string, HelpGroup['rows'][number]>()
  for (const row of rows) {
    let group = groups.find((g) => g.group === row.group)
    if (!group) {
      group = { group: row.group, title: titleOf(row), rows: [] }
      groups.push(group)
    }
    const shown = row.helpAs ?? row
    const keys = shown.keys.join(' ')
    const same = byKeys.get(keys)
    if (same) {
      if (!same.labels.includes(shown.label)) same.labels.push(shown.label)
      continue
    }
    const added = { id: shown.id, keys: [...shown.keys], labels: [shown.label] }
    byKeys.set(keys, added)
    group.rows.push(added)
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

/**
 * A text box counts as empty for `?` when nothing is typed yet, or all of it is selected (Esc selects
 * the find box, ready to be typed over): nobody searches for a question mark.
 */
function untouched(input: HTMLInputElement): boolean {
  return input.value === '' || (input.selectionStart === 0 && input.selectionEnd === input.value.length)
}

/** The context of a DOM key event: which region, and whether it is typed into a text box. */
export function contextOf(event: KeyboardEvent): KeyContext {
  const target = event.target instanceof HTMLElement ? event.target : document.body
  const region = target.closest('[data-region]')?.getAttribute('data-region') ?? 'other'
  const text = target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)
  return {
    region,
    inText: text || target instanceof HTMLTextAreaElement || target.isContentEditable,
    textEmpty: text
      ? untouched(target as HTMLInputElement)
      : target instanceof HTMLTextAreaElement
        ? target.value === ''
        : true,
  }
}
