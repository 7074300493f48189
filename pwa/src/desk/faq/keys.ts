import type { KeyTable } from '../call/keys'

/** What the FAQ panel does for the keyboard. */
export interface FaqCommands {
  focus(): void
  move(by: 1 | -1): void
  use(): void
  clear(): void
}

/**
 * The FAQ panel's keys. Alt+F works everywhere on the desk (the call stays open); the arrows, Enter and
 * Esc only inside the panel, and while typing in its search box, so the operator never leaves it.
 */
export const FAQ_KEY_TABLE: KeyTable<FaqCommands> = {
  groups: { faq: 'faq.keys.group' },
  rows: [
    {
      id: 'faq-focus',
      keys: ['Alt+F'],
      label: 'faq.key.focus',
      group: 'faq',
      inText: 'yes',
      perform: (c) => c.focus(),
    },
    {
      id: 'faq-next',
      keys: ['ArrowDown'],
      label: 'faq.key.next',
      group: 'faq',
      region: 'faq',
      inText: 'yes',
      perform: (c) => c.move(1),
    },
    {
      id: 'faq-previous',
      keys: ['ArrowUp'],
      label: 'faq.key.previous',
      group: 'faq',
      region: 'faq',
      inText: 'yes',
      perform: (c) => c.move(-1),
    },
    {
      id: 'faq-use',
      keys: ['Enter'],
      label: 'faq.key.use',
      group: 'faq',
      region: 'faq',
      inText: 'yes',
      perform: (c) => c.use(),
    },
    {
      id: 'faq-clear',
      keys: ['Escape'],
      label: 'faq.key.close',
      group: 'faq',
      region: 'faq',
      inText: 'yes',
      perform: (c) => c.clear(),
    },
  ],
}
