import type { Work } from './client'

/**
 * Each simulated user signs in with an account of its own, as staff do: the server keeps one session
 * per staff member, so two users sharing a login would keep ending each other's session.
 * load.ts creates these accounts before the server starts (soakAccounts). Kept apart from client.ts,
 * whose import would install a client's message handler in the parent process.
 */
export const SOAK_PASSWORD = 'soak-password-long-enough'
export function soakLogin(work: Work, seed: number, index: number): string {
  return `soak-${work}-${seed}-${index}`
}
