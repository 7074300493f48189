import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tokenSha256 } from './auth/telephony-token'
import type { BackupSchedule } from './db/backup-schedule'
import { type Config, DEFAULT_CONFIG } from './deps'
import type { Level } from './http/logger'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ServerSettings {
  host: string
  port: number
  dbPath: string
  pwaDist: string
  seedDemo: boolean
  /** A few invented bookings with the demo staff, so the desk has something to find. */
  seedDemoBookings: boolean
  logLevel: Level
  /** The server's own online backups (db/backup-schedule.ts): tablets purge only what one holds. */
  backup: BackupSchedule
  config: Config
}

function number(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number, got "${raw}"`)
  return value
}

/**
 * `MADOGUCHI_TELEPHONY_TOKENS=provider=token,other=token2`: the telephone services that may post
 * incoming-call events, each with its own token (at least 32 characters).
 */
export function telephonyFromEnv(raw: string | undefined): Config['telephony'] {
  if (!raw) return []
  return raw.split(',').map((pair) => {
    const [provider = '', token = ''] = pair.split('=', 2).map((s) => s.trim())
    if (!/^[a-z0-9_-]{1,40}$/i.test(provider) || token.length < 32)
      throw new Error('MADOGUCHI_TELEPHONY_TOKENS must be provider=token pairs, tokens of 32+ characters')
    return { provider, tokenSha256: tokenSha256(token) }
  })
}

/** Every setting the server reads from the environment; the README lists the same names. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const dbPath = resolve(env.MADOGUCHI_DB || resolve(ROOT, 'data/madoguchi.sqlite'))
  return {
    host: env.HOST || '0.0.0.0',
    port: number('PORT', 8787, env),
    dbPath,
    pwaDist: resolve(env.MADOGUCHI_PWA_DIST || resolve(ROOT, 'pwa/dist')),
    seedDemo: env.MADOGUCHI_SEED_DEMO !== '0',
    seedDemoBookings: env.MADOGUCHI_DEMO_BOOKINGS !== '0',
    logLevel: (env.LOG_LEVEL as Level) || 'info',
    backup: {
      dir: resolve(env.BACKUP_DIR || join(dirname(dbPath), 'backups')),
      intervalMinutes: number('BACKUP_INTERVAL_MINUTES', 15, env),
      keep: Math.max(1, Math.floor(number('BACKUP_KEEP', 8, env))),
    },
    config: {
      ...DEFAULT_CONFIG,
      sessionTtlHours: number('SESSION_TTL_HOURS', DEFAULT_CONFIG.sessionTtlHours, env),
      cookieSecure: env.COOKIE_SECURE === '1' ? 'always' : env.COOKIE_SECURE === '0' ? 'never' : 'auto',
      trustedProxies: (env.TRUSTED_PROXIES ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      abandonedUploadHours: number('ABANDONED_UPLOAD_HOURS', DEFAULT_CONFIG.abandonedUploadHours, env),
      telephony: telephonyFromEnv(env.MADOGUCHI_TELEPHONY_TOKENS),
    },
  }
}
