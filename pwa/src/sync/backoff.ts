/**
 * How long to wait before retrying after `failures` consecutive failed sync passes: exponential with
 * "full jitter" (a random wait between 0 and the cap), so tablets coming back together after an outage
 * do not all knock at the same moment. `random` is injectable for tests.
 */
export interface BackoffOptions {
  baseMs: number
  maxMs: number
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000 }

export function backoffDelay(
  failures: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (failures <= 0) return 0
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(failures - 1, 30))
  // Never less than a tenth of the cap: a zero wait would hammer a server that just failed.
  return Math.round(cap * (0.1 + 0.9 * random()))
}
