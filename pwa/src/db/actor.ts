/**
 * Who unlocked the tablet (per-staff PIN), so each change saved on it names the person at the
 * tablet and not only the account signed in, which on a shared tablet may be a colleague's. Kept
 * through a lock: a save flushed as the screen locks is still that person's work.
 */
let actor: string | null = null

export function setActor(staffId: string | null): void {
  actor = staffId
}

export function currentActor(): string | null {
  return actor
}
