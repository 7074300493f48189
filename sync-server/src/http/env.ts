import type { Lang } from '@madoguchi/shared'
import type { StaffSession } from '../auth/session'
import type { Deps } from '../deps'

export interface AppEnv {
  Variables: {
    deps: Deps
    requestId: string
    lang: Lang
    session: StaffSession | undefined
    /** The telephone service a 'telephony' route was called by (its bearer token matched). */
    provider?: string
  }
}
