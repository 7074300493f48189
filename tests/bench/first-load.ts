// npm run bench:first-load — the bytes each role's first screen fetches on a fresh profile (sign-in,
// the desk home, the outreach home): scripts and styles as they cross the network (brotli or gzip,
// as the server now sends them) against the same files uncompressed, fetched in the same run — the
// baseline is what went out before the build wrote compressed copies. A table, then one JSON line.
import { ensurePwaBuilt } from '../../scripts/pwa-build.mjs'
import { ensureChromium } from '../scripts/ensure-chromium.mjs'
import { DESKTOP, newProfileDir, openBrowser, TABLET_PORTRAIT, type Viewport } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { type LoadedAsset, sum, watchFirstLoad } from '../support/first-load'
import { startServer } from '../support/server'

interface Screen {
  name: string
  viewport: Viewport
  /** Signs in as needed and waits until the screen is there. */
  open: (page: import('playwright-core').Page, url: string) => Promise<void>
}

const SCREENS: Screen[] = [
  {
    name: 'sign-in',
    viewport: TABLET_PORTRAIT,
    open: async (page, url) => {
      await page.goto(`${url}/`)
      await page.locator('input[name="loginId"]').waitFor()
    },
  },
  {
    name: 'desk home (operator)',
    viewport: DESKTOP,
    open: (page, url) => signInAtDesk(page, url, 'operator', 'demo-operator'),
  },
  {
    name: 'outreach home',
    viewport: TABLET_PORTRAIT,
    open: async (page, url) => {
      await page.goto(`${url}/outreach`)
      await page.waitForURL('**/sign-in')
      await page.locator('input[name="loginId"]').fill('outreach')
      await page.locator('input[name="password"]').fill('demo-outreach')
      await page.keyboard.press('Enter')
      await page.getByTestId('outreach-home').waitFor()
    },
  },
]

const kb = (bytes: number) => +(bytes / 1024).toFixed(1)

async function main() {
  ensureChromium()
  ensurePwaBuilt()
  const server = await startServer()
  const results: { screen: string; js: number; jsRaw: number; css: number; cssRaw: number }[] = []
  try {
    for (const screen of SCREENS) {
      const context = await openBrowser(newProfileDir(), { viewport: screen.viewport })
      const page = context.pages()[0] ?? (await context.newPage())
      const watch = await watchFirstLoad(context, page)
      await screen.open(page, server.url)
      await page.waitForLoadState('networkidle')
      const { assets } = await watch.result()
      // The sign-in page's own files come again after signing in from the memory cache; count each once.
      const unique = [...new Map(assets.map((a): [string, LoadedAsset] => [a.url, a])).values()]
      results.push({
        screen: screen.name,
        js: sum(unique, 'transferred'),
        jsRaw: sum(unique, 'decoded'),
        css: sum(unique, 'transferred', 'stylesheet'),
        cssRaw: sum(unique, 'decoded', 'stylesheet'),
      })
      await context.close()
    }
  } finally {
    await server.stop()
  }
  console.log('\nbench:first-load (KB over the network vs the same files uncompressed, same run)')
  console.log(
    `  ${'screen'.padEnd(22)} ${'JS sent'.padStart(9)} ${'JS raw'.padStart(9)} ${'ratio'.padStart(6)}  CSS sent / raw`,
  )
  for (const r of results) {
    console.log(
      `  ${r.screen.padEnd(22)} ${String(kb(r.js)).padStart(9)} ${String(kb(r.jsRaw)).padStart(9)} ${(r.js / r.jsRaw).toFixed(2).padStart(6)}  ${kb(r.css)} / ${kb(r.cssRaw)}`,
    )
  }
  console.log(
    JSON.stringify({
      bench: 'first-load',
      screens: results.map((r) => ({
        screen: r.screen,
        jsSentKB: kb(r.js),
        jsRawKB: kb(r.jsRaw),
        ratio: +(r.js / r.jsRaw).toFixed(3),
        cssSentKB: kb(r.css),
        cssRawKB: kb(r.cssRaw),
      })),
    }),
  )
}

await main()
