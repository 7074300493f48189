import { CATEGORIES, type MessageKey, OUTCOME_KEYS, OUTCOMES, type Outcome } from '@madoguchi/shared'
import type { KeyRow, KeyTable } from '../call/keys'
import { categoryKey } from './draft'

/** What the call log panel offers to its key table. */
export interface CallLogCommands {
  toggleCategory(code: string): void
  chooseOutcome(outcome: Outcome): void
  save(): void
}

/**
 * The call log's keys: a category by its number, an outcome by its letter, both only while focus is in
 * the call log (region 'call') and not in a text box, so they never fight the booking panel's 1–6 or
 * a typed summary. Alt+K (記録) saves from anywhere on the desk.
 */
export const CALL_LOG_KEY_TABLE: KeyTable<CallLogCommands> = {
  groups: { log: 'calls.keys.group.log' },
  rows: [
    ...CATEGORIES.map(
      (c, i): KeyRow<CallLogCommands> => ({
        id: `category-${c.code}`,
        keys: [categoryKey(i)],
        label: 'calls.key.category',
        group: 'log',
        region: 'call',
        inText: 'no',
        helpAs: { id: 'categories', keys: ['1–9', '0', 'Shift+1–3'], label: 'calls.key.category' },
        perform: (cmd) => cmd.toggleCategory(c.code),
      }),
    ),
    ...OUTCOMES.map(
      (o): KeyRow<CallLogCommands> => ({
        id: `outcome-${o}`,
        keys: [OUTCOME_KEYS[o]],
        label: `calls.key.outcome.${o}` as MessageKey,
        group: 'log',
        region: 'call',
        inText: 'no',
        perform: (cmd) => cmd.chooseOutcome(o),
      }),
    ),
    {
      id: 'save',
      keys: ['Alt+K'],
      label: 'calls.key.save',
      group: 'log',
      inText: 'yes',
      perform: (cmd) => cmd.save(),
    },
  ],
}
