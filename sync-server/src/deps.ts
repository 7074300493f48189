import type { Db } from './db/open'
import type { Logger } from './http/logger'

export interface Config {
  /** Hours a staff session lives after sign-in. */
  sessionTtlHours: number
  /** Send the session cookie with `Secure` (on behind HTTPS; off for plain http on localhost). */
  cookieSecure: boolean
  /** Largest JSON body accepted, in bytes. Photo chunks have their own limit. */
  maxJsonBytes: number
  /** Sign-in failures allowed per login ID and per address within the window before 429. */
  signInLimit: { perLoginId: number; perAddress: number; windowMs: number }
  /**
   * Telephone services allowed to post incoming-call events, each with the SHA-256 (hex) of its
   * bearer token: the token itself is never kept in memory longer than parsing the setting.
   */
  telephony: readonly { provider: string; tokenSha256: string }[]
}

export const DEFAULT_CONFIG: Config = {
  sessionTtlHours: 12,
  cookieSecure: false,
  maxJsonBytes: 1024 * 1024,
  signInLimit: { perLoginId: 5, perAddress: 30, windowMs: 15 * 60 * 1000 },
  telephony: [],
}

/** What every service needs from the outside world, passed in so tests can use a real file and a fixed clock. */
export interface Deps {
  db: Db
  config: Config
  log: Logger
  now: () => Date
}
