import type { IncomingCall } from '@madoguchi/shared'
import { create } from 'zustand'

/**
 * What the telephone service's event found for the open call: the caller's earlier calls and
 * bookings by number. In memory only (it is personal data), and gone with the call.
 */
export const useIncoming = create<{ found: IncomingCall | null; logged: boolean }>(() => ({
  found: null,
  /** The last call was just logged: the call bar says so until the next call is taken. */
  logged: false,
}))
