import type { Role } from '@madoguchi/shared'
import { useSession } from '../app/session'
import { startSync, stopSync } from './scheduler'

/** Roles whose device pushes an outbox; the server's sync routes accept the same. */
export const SYNCING_ROLES: readonly Role[] = ['outreach', 'supervisor', 'admin']

/** Run the sync engine whenever someone who syncs is signed in, and stop it at sign-out. */
export function runSyncWhileSignedIn(): void {
  const apply = () => {
    const { status, session } = useSession.getState()
    if (status === 'signedIn' && session && SYNCING_ROLES.includes(session.user.role)) startSync()
    else if (status === 'signedOut') stopSync()
  }
  useSession.subscribe(apply)
  apply()
}
