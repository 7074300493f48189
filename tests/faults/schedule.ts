import { mulberry32 } from '@madoguchi/shared/sync/test-bytes'
import type { Decision, Fault, Policy } from './proxy'

/**
 * One randomized fault schedule: which requests go wrong and how, decided by a seeded PRNG so a failing
 * schedule can be replayed from its seed. A schedule injects at most `maxFaults` faults, then lets
 * everything through, so every schedule ends (the invariants are checked after the dust settles).
 */
export interface ScheduleOptions {
  seed: number
  /** Chance that a sync request is hit by a fault. */
  rate: number
  maxFaults: number
  /** Allow a SIGKILL of the server (at most one per schedule). */
  kill: boolean
  /** Allow one page reload mid-upload. */
  reload: boolean
  /** Faults forced first, in order, on the first requests they fit (the named scenarios). */
  forced?: { fault: Fault; on: 'push' | 'chunk' | 'any' }[]
}

const NETWORK: Fault[] = ['drop', 'delay', 'bad_gateway', 'cut_request', 'lose_response']

/** Separate streams from one seed, so adding a draw to one part does not shift every other part. */
export function streamOf(seed: number, stream: number): () => number {
  return mulberry32((seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0)
}

export function faultPolicy(options: ScheduleOptions): Policy {
  const random = streamOf(options.seed, 1)
  // How long a delay holds a request, and how far into a request the server dies.
  const waitFor = (fault: Fault): Decision => ({
    fault,
    waitMs:
      fault === 'delay' ? 50 + Math.floor(random() * 400) : fault === 'kill' ? Math.floor(random() * 5) : 0,
  })
  const forced = [...(options.forced ?? [])]
  let injected = 0
  let killed = false
  let reloaded = false
  return ({ method, path }) => {
    if (!path.startsWith('/api/sync/')) return null // sign-in, the shell and assets pass untouched
    const isChunk = method === 'PUT'
    const isPush = path.startsWith('/api/sync/push')
    const next = forced[0]
    if (next) {
      const fits = next.on === 'any' || (next.on === 'push' ? isPush : isChunk)
      if (!fits) return null
      forced.shift()
      injected++
      return waitFor(next.fault)
    }
    if (injected >= options.maxFaults || random() >= options.rate) return null
    injected++
    if (options.kill && !killed && (isPush || isChunk) && random() < 0.15) {
      killed = true
      return waitFor('kill')
    }
    if (options.reload && !reloaded && isChunk && random() < 0.15) {
      reloaded = true
      return waitFor('reload')
    }
    return waitFor(NETWORK[Math.floor(random() * NETWORK.length)] as Fault)
  }
}
