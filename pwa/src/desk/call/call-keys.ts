import type { KeyTable } from './keys'

/** What the desk itself offers on every screen, whatever panel is open. The desk frame implements it. */
export interface CallCommands {
  toggleHelp(): void
  takeCall(): void
  focusLog(): void
  /** To the application status box (申請状況の確認), from any desk screen. */
  lookUpStatus(): void
}

/** The desk's own keys: they work on every desk screen, during a call and between calls. */
export const CALL_KEY_TABLE: KeyTable<CallCommands> = {
  groups: { call: 'calls.keys.group.call' },
  rows: [
    {
      id: 'help',
      keys: ['?'],
      label: 'calls.key.help',
      group: 'call',
      inText: 'empty',
      perform: (c) => c.toggleHelp(),
    },
    {
      id: 'take',
      keys: ['Alt+T'],
      label: 'calls.key.take',
      group: 'call',
      inText: 'yes',
      perform: (c) => c.takeCall(),
    },
    {
      id: 'log',
      keys: ['Alt+L'],
      label: 'calls.key.log',
      group: 'call',
      inText: 'yes',
      perform: (c) => c.focusLog(),
    },
    {
      id: 'status',
      keys: ['Alt+J'],
      label: 'status.key.focus',
      group: 'call',
      inText: 'yes',
      perform: (c) => c.lookUpStatus(),
    },
  ],
}
