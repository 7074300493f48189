import { create } from 'zustand'

/**
 * Whether the shared tablet's lock screen is up (set by outreach/lock/lock-store.ts). The shell reads
 * it to offer nothing but unlocking while locked: no sign-out without the lock screen's own checks,
 * no outbox panel with its wipe button. Kept here so the shell does not load the lock's code.
 */
export const useScreenLocked = create<{ locked: boolean }>(() => ({ locked: false }))
