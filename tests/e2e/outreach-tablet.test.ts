import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newProfileDir, openBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../support/browser'
import { makeDrawnFaceY4m } from '../support/drawn-face'
import { layoutProblems, resizeTo } from '../support/layout'
import { createSession, PIN, readDeviceDb, signInOutreach, unlock, waitSaved } from '../support/outreach'
import { type RunningServer, startServer } from '../support/server'
import { enableHooks, readServer, waitForHooks } from '../support/sync'
import { fakeCameraArgs } from '../support/y4m'

/**
 * What a newcomer hit on the tablet (issue 12, items 2–7), each checked as staff meet it: widths,
 * the 申請書ID as typed, consent before the camera, the face check, trivial PINs, the lock screen.
 */
/** A phone held upright, as Lighthouse's mobile profile sees it. */
const PHONE = { width: 412, height: 823 }

let server: RunningServer
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startServer()
  const profile = newProfileDir()
  // The camera shows a drawn, invented face (tests/support/drawn-face.ts), placed as the 7:9 guide
  // wants it: the face check must find it and pass it.
  const camera = fakeCameraArgs(await makeDrawnFaceY4m(join(profile, '..', `face-${Date.now()}.y4m`)))
  context = await openBrowser(profile, { viewport: TABLET_PORTRAIT, extraArgs: camera })
  // The hooks lengthen the pass interval (so a photo on the server cannot be a timer's work) and let
  // the last test send and clear visitors now (a cleared visitor is where a correction is
  // requested); the screens are the app's own.
  await enableHooks(context)
  page = context.pages()[0] ?? (await context.newPage())
})
afterAll(async () => {
  await context?.close()
  await server?.stop()
})

/** Switch the app's language with the status bar's button, as staff do. */
async function useLanguage(lang: 'ja' | 'en'): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === lang) return
  await page.getByTestId('lang-switch').click()
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
}

/**
 * The screen holds at both tablet sizes, in Japanese and English: no sideways scroll (nothing cut
 * off), no text squeezed to one character a line (tests/support/layout.ts), the status bar on one
 * row, the intake's step tabs of one height, and no Japanese punctuation in the English headings.
 */
async function fitsBothWidths(where: string): Promise<void> {
  try {
    expect(await screenHolds(where)).toEqual([])
  } finally {
    // The next steps tap Japanese labels.
    await useLanguage('ja')
    await page.setViewportSize(TABLET_PORTRAIT)
  }
}

async function screenHolds(where: string): Promise<string[]> {
  const found: string[] = []
  for (const lang of ['ja', 'en'] as const) {
    await useLanguage(lang)
    for (const size of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
      await resizeTo(page, size)
      const at = `${where} at ${size.width}px (${lang})`
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      expect(scroll, at).toBeLessThanOrEqual(client)
      for (const problem of await layoutProblems(page)) found.push(`${at}: ${problem}`)
      const shape = await page.evaluate(() => {
        const bar = Array.from(document.querySelectorAll<HTMLElement>('.status-bar > *'))
          .filter((e) => !e.classList.contains('status-problem') && e.getBoundingClientRect().width > 0)
          .map((e) => e.getBoundingClientRect().top)
        const steps = Array.from(document.querySelectorAll<HTMLElement>('.step-nav .step')).map((e) =>
          e.getBoundingClientRect(),
        )
        // Tabs side by side (one row) must be of one height.
        const rows = new Map<number, number[]>()
        for (const r of steps) rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r.height])
        return {
          barRows: bar.length ? Math.max(...bar) - Math.min(...bar) : 0,
          ragged: [...rows.values()].some((h) => Math.max(...h) - Math.min(...h) > 1),
          headings: Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => h.textContent ?? ''),
        }
      })
      if (shape.barRows > 12) found.push(`${at}: the status bar wraps onto a second row`)
      if (shape.ragged) found.push(`${at}: the step tabs differ in height`)
      if (lang === 'en')
        for (const h of shape.headings) if (h.includes('・')) found.push(`${at}: Japanese 「・」 in "${h}"`)
    }
  }
  return found
}

const problemsShown = () =>
  page
    .locator('[data-problem]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-problem')))

describe('the tablet walk-through (#12)', () => {
  it('refuses a trivial PIN and says why', async () => {
    await signInOutreach(page, server.url)
    await page.getByTestId('pin-setup').waitFor()
    for (const trivial of ['1111', '1234', '9876']) {
      await page.locator('#pin-new').fill(trivial)
      await page.locator('#pin-confirm').fill(trivial)
      await page.getByRole('button', { name: '暗証番号を設定する' }).click()
      await expect.poll(() => page.getByTestId('pin-setup').textContent()).toContain('推測')
      expect(await page.getByTestId('pin-setup').count()).toBe(1)
    }
    await page.locator('#pin-new').fill(PIN)
    await page.locator('#pin-confirm').fill(PIN)
    await page.getByRole('button', { name: '暗証番号を設定する' }).click()
    await page.getByTestId('pin-setup').waitFor({ state: 'detached' })
  })

  it('keeps the status bar on one row at phone width (412 px), so nothing joining it late moves the screen', async () => {
    // Lighthouse's mobile width. The outbox badge and sign-out join the bar after the first paint:
    // on two rows they pushed the whole screen down (a layout shift of 0.07–0.17).
    await page.getByTestId('outbox-badge').waitFor()
    try {
      await page.setViewportSize(PHONE)
      for (const lang of ['ja', 'en'] as const) {
        await useLanguage(lang)
        const bar = await page.evaluate(() => {
          const header = document.querySelector<HTMLElement>('.status-bar')
          const parts = Array.from(document.querySelectorAll<HTMLElement>('.status-bar > *'))
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0)
          return {
            rows: Math.max(...parts.map((r) => r.top)) - Math.min(...parts.map((r) => r.top)),
            right: Math.max(...parts.map((r) => r.right)),
            width: header?.clientWidth ?? 0,
            height: header?.getBoundingClientRect().height ?? 0,
          }
        })
        expect(bar.rows, `${lang}: the status bar wraps onto a second row`).toBeLessThanOrEqual(12)
        expect(bar.right, `${lang}: the status bar runs off the screen`).toBeLessThanOrEqual(bar.width)
        // One row of 44 px targets: the height it has from the first paint, signed in or not.
        expect(bar.height, lang).toBeLessThan(70)
      }
    } finally {
      await useLanguage('ja')
      await page.setViewportSize(TABLET_PORTRAIT)
    }
  })

  it('fits 768 and 1280 wide on every outreach screen', async () => {
    await fitsBothWidths('the session list')
    await page.getByTestId('new-session').waitFor()
    await fitsBothWidths('the new session form')
    await createSession(page, '出張 花子')
    await fitsBothWidths('the session')
    await page.getByTestId('add-visitor').click()
    await fitsBothWidths('the purpose step')
    await page.getByTestId('purpose-new_application').click()
    await page.getByTestId('identity-step').waitFor()
    await fitsBothWidths('the identity documents')
    for (const step of ['step-form', 'step-photo', 'step-consultation', 'step-review']) {
      await page.getByTestId(step).click()
      await fitsBothWidths(step)
    }
  })

  it('identity documents are picked from their groups, one 提示あり toggle each; the rule decides 完了', async () => {
    await page.getByTestId('step-identity').click()
    const stepStatus = page.getByTestId('step-identity')
    const identity = page.getByTestId('identity-step')
    expect(await identity.textContent()).toContain('ご提示いただいた書類だけを選んでください')
    const toggles = identity.locator('.doc-toggle')
    expect(await toggles.count()).toBe(16)
    // No なし / 対象外 to choose for a document: one toggle each, a target of at least 44 px.
    expect(await identity.getByRole('button', { name: /なし|対象外/ }).count()).toBe(0)
    const heights = await toggles.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height))
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44)
    expect(await page.getByTestId('docs-identity_a').getByRole('button').count()).toBe(9)
    expect(await page.getByTestId('docs-identity_b').getByRole('button').count()).toBe(7)

    const passport = page.getByTestId('doc-a_passport')
    expect(await passport.textContent()).toContain('提示あり')
    await passport.click()
    await expect.poll(() => passport.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => stepStatus.getAttribute('data-status')).toBe('done')
    expect(await stepStatus.textContent()).toContain('完了')
    expect(await page.getByTestId('identity-missing').textContent()).toBe('')
    await waitSaved(page)
    // Stored as the server accepts it: item id → 確認済, and nothing for the documents not shown.
    expect((await readDeviceDb(page)).intakes[0]?.checks).toEqual({ a_passport: 'ok' })

    // Tapped again it is undone; one group-B document is not enough, two are.
    await passport.click()
    await expect.poll(() => stepStatus.getAttribute('data-status')).toBe('missing')
    await page.getByTestId('doc-b_pension').click()
    await expect
      .poll(() => page.getByTestId('identity-missing').textContent())
      .toContain('B群があと1点必要です')
    await page.getByTestId('doc-b_student_id').click()
    await expect.poll(() => stepStatus.getAttribute('data-status')).toBe('done')
    await waitSaved(page)
    expect((await readDeviceDb(page)).intakes[0]?.checks).toEqual({ b_pension: 'ok', b_student_id: 'ok' })
  })

  it('refuses a malformed 申請書ID as it is typed and says what is missing', async () => {
    await page.getByTestId('step-form').click()
    const field = page.getByTestId('form-id')
    const state = page.getByTestId('form-id-hint')
    await field.fill('abc')
    expect(await field.inputValue()).toBe('')
    await page.getByTestId('form-id-refused').waitFor()
    await field.fill('12345')
    await expect.poll(() => state.getAttribute('data-problem')).toBe('short')
    expect(await state.textContent()).toContain('18')
    await field.fill('0'.repeat(23))
    await expect.poll(() => state.getAttribute('data-problem')).toBe('same_digit')
    await field.fill('1234 5678 9012 3456 7890 123')
    await expect.poll(() => state.getAttribute('data-problem')).toBe('none')
  })

  it('asks the photo consent before the camera opens', async () => {
    await page.getByTestId('step-photo').click()
    await page.getByTestId('photo-needs-consent').waitFor()
    expect(await page.getByTestId('shutter').count()).toBe(0)
    expect(await page.locator('video').count()).toBe(0)
    await page.getByTestId('consent-consent_photo-agreed').click()
    await page.locator('[data-testid="shutter"]:not([aria-disabled])').waitFor({ timeout: 90_000 })
  })

  it('passes a drawn face through the face check, with no problem and no reason asked', async () => {
    // No pass on a timer from here on (an hour between them), and no one taps 今すぐ送信.
    await waitForHooks(page)
    await page.evaluate(() => {
      const hooks = window.__madoguchiSync
      hooks?.stop()
      hooks?.configure({ intervalMs: 3_600_000 })
      hooks?.start()
    })
    await expect.poll(() => readServer(server.dbPath).photoShas.size).toBe(0)
    await page.getByTestId('shutter').click()
    // The face check runs on the tablet's own CPU: on a busy test machine it can take a while.
    await page.getByTestId('photo-review').waitFor({ timeout: 120_000 })
    // Not "some face problem or no face": exactly none, so the detector found the one face and its
    // size, position and tilt are within the 7:9 rule (a detector that could not run is a problem too).
    expect(await problemsShown()).toEqual([])
    expect(await page.getByTestId('photo-review').textContent()).toContain('問題は見つかりませんでした')
    expect(await page.getByTestId('override-reason').count()).toBe(0)
    await page.getByTestId('use-photo').click()
    await page.getByTestId('photo-saved').waitFor()
    expect(await page.getByTestId('photo-override').count()).toBe(0)
    // Issue 18.1: an accepted photo leaves for the server at once, not at the next interval or at the
    // end of the session, so a disk the browser wipes can no longer take it.
    const { photos } = await readDeviceDb(page)
    const accepted = photos.map((p) => p.sha256)
    expect(accepted).toHaveLength(1)
    await expect
      .poll(() => [...readServer(server.dbPath).photoShas.values()], { timeout: 60_000 })
      .toEqual(accepted)
  })

  it('finds no face in a picture without one, and uses it only with a reason', async () => {
    await page.getByTestId('retake').click()
    // A wall with grain and no one in front of it, chosen from the tablet's files.
    const wall = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(900, 1157)
      const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
      const image = g.createImageData(900, 1157)
      let s = 7
      for (let i = 0; i < image.data.length; i += 4) {
        s = (s * 1664525 + 1013904223) >>> 0
        const v = 180 + (s >>> 28)
        image.data[i] = v
        image.data[i + 1] = v
        image.data[i + 2] = v - 10
        image.data[i + 3] = 255
      }
      g.putImageData(image, 0, 0)
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
      const bytes = new Uint8Array(await blob.arrayBuffer())
      let text = ''
      for (const b of bytes) text += String.fromCharCode(b)
      return btoa(text)
    })
    await page
      .getByTestId('photo-file')
      .setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(wall, 'base64') })
    await page.getByTestId('photo-review').waitFor({ timeout: 120_000 })
    expect(await problemsShown()).toContain('no_face')
    await page.getByTestId('use-photo').click()
    await page.locator('#override-error').waitFor()
    expect(await page.getByTestId('photo-saved').count()).toBe(0)
    await page.getByTestId('override-reason').fill('本人の希望で持参写真を別途確認')
    await page.getByTestId('use-photo').click()
    await page.getByTestId('photo-saved').waitFor()
    expect(await page.getByTestId('photo-override').textContent()).toContain('持参写真')
    await page.getByTestId('retake').click()
  })

  it('keeps a photo taken but not yet accepted across a reload', async () => {
    await page.locator('[data-testid="shutter"]:not([aria-disabled])').waitFor({ timeout: 90_000 })
    await page.getByTestId('shutter').click()
    await page.getByTestId('photo-review').waitFor({ timeout: 120_000 })
    // The shot's pixels as shown, so "the same shot" means the same picture, not just a photo. (The
    // img's object URL may be replaced while the view re-renders, so read the decoded image itself.)
    const shown = () =>
      page.locator('[data-testid="photo-review"] img').evaluate(async (element) => {
        const img = element as HTMLImageElement
        await img.decode()
        const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight)
        const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
        g.drawImage(img, 0, 0)
        const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data
        const hash = await crypto.subtle.digest('SHA-256', pixels)
        const hex = Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('')
        return `${img.naturalWidth}x${img.naturalHeight} ${hex}`
      })
    const before = await shown()
    expect(await page.getByTestId('photo-saved').count()).toBe(0)
    await page.reload()
    await unlock(page)
    await page.getByTestId('photo-review').waitFor()
    await page.locator('[data-testid="photo-review"] img').waitFor()
    expect(await shown()).toBe(before)
    await page.getByTestId('retake').click()
  })

  it('offers only unlocking while locked', async () => {
    await page.getByTestId('lock-now').click()
    await page.getByTestId('lock-screen').waitFor()
    // No plain sign-out and no outbox panel (with its "erase this device") behind the lock.
    expect(await page.getByTestId('sign-out').count()).toBe(0)
    expect(await page.getByTestId('outbox-badge').count()).toBe(0)
    expect(await page.locator('body').textContent()).not.toContain('この端末の記録を消去')
    // The emergency sign-out is folded away, so it is not taken for the way in.
    expect(await page.getByTestId('lock-emergency').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    )
    await unlock(page)
  })

  it('fits 768 and 1280 on the lock screen, the outbox, the FAQ, the end of the session and a correction', async () => {
    await page.getByTestId('lock-now').click()
    await page.getByTestId('lock-screen').waitFor()
    await fitsBothWidths('the lock screen')
    await page.getByTestId('lock-emergency').locator('summary').click()
    await fitsBothWidths('the lock screen with the emergency sign-out open')
    await unlock(page)

    await page.getByTestId('outbox-badge').click()
    await page.getByTestId('outbox-panel').waitFor()
    await fitsBothWidths('the outbox panel')
    await page.getByTestId('outbox-badge').click()

    await waitForHooks(page)
    // A sync pass brings the FAQ (reference data) to the tablet.
    expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(30_000))).toBe(0)
    await page.getByTestId('tablet-faq-open').click()
    await page.getByTestId('tablet-faq').waitFor({ timeout: 30_000 })
    await page.getByTestId('tablet-faq-search').fill('カード')
    await page.getByTestId('tablet-faq-hit').first().waitFor()
    await fitsBothWidths('the FAQ with answers')
    await page.getByTestId('tablet-faq-open').click()

    await page.getByTestId('back-to-visitors').click()
    await page.getByTestId('end-session').click()
    await page.getByTestId('end-session-question').waitFor()
    expect(await page.getByTestId('end-incomplete').count()).toBeGreaterThan(0)
    await fitsBothWidths('the end-session summary')
    await page.getByTestId('end-reason').fill('時間が足りず、後日窓口で相談されるため')
    await page.getByTestId('end-session-confirm').click()
    await page.getByTestId('session-ended').waitFor()
    await fitsBothWidths('the ended session')

    await page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
    expect(await page.evaluate(() => window.__madoguchiSync?.syncUntilIdle(30_000))).toBe(0)
    await page.evaluate(() => window.__madoguchiSync?.sweep())
    await page.getByTestId('cleared-row').first().waitFor({ timeout: 30_000 })
    await fitsBothWidths('the cleared visitors')
    await page.getByTestId('request-correction').first().click()
    await page.getByTestId('correction-form').waitFor()
    await fitsBothWidths('the correction request')
  })
})
