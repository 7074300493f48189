import { can } from '@madoguchi/shared'
import { useSession } from '../app/session'
import { startSync, stopSync } from './scheduler'

/** Run the sync engine whenever someone who syncs is signed in, and stop it at sign-out. */
export function runSyncWhileSignedIn(): void {
  const apply = () => {
    const { status, session } = useSession.getState()
    if (status === 'signedIn' && session && can(session.user.role, 'sync.device')) startSync()
    else if (status === 'signedOut') stopSync()
  }
  useSession.subscribe(apply)
  apply()
}
