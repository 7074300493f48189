import type { KeyTable } from '../call/keys'

/** What the status screen offers its key table; StatusScreen implements it. */
export interface StatusCommands {
  focusBox(): void
  bookIssuance(): void
  focusPerson(): void
}

/**
 * The status screen's keys (the desk's way to it, Alt+J, is in call/call-keys.ts so it works on every
 * screen). Alt+Y books the issuance for the person found, only when the card has reached the city.
 */
export const STATUS_KEY_TABLE: KeyTable<StatusCommands> = {
  groups: { status: 'status.keys.group' },
  rows: [
    {
      id: 'status-book',
      keys: ['Alt+Y'],
      label: 'status.key.book',
      group: 'status',
      inText: 'yes',
      perform: (c) => c.bookIssuance(),
    },
    {
      id: 'status-person',
      keys: ['Alt+H'],
      label: 'status.key.person',
      group: 'status',
      inText: 'yes',
      perform: (c) => c.focusPerson(),
    },
  ],
}
