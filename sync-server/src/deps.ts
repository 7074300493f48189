import type { Db } from './db/open'
import type { Logger } from './http/logger'

export interface Config {
  /** Hours a staff session lives after sign-in. */
  sessionTtlHours: number
  /**
   * `Secure` on the cookies: 'auto' (the default) when the request arrived over HTTPS, directly or
   * through a trusted proxy's X-Forwarded-Proto; 'always' or 'never' to force it (COOKIE_SECURE=1/0).
   */
  cookieSecure: 'auto' | 'always' | 'never'
  /** Addresses of reverse proxies whose X-Forwarded-Proto / -For are believed (TRUSTED_PROXIES). */
  trustedProxies: string[]
  /** Largest JSON body accepted, in bytes. Photo chunks have their own limit. */
  maxJsonBytes: number
  /** The sign-in throttle (auth/throttle.ts; docs/security.md explains it). */
  signInThrottle: {
    /** Failures per login ID (or per login ID on a known device) before waits start. */
    freeFailures: number
    /** Failures per address before waits start: higher, since an office may share one address. */
    freeFailuresPerAddress: number
    /** The first wait; each further failure doubles it, up to maxWaitMs. */
    firstWaitMs: number
    maxWaitMs: number
    /** Failures are forgotten this long after the last one. */
    forgetMs: number
    /** Blocked attempts are counted per login ID in windows this long: one audit row per window. */
    blockedWindowMs: number
  }
  /**
   * Hours after its last chunk that a half-uploaded photo (up to 7 MB of a face) is deleted. A
   * device that comes back later starts that photo again from its first byte.
   */
  abandonedUploadHours: number
  /**
   * Telephone services allowed to post incoming-call events, each with the SHA-256 (hex) of its
   * bearer token: the token itself is never kept in memory longer than parsing the setting.
   */
  telephony: readonly { provider: string; tokenSha256: string }[]
}

export const DEFAULT_CONFIG: Config = {
  sessionTtlHours: 12,
  cookieSecure: 'auto',
  trustedProxies: [],
  maxJsonBytes: 1024 * 1024,
  signInThrottle: {
    freeFailures: 5,
    freeFailuresPerAddress: 30,
    firstWaitMs: 5_000,
    maxWaitMs: 15 * 60_000,
    forgetMs: 60 * 60_000,
    blockedWindowMs: 5 * 60_000,
  },
  abandonedUploadHours: 72,
  telephony: [],
}

/** What every service needs from the outside world, passed in so tests can use a real file and a fixed clock. */
export interface Deps {
  db: Db
  config: Config
  log: Logger
  now: () => Date
}
