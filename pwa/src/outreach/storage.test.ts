import { afterEach, describe, expect, it } from 'vitest'
import { StorageFullError } from '../db/records'
import { guardedSave, useStorage } from './storage'

describe('guardedSave', () => {
  afterEach(() => useStorage.setState({ full: false }))

  it('flags a full disk for the banner and still rejects, so the caller keeps the input', async () => {
    await expect(guardedSave(() => Promise.reject(new StorageFullError('full')))).rejects.toThrow(
      StorageFullError,
    )
    expect(useStorage.getState().full).toBe(true)
  })

  it('treats a raw QuotaExceededError the same, and clears the flag on the next good save', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })
    await expect(guardedSave(() => Promise.reject(quota))).rejects.toBe(quota)
    expect(useStorage.getState().full).toBe(true)
    await expect(guardedSave(async () => 'ok')).resolves.toBe('ok')
    expect(useStorage.getState().full).toBe(false)
  })

  it('treats any failure of the storage as a possibly full disk: Chromium said AbortError', async () => {
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' })
    const dexie = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: aborted })
    await expect(guardedSave(() => Promise.reject(dexie))).rejects.toBe(dexie)
    expect(useStorage.getState().full).toBe(true)
    useStorage.setState({ full: false })
    const closed = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' })
    await expect(guardedSave(() => Promise.reject(closed))).rejects.toBe(closed)
    expect(useStorage.getState().full).toBe(true)
  })

  it('leaves the flag alone for other failures', async () => {
    await expect(guardedSave(() => Promise.reject(new Error('other')))).rejects.toThrow('other')
    expect(useStorage.getState().full).toBe(false)
  })
})
