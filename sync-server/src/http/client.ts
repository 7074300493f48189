import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { Config } from '../deps'
import type { AppEnv } from './env'

/** The peer's address as the socket gives it (IPv4-mapped IPv6 written as IPv4). */
export function peerAddress(c: Context<AppEnv>): string {
  try {
    const address = getConnInfo(c).remote.address ?? 'unknown'
    return address.startsWith('::ffff:') ? address.slice(7) : address
  } catch {
    return 'unknown' // in-process requests (tests) have no socket
  }
}

/** Whether the request came from a reverse proxy the operator named in TRUSTED_PROXIES. */
export function fromTrustedProxy(c: Context<AppEnv>, config: Pick<Config, 'trustedProxies'>): boolean {
  return config.trustedProxies.includes(peerAddress(c))
}

/**
 * Whether the browser reached us over HTTPS: directly (TLS on this socket), or through a trusted
 * proxy that says so in X-Forwarded-Proto. The header from anyone else is ignored: a client could
 * write it, and a cookie marked Secure on plain http would simply never come back.
 */
export function arrivedOverHttps(c: Context<AppEnv>, config: Pick<Config, 'trustedProxies'>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return proto === 'https' && fromTrustedProxy(c, config)
}

/** Whether cookies get `Secure`: COOKIE_SECURE forces it on or off; by default, when HTTPS was used. */
export function secureCookies(c: Context<AppEnv>, config: Pick<Config, 'cookieSecure' | 'trustedProxies'>) {
  if (config.cookieSecure === 'always') return true
  if (config.cookieSecure === 'never') return false
  return arrivedOverHttps(c, config)
}

/**
 * The client's address for the sign-in throttle: the socket's peer, or, behind a trusted proxy, the
 * last address that proxy appended to X-Forwarded-For (the one it saw; earlier ones a client can write).
 */
export function clientAddress(c: Context<AppEnv>, config: Pick<Config, 'trustedProxies'>): string {
  const peer = peerAddress(c)
  if (!config.trustedProxies.includes(peer)) return peer
  const forwarded = c.req
    .header('x-forwarded-for')
    ?.split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? peer
}
