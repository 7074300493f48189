import type { KeyTable } from '../call/keys'

/** What the schedule screen offers its key table; ScheduleScreen implements it. */
export interface ScheduleCommands {
  add(): void
  discard(): void
}

/** 実施日程's keys, listed by the desk's `?` help: Alt+N opens a new plan, Esc discards the form. */
export const SCHEDULE_KEY_TABLE: KeyTable<ScheduleCommands> = {
  groups: { schedule: 'schedule.title' },
  rows: [
    {
      id: 'schedule-add',
      keys: ['Alt+N'],
      label: 'schedule.add',
      group: 'schedule',
      inText: 'yes',
      perform: (c) => c.add(),
    },
    {
      id: 'schedule-discard',
      keys: ['Escape'],
      label: 'schedule.discard',
      group: 'schedule',
      inText: 'yes',
      perform: (c) => c.discard(),
    },
  ],
}
