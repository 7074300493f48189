import { describe, expect, it } from 'vitest'
import { LOAD_RETRY_MS, loadWithRetry, type RetryEnvironment, ScreenLoadError } from './lazy-screen'

/** A window whose waits the test gives out by hand, noting what was waited for. */
function environment(online: boolean) {
  const waited: number[] = []
  const pending: (() => void)[] = []
  const env: RetryEnvironment = {
    onLine: () => online,
    wait: (ms) => {
      waited.push(ms)
      return new Promise((resolve) => pending.push(resolve))
    },
  }
  return { env, waited, goOn: () => pending.shift()?.() }
}
const settle = () => new Promise((resolve) => setImmediate(resolve))
const failFetch = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))

describe('loadWithRetry', () => {
  it('gives the screen at once when its code loads', async () => {
    const { env, waited } = environment(true)
    await expect(loadWithRetry(() => Promise.resolve('screen'), env)).resolves.toBe('screen')
    expect(waited).toEqual([])
  })

  it('tries again after each wait while online, and gives the screen once it loads', async () => {
    const { env, waited, goOn } = environment(true)
    let loads = 0
    const loading = loadWithRetry(() => (++loads < 3 ? failFetch() : Promise.resolve('screen')), env)
    await settle()
    goOn()
    await settle()
    goOn()
    await expect(loading).resolves.toBe('screen')
    expect(waited).toEqual(LOAD_RETRY_MS)
    expect(loads).toBe(3)
  })

  it('gives up online after the last wait, with the cause kept, so the screen can offer to load again', async () => {
    const { env, goOn } = environment(true)
    let loads = 0
    const outcome = loadWithRetry(() => {
      loads++
      return failFetch()
    }, env).catch((error: unknown) => error)
    for (const _ of LOAD_RETRY_MS) {
      await settle()
      goOn()
    }
    const error = await outcome
    expect(error).toBeInstanceOf(ScreenLoadError)
    expect((error as ScreenLoadError).cause).toBeInstanceOf(TypeError)
    expect(loads).toBe(LOAD_RETRY_MS.length + 1)
  })

  it('offline, says so at once instead of showing "loading" while the network is away', async () => {
    const { env, waited } = environment(false)
    let loads = 0
    const error = await loadWithRetry(() => {
      loads++
      return failFetch()
    }, env).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScreenLoadError)
    expect(loads).toBe(1)
    expect(waited).toEqual([])
  })
})
