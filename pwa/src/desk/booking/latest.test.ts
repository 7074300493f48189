import { describe, expect, it } from 'vitest'
import { latestOnly } from './latest'

/** A request whose answer the test hands over when it likes, as a slow network would. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  let reject: (error: unknown) => void = () => {}
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('latestOnly', () => {
  it('answers the only request', async () => {
    const run = latestOnly()
    expect(await run(async () => 'ニセコ')).toEqual({ stale: false, value: 'ニセコ' })
  })

  it('drops an older answer that lands after the newer one, and never lets it overwrite', async () => {
    const run = latestOnly()
    const older = deferred<string>()
    const newer = deferred<string>()
    const first = run(() => older.promise)
    const second = run(() => newer.promise)
    newer.resolve('newer')
    older.resolve('older')
    expect(await second).toEqual({ stale: false, value: 'newer' })
    expect(await first).toEqual({ stale: true })
  })

  it('drops an older answer that lands first, while the newer one is still on its way', async () => {
    const run = latestOnly()
    const older = deferred<string>()
    const newer = deferred<string>()
    const first = run(() => older.promise)
    const second = run(() => newer.promise)
    older.resolve('older')
    expect(await first).toEqual({ stale: true })
    newer.resolve('newer')
    expect(await second).toEqual({ stale: false, value: 'newer' })
  })

  it('aborts the older request, and its failure is only stale', async () => {
    const run = latestOnly()
    let signal: AbortSignal | undefined
    const first = run(
      (s) =>
        new Promise<string>((_, reject) => {
          signal = s
          s.addEventListener('abort', () => reject(new Error('aborted')))
        }),
    )
    const second = run(async () => 'newer')
    expect(signal?.aborted).toBe(true)
    expect(await first).toEqual({ stale: true })
    expect(await second).toEqual({ stale: false, value: 'newer' })
  })

  it('throws the failure of the latest request', async () => {
    const run = latestOnly()
    await expect(run(() => Promise.reject(new Error('network')))).rejects.toThrow('network')
    expect(await run(async () => 'again')).toEqual({ stale: false, value: 'again' })
  })
})
