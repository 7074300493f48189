import { join } from 'node:path'
import { makeIndividualNumber } from '@madoguchi/shared'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newProfileDir, openBrowser, screenshot, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../support/browser'
import { makeDrawnFaceY4m } from '../support/drawn-face'
import {
  createSession,
  PIN,
  readDeviceDb,
  setPin,
  signInOutreach,
  takePhoto,
  unlock,
  waitSaved,
} from '../support/outreach'
import { type RunningServer, startServer } from '../support/server'
import { fakeCameraArgs } from '../support/y4m'

let server: RunningServer
let context: BrowserContext | undefined
const profile = newProfileDir()
let camera: string[] = []

beforeAll(async () => {
  // A drawn face the face check finds and measures: the photos pass every check.
  camera = fakeCameraArgs(await makeDrawnFaceY4m(join(profile, '..', `face-${Date.now()}.y4m`)))
  server = await startServer()
})
afterAll(async () => {
  await context?.close()
  await server?.stop()
})

/** Open the tablet's browser on the same profile; offline from before the first request. */
async function reopen(offline: boolean, path = '/outreach'): Promise<Page> {
  await context?.close() // a failed step may have left it open; one profile, one browser
  context = await openBrowser(profile, { extraArgs: camera })
  if (offline) await context.setOffline(true)
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`${server.url}${path}`)
  return page
}

async function closeBrowser(page: Page) {
  await waitSaved(page)
  await context?.close()
  context = undefined
}

type Visitor = {
  purpose: string
  identity: string[]
  legalRep?: boolean
  formId: string
  note: string
  category: string
}
const VISITORS: Visitor[] = [
  {
    purpose: 'new_application',
    identity: ['a_drivers_license'],
    formId: '1234 5678 9012 3456 7890 123',
    note: '受け取り時の持参物を説明',
    category: 'items_to_bring',
  },
  {
    purpose: 'renewal',
    identity: ['b_health_insurance', 'b_pension'],
    formId: '98765432109876543210987',
    note: '更新の時期について',
    category: 'deadlines',
  },
  {
    purpose: 'new_application',
    identity: ['rep_identity', 'rep_proof'],
    legalRep: true,
    formId: '11112222333344445555666',
    note: '子どもの申請、代理人が来場',
    category: 'how_to_apply',
  },
]

async function addVisitor(page: Page, visitor: Visitor, index: number) {
  await page.getByTestId('add-visitor').click()
  await page.getByTestId(`purpose-${visitor.purpose}`).click()
  await page.getByTestId('identity-step').waitFor()
  if (visitor.legalRep) await page.getByTestId('legal-representative').check()
  for (const item of visitor.identity) await page.getByTestId(`doc-${item}`).click()
  await page.getByTestId('step-form').click()
  await page.getByTestId('check-form_present-ok').click()
  await page.getByTestId('form-id').fill(visitor.formId)
  await page.getByTestId('intake-memo').fill(`来場者${index + 1}のメモ`)
  await page.getByTestId('step-photo').click()
  expect(await takePhoto(page)).toEqual([])
  await page.getByTestId('step-consultation').click()
  await page.getByTestId('add-note').click()
  await page.getByTestId(`category-${visitor.category}`).click()
  const text = page.getByTestId('note-text')
  if (index === 0) {
    // An individual number is refused at once, with the reason and the digits highlighted.
    const number = makeIndividualNumber('12345678901')
    await text.fill(`番号は ${number} です`)
    await page.getByTestId('individual-number-refused').waitFor()
    expect(await page.getByTestId('individual-number-refused').locator('mark').textContent()).toBe(number)
    await screenshot(page, 'outreach-note-refused-768x1024')
  }
  await text.fill(visitor.note)
  await page.getByTestId('note-follow-up').check()
  await page.getByTestId('step-review').click()
  await page.getByTestId('consent-consent_application-agreed').click()
  await expect
    .poll(() => page.getByTestId('missing-list').textContent(), { timeout: 15_000 })
    .toContain('すべてそろいました')
  await page.getByTestId('intake-done').click()
  await page.getByTestId('session-view').waitFor()
}

describe('outreach tablet: a whole pop-up session offline', () => {
  it('signs in online once, sets the device PIN, and caches the app', async () => {
    const page = await reopen(false, '/')
    await signInOutreach(page, server.url)
    await setPin(page)
    await page.getByTestId('session-list').waitFor()
    // This first page is not controlled yet (no clientsClaim); what matters for the next cold start
    // is that the worker installed (the shell is precached) and activated.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
        timeout: 30_000,
      })
      .toBe('activated')
    await closeBrowser(page)
  })

  it('starts offline from a cold start, runs a session with three visitors', async () => {
    const page = await reopen(true)
    await page.getByTestId('outreach-home').waitFor() // the shell came from the service worker
    await unlock(page) // a restarted tablet opens locked
    expect(await page.getByTestId('online-status').getAttribute('data-state')).toBe('offline')
    await createSession(page, '山田、佐藤')
    for (const [i, visitor] of VISITORS.entries()) {
      await addVisitor(page, visitor, i)
      if (i === 0) {
        await page.getByTestId('visitor-row').first().click()
        await page.getByTestId('step-photo').click()
        await page.getByTestId('photo-saved').waitFor()
        await screenshot(page, 'outreach-photo-768x1024')
        await page.setViewportSize(TABLET_LANDSCAPE)
        await screenshot(page, 'outreach-photo-1280x800')
        await page.getByTestId('step-identity').click()
        await screenshot(page, 'outreach-intake-1280x800')
        await page.setViewportSize(TABLET_PORTRAIT)
        await screenshot(page, 'outreach-intake-768x1024')
        await page.getByTestId('back-to-visitors').click()
      }
    }
    await expect.poll(() => page.getByTestId('visitor-count').getAttribute('data-count')).toBe('3')
    expect(await page.getByTestId('visitor-count').textContent()).toContain('来場者 3人')
    await screenshot(page, 'outreach-session-768x1024')
    await closeBrowser(page)
  })

  it('reopens offline after a restart: every visitor, photo and note is still there', async () => {
    const page = await reopen(true, '/outreach?lockAfterSeconds=3')
    await unlock(page)
    await page.getByTestId('session-view').waitFor()
    const rows = page.getByTestId('visitor-row')
    // The visitors are a live query of their own: the list fills a moment after the session shows.
    await expect.poll(() => rows.count()).toBe(3)
    expect(await rows.allTextContents()).toEqual(
      VISITORS.map((_, i) => expect.stringContaining(`来場者 ${i + 1}`)),
    )
    for (const row of await rows.all()) expect(await row.textContent()).toContain('そろっています')
    await page.setViewportSize(TABLET_LANDSCAPE)
    await screenshot(page, 'outreach-session-1280x800')
    await page.setViewportSize(TABLET_PORTRAIT)

    const device = await readDeviceDb(page)
    expect(device.sessions).toBe(1)
    expect(device.intakes.map((i) => i.applicationFormId).sort()).toEqual(
      VISITORS.map((v) => v.formId.replace(/ /g, '')).sort(),
    )
    expect(device.photos).toHaveLength(3)
    for (const photo of device.photos) {
      expect(photo.sha256).toBe(photo.blobHash)
      expect(photo.blobType).toBe('image/jpeg')
      expect(photo.bytes).toBeGreaterThan(20 * 1024)
      expect(photo.width / photo.height).toBeCloseTo(7 / 9, 2)
    }
    expect(device.notes.map((n) => n.text).sort()).toEqual(VISITORS.map((v) => v.note).sort())
    expect(device.notes.every((n) => n.followUp)).toBe(true)
    expect(JSON.stringify(device)).not.toContain(makeIndividualNumber('12345678901'))
    const pending = device.outbox.filter((e) => e.state === 'pending').map((e) => e.entity)
    expect(pending.sort()).toEqual(
      [
        'outreach_session',
        ...Array(3).fill('intake'),
        ...Array(3).fill('photo'),
        ...Array(3).fill('consultation_note'),
      ].sort(),
    )

    // Reopen the first visitor: the form ID and memo typed before the restart are on screen.
    await rows.first().click()
    await page.getByTestId('step-form').click()
    expect(await page.getByTestId('form-id').inputValue()).toBe(VISITORS[0]?.formId.replace(/ /g, ''))
    expect(await page.getByTestId('intake-memo').inputValue()).toBe('来場者1のメモ')
  })

  it('locks after a short idle time, hides everything personal, and unlocks to the same place', async () => {
    const page = context?.pages()[0] as Page
    await page.getByTestId('lock-screen').waitFor({ timeout: 10_000 })
    for (const hidden of ['intake-view', 'form-id', 'intake-memo', 'visitor-list', 'session-view']) {
      expect(await page.getByTestId(hidden).count()).toBe(0)
    }
    expect(await page.locator('body').textContent()).not.toContain('来場者1のメモ')
    // The PIN is the signed-in staff member's own: the lock says whose, and unlocking names them.
    expect(await page.getByTestId('lock-staff-name').textContent()).toContain('出張 花子')
    await screenshot(page, 'outreach-locked-768x1024')
    await page.setViewportSize(TABLET_LANDSCAPE)
    await screenshot(page, 'outreach-locked-1280x800')
    await unlock(page)
    expect(await page.getByTestId('unlocked-by').textContent()).toContain('出張 花子')
    const pins = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('madoguchi')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('pins')
            get.onsuccess = () => {
              resolve(JSON.stringify(get.result))
              open.result.close()
            }
          }
        }),
    )
    expect(pins).toContain('出張 花子')
    expect(pins).not.toContain(`"${PIN}"`) // as a value; the hex of a hash may hold the digits by chance
  })

  it('on a tablet shared by two staff, asks who is unlocking and names them', async () => {
    const page = context?.pages()[0] as Page
    // A colleague who signed in on this tablet earlier and chose 1357 (written as the app stores it).
    await page.evaluate(async () => {
      const hex = (b: ArrayBuffer | Uint8Array) =>
        Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('')
      const salt = crypto.getRandomValues(new Uint8Array(16))
      const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('1357'), 'PBKDF2', false, [
        'deriveBits',
      ])
      const bits = await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 },
        key,
        256,
      )
      const colleague = {
        staffId: 'staff-colleague',
        displayName: '出張 次郎',
        salt: hex(salt),
        hash: hex(bits),
        iterations: 1000,
      }
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('madoguchi')
        open.onsuccess = () => resolve(open.result)
      })
      const store = db.transaction('meta', 'readwrite').objectStore('meta')
      await new Promise<void>((resolve) => {
        const get = store.get('pins')
        get.onsuccess = () => {
          store.put({ key: 'pins', value: [...get.result.value, colleague] }).onsuccess = () => resolve()
        }
      })
      db.close()
    })
    await page.reload()
    await page.getByTestId('lock-staff').waitFor()
    expect(await page.getByTestId('lock-staff-choice').allTextContents()).toEqual(['出張 花子', '出張 次郎'])
    await screenshot(page, 'outreach-locked-two-staff-1280x800')
    // Hanako's PIN does not open the tablet as Jiro.
    await page.getByTestId('lock-staff-choice').filter({ hasText: '出張 次郎' }).click()
    await page.locator('#pin-unlock').fill(PIN)
    await page.getByRole('button', { name: 'ロックを解除' }).click()
    await expect.poll(() => page.locator('#pin-unlock-error').textContent()).toContain('違います')
    await page.locator('#pin-unlock').fill('1357')
    await page.getByRole('button', { name: 'ロックを解除' }).click()
    await page.getByTestId('lock-screen').waitFor({ state: 'detached' })
    expect(await page.getByTestId('unlocked-by').textContent()).toContain('出張 次郎')
    expect(await page.getByTestId('form-id').inputValue()).toBe(VISITORS[0]?.formId.replace(/ /g, ''))
  })
})
