import { describe, expect, it } from 'vitest'
import { LOAD_AGAIN_MS, LOAD_ATTEMPTS_ONLINE, type LoadEnvironment, loadAgainUntilLoaded } from './load-again'

function environment(online: boolean) {
  const timers: { ms: number; run: () => void }[] = []
  const onlineListeners: (() => void)[] = []
  const env: LoadEnvironment = {
    onLine: () => online,
    setTimeout: (run, ms) => timers.push({ ms, run }),
    onOnline: (run) => onlineListeners.push(run),
  }
  return { env, timers, onlineListeners, setOnline: (value: boolean) => (online = value) }
}
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('loadAgainUntilLoaded', () => {
  it('uses the module once it loads, after failures, trying again after a wait while online', async () => {
    const { env, timers } = environment(true)
    let loads = 0
    const used: string[] = []
    const load = () =>
      ++loads < 3 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve('engine')
    loadAgainUntilLoaded(load, (m) => used.push(m), env)
    await settle()
    expect(timers.map((t) => t.ms)).toEqual([LOAD_AGAIN_MS])
    timers.shift()?.run()
    await settle()
    timers.shift()?.run()
    await settle()
    expect(loads).toBe(3)
    expect(used).toEqual(['engine'])
    expect(timers).toHaveLength(0)
  })

  it('waits for the network to come back when offline, not on a timer', async () => {
    const { env, timers, onlineListeners, setOnline } = environment(false)
    let loads = 0
    const used: string[] = []
    loadAgainUntilLoaded(
      () => (++loads === 1 ? Promise.reject(new TypeError('x')) : Promise.resolve('m')),
      (m) => used.push(m),
      env,
    )
    await settle()
    expect(timers).toHaveLength(0)
    expect(onlineListeners).toHaveLength(1)
    setOnline(true)
    onlineListeners.shift()?.()
    await settle()
    expect(used).toEqual(['m'])
  })

  it('stops trying on a timer after a few attempts online, leaving one more for when the network returns', async () => {
    const { env, timers, onlineListeners } = environment(true)
    let loads = 0
    loadAgainUntilLoaded(
      () => {
        loads++
        return Promise.reject(new TypeError('x'))
      },
      () => undefined,
      env,
    )
    for (let i = 0; i < LOAD_ATTEMPTS_ONLINE; i++) {
      await settle()
      timers.shift()?.run()
    }
    await settle()
    expect(loads).toBe(LOAD_ATTEMPTS_ONLINE)
    expect(timers).toHaveLength(0)
    expect(onlineListeners).toHaveLength(1)
  })
})
