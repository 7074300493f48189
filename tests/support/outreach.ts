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

/** The visitor agrees to the photo (asked on the photo step before the camera opens). */
export async function agreeToPhoto(page: Page): Promise<void> {
  const consent = page.getByTestId('consent-consent_photo')
  if ((await consent.getAttribute('data-answer')) !== 'agreed') {
    await page.getByTestId('consent-consent_photo-agreed').click()
  }
  await page.locator('[data-testid="consent-consent_photo"][data-answer="agreed"]').waitFor()
}

/**
 * Take a photo with the camera and accept it; returns the problems shown (measured checks and the
 * face check). The visitor's consent is given first. The shutter is enabled only once the camera
 * shows its first real frame: a shot before that was black (`too_dark`). A photo with problems is
 * used only with `overrideReason`.
 */
export async function takePhoto(page: Page, overrideReason?: string): Promise<string[]> {
  await agreeToPhoto(page)
  await page.locator('[data-testid="shutter"]:not([aria-disabled])').waitFor()
  await page.getByTestId('shutter').click()
  // The face check runs on the tablet's own CPU/GPU: on a busy test machine it can take a while.
  await page.getByTestId('photo-review').waitFor({ timeout: 120_000 })
  const problems = await page
    .locator('[data-problem]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-problem') ?? ''))
  if (problems.length > 0 && overrideReason) await page.getByTestId('override-reason').fill(overrideReason)
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
