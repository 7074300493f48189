// Walk the outreach tablet's screens in Japanese and English at 768×1024 and 1280×800, saving a
// screenshot of each under tests/artifacts/walk-outreach and printing what a reviewer should look at:
// sideways scroll, text squeezed to a character a line, and (in English) Japanese text left on
// screen. For looking, not a test:   node --import tsx tests/scripts/outreach-walk.ts
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { newProfileDir, openBrowser, TABLET_LANDSCAPE, TABLET_PORTRAIT } from '../support/browser'
import { makeDrawnFaceY4m } from '../support/drawn-face'
import { layoutProblems } from '../support/layout'
import { agreeToPhoto, createSession, setPin, signInOutreach } from '../support/outreach'
import { ROOT, startServer } from '../support/server'
import { fakeCameraArgs } from '../support/y4m'

const out = join(ROOT, 'tests/artifacts/walk-outreach')
mkdirSync(out, { recursive: true })
const server = await startServer()
const profile = newProfileDir()
const camera = fakeCameraArgs(await makeDrawnFaceY4m(join(profile, '..', `walk-face-${Date.now()}.y4m`)))
const context = await openBrowser(profile, { viewport: TABLET_PORTRAIT, extraArgs: camera })
const page = context.pages()[0] ?? (await context.newPage())

/** Japanese text shown in English mode, apart from what staff typed (names, notes). */
async function japaneseLeft(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const found = new Set<string>()
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const parent = node.parentElement
      if (!text || !parent || parent.closest('input, textarea, [lang="ja"]')) continue
      if (getComputedStyle(parent).display === 'none') continue
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) found.add(text.slice(0, 60))
    }
    return [...found]
  })
}

async function look(name: string): Promise<void> {
  for (const lang of ['ja', 'en']) {
    await page.evaluate((l) => localStorage.setItem('madoguchi.lang', l), lang)
    const toggle = page.getByTestId('lang-switch')
    if ((await page.evaluate(() => document.documentElement.lang)) !== lang && (await toggle.count()) > 0)
      await toggle.first().click()
    await page.waitForTimeout(150)
    for (const size of [TABLET_PORTRAIT, TABLET_LANDSCAPE]) {
      await page.setViewportSize(size)
      await page.waitForTimeout(150)
      const shot = `${name}-${lang}-${size.width}`
      await page.screenshot({ path: join(out, `${shot}.png`), fullPage: true })
      const problems = await layoutProblems(page)
      if (lang === 'en') for (const text of await japaneseLeft(page)) problems.push(`japanese: ${text}`)
      if (problems.length > 0) console.log(`${shot}\n  ${problems.join('\n  ')}`)
    }
  }
  // Back to Japanese for the next steps (the helpers click Japanese labels).
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'ja')
    await page.getByTestId('lang-switch').first().click()
  await page.setViewportSize(TABLET_PORTRAIT)
}

try {
  await signInOutreach(page, server.url)
  await look('01-pin-setup')
  await setPin(page)
  await look('02-sessions')
  await createSession(page, '出張 花子')
  await look('03-session')
  await page.getByTestId('add-visitor').click()
  await look('04-purpose')
  await page.getByTestId('purpose-new_application').click()
  await page.getByTestId('identity-step').waitFor()
  await look('05-identity')
  await page.getByTestId('step-form').click()
  await look('06-form')
  await page.getByTestId('step-photo').click()
  await look('07-photo-consent')
  await agreeToPhoto(page)
  await page.locator('[data-testid="shutter"]:not([aria-disabled])').waitFor({ timeout: 90_000 })
  await look('08-camera')
  await page.getByTestId('shutter').click()
  await page.getByTestId('photo-review').waitFor({ timeout: 120_000 })
  await look('09-photo-review')
  await page.getByTestId('use-photo').click()
  await page.getByTestId('photo-saved').waitFor()
  await look('10-photo-saved')
  await page.getByTestId('step-consultation').click()
  await look('11-consultation')
  await page.getByTestId('step-review').click()
  await look('12-review')
  await page.getByTestId('outbox-badge').click()
  await look('13-outbox')
  await page.getByTestId('outbox-badge').click()
  await page.getByTestId('tablet-faq-open').click()
  await look('14-faq')
  await page.getByTestId('tablet-faq-open').click()
  await page.getByTestId('back-to-visitors').click()
  await page.getByTestId('end-session').click()
  await page.getByTestId('end-session-question').waitFor()
  await look('15-end-session')
  await page.keyboard.press('Escape')
  await page.getByTestId('lock-now').click()
  await page.getByTestId('lock-screen').waitFor()
  await look('16-lock')
} finally {
  await context.close()
  await server.stop()
}
