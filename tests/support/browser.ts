import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type LaunchOptions, type Page } from 'playwright-core'
import { findChromium } from '../scripts/ensure-chromium.mjs'
import { ROOT } from './server'

// The flags these machines need: no sandbox as root, and nothing that phones home on a closed network.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Viewport {
  width: number
  height: number
}
export const TABLET_PORTRAIT: Viewport = { width: 768, height: 1024 }
export const TABLET_LANDSCAPE: Viewport = { width: 1280, height: 800 }
export const DESKTOP: Viewport = { width: 1920, height: 1080 }

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'madoguchi-profile-'))
}

/**
 * A Chromium with a profile on disk, so a test can close the browser and open the same profile again
 * (IndexedDB, the service worker and its caches survive, as on a real tablet).
 */
export async function openBrowser(
  profileDir: string,
  options: { viewport?: Viewport; extraArgs?: string[]; launch?: LaunchOptions } = {},
): Promise<BrowserContext> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium is missing: run `node tests/scripts/ensure-chromium.mjs`')
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport ?? TABLET_PORTRAIT,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    ...options.launch,
  })
}

/** Save a screenshot under tests/artifacts/screens so a reviewer can look at what the test saw. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(ROOT, 'tests/artifacts/screens')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * Wait until the service worker is active, so the app shell is precached. The page that installed it
 * is not controlled until its next navigation (no clientsClaim), but that navigation is: a reload
 * offline is served from the cache.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker?.ready)?.active?.state === 'activated',
    undefined,
    { timeout: 30_000 },
  )
}
