import type { Page } from 'playwright-core'

/** Steps of the outreach tablet app, shared by the browser test and the photo bench. */

export const PIN = '2468'

export async function signInOutreach(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`)
  await page.locator('input[name="loginId"]').fill('outreach')
  await page.locator('input[name="password"]').fill('demo-outreach')
  await page.locator('button[type="submit"]').click()
  await page.getByTestId('outreach-home').waitFor()
}

export async function setPin(page: Page): Promise<void> {
  await page.getByTestId('pin-setup').waitFor()
  await page.locator('#pin-new').fill(PIN)
  await page.locator('#pin-confirm').fill(PIN)
  await page.getByRole('button', { name: '暗証番号を設定する' }).click()
  await page.getByTestId('pin-setup').waitFor({ state: 'detached' })
}

export async function unlock(page: Page): Promise<void> {
  await page.getByTestId('lock-screen').waitFor()
  await page.locator('#pin-unlock').fill(PIN)
  await page.getByRole('button', { name: 'ロックを解除' }).click()
  await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
}

export async function createSession(page: Page, staff: string): Promise<void> {
  const form = page.getByTestId('new-session')
  await form.locator('select[name="siteId"]').selectOption({ index: 1 })
  await form.locator('input[name="staffNames"]').fill(staff)
  await page.getByTestId('session-create').click()
  await page.getByTestId('session-view').waitFor()
}

/** Wait until everything typed or tapped is in IndexedDB (the status area says so). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor()
}

/**
 * Take a photo with the camera and accept it; returns the checks shown. The shutter is enabled only
 * once the camera shows its first real frame: a shot before that was black (`too_dark`).
 */
export async function takePhoto(page: Page): Promise<string[]> {
  await page.locator('[data-testid="shutter"]:not([aria-disabled])').waitFor()
  await page.getByTestId('shutter').click()
  await page.getByTestId('photo-review').waitFor()
  const problems = await page
    .locator('[data-problem]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-problem') ?? ''))
  await page.getByTestId('use-photo').click()
  await page.getByTestId('photo-saved').waitFor()
  return problems
}

export interface DeviceDb {
  sessions: number
  intakes: {
    visitorNo: number
    applicationFormId: string | null
    memo: string
    checks: Record<string, string>
  }[]
  photos: {
    sha256: string
    bytes: number
    width: number
    height: number
    blobHash: string
    blobType: string
  }[]
  notes: { category: string; text: string; followUp: boolean }[]
  outbox: { entity: string; state: string }[]
}

/** Read the device database with plain IndexedDB, from outside the app's code. */
export function readDeviceDb(page: Page): Promise<DeviceDb> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('madoguchi')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll()
        request.onsuccess = () => resolve(request.result as T[])
        request.onerror = () => reject(request.error)
      })
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('')
    type Photo = { sha256: string; bytes: number; width: number; height: number; blob: Blob }
    const photos = await Promise.all(
      (await all<Photo>('photos')).map(async ({ blob, ...photo }) => ({
        ...photo,
        blobType: blob.type,
        blobHash: hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer())),
      })),
    )
    const result = {
      sessions: (await all('outreachSessions')).length,
      intakes: await all<DeviceDb['intakes'][number]>('intakes'),
      photos,
      notes: await all<DeviceDb['notes'][number]>('notes'),
      outbox: await all<DeviceDb['outbox'][number]>('outbox'),
    }
    db.close()
    return result
  })
}
