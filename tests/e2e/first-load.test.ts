import { afterEach, describe, expect, it } from 'vitest'
import { DESKTOP, newProfileDir, openBrowser, TABLET_PORTRAIT } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { type FirstLoad, watchFirstLoad } from '../support/first-load'
import { signInOutreach } from '../support/outreach'
import { type RunningServer, startServer } from '../support/server'

// Each screen on a fresh profile, as a new tablet or desk PC meets it: every script and stylesheet
// arrives compressed, and the page logs no error and trips no Content-Security-Policy rule (zod's
// eval probe did; so did the 401 of asking for a session nobody had).
let server: RunningServer | undefined
afterEach(async () => {
  await server?.stop()
  server = undefined
})

function expectClean(load: FirstLoad) {
  expect(load.assets.length).toBeGreaterThan(0)
  // Files under 1 KB are not worth a compressed copy (pwa/build/precompress.ts).
  for (const asset of load.assets.filter((a) => a.decoded >= 1024)) {
    expect(asset.encoding, asset.url).toMatch(/^(br|gzip)$/)
  }
  expect(load.cspViolations).toEqual([])
  expect(load.consoleErrors).toEqual([])
}

describe('first load', () => {
  it('serves the sign-in page compressed, with no console error or CSP violation', async () => {
    server = await startServer({ pwa: 'production' })
    const context = await openBrowser(newProfileDir(), { viewport: TABLET_PORTRAIT })
    const page = context.pages()[0] ?? (await context.newPage())
    const watch = await watchFirstLoad(context, page)
    await page.goto(`${server.url}/`)
    await page.waitForURL('**/sign-in')
    await page.locator('input[name="loginId"]').waitFor()
    await page.waitForLoadState('networkidle')
    expectClean(await watch.result())
    // The sign-in page runs without the device database, the sync engine and the outbox: nobody is
    // signed in yet, so their code (Dexie with it) is not loaded and the database is not even opened.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([])
    const loaded = (await watch.result()).assets.map((a) => a.url)
    expect(loaded.filter((url) => /\/(OutboxPanel|start|engine|unsent)-[\w-]+\.js/.test(url))).toEqual([])
    await context.close()
  })

  it('loads the desk home and the outreach home clean after sign-in', async () => {
    server = await startServer({ pwa: 'production' })
    for (const [login, viewport, home] of [
      ['operator', DESKTOP, 'desk-home'],
      ['outreach', TABLET_PORTRAIT, 'outreach-home'],
    ] as const) {
      const context = await openBrowser(newProfileDir(), { viewport })
      const page = context.pages()[0] ?? (await context.newPage())
      const watch = await watchFirstLoad(context, page)
      if (login === 'operator') await signInAtDesk(page, server.url, login, `demo-${login}`)
      else {
        await page.goto(`${server.url}/outreach`)
        await page.waitForURL('**/sign-in')
        await page.locator('input[name="loginId"]').fill(login)
        await page.locator('input[name="password"]').fill(`demo-${login}`)
        await page.keyboard.press('Enter')
        await page.getByTestId(home).waitFor()
      }
      await page.waitForLoadState('networkidle')
      expectClean(await watch.result())
      await context.close()
    }
  })

  it('opens a signed-in desk again from the cached sign-in without Dexie or the device schema', async () => {
    server = await startServer({ pwa: 'production' })
    const context = await openBrowser(newProfileDir(), { viewport: DESKTOP })
    const first = context.pages()[0] ?? (await context.newPage())
    await signInAtDesk(first, server.url, 'operator', 'demo-operator')
    await first.close()
    // A new tab with the cached sign-in: read with IndexedDB alone (db/session-read.ts), confirmed by
    // the server and, unchanged, not written again, so Dexie (the schema-*.js chunk) never loads.
    const page = await context.newPage()
    const watch = await watchFirstLoad(context, page)
    await page.goto(`${server.url}/desk`)
    await page.getByTestId('desk-home').waitFor()
    await page.waitForLoadState('networkidle')
    const load = await watch.result()
    expect(load.assets.length).toBeGreaterThan(0)
    expect(load.consoleErrors).toEqual([])
    expect(load.assets.map((a) => a.url).filter((url) => /\/(schema|meta)-[\w-]+\.js$/.test(url))).toEqual([])
    await context.close()
  })

  it('opens a signed-in tablet again with its home preloaded from the page head, every file there', async () => {
    server = await startServer({ pwa: 'production' })
    const context = await openBrowser(newProfileDir(), { viewport: TABLET_PORTRAIT })
    const first = context.pages()[0] ?? (await context.newPage())
    await signInOutreach(first, server.url)
    await first.close()
    // pwa/build/preload-home.ts names the home's chunks at build; one that the build dropped would
    // come back as the HTML fallback and be logged as a module of the wrong type.
    const page = await context.newPage()
    const watch = await watchFirstLoad(context, page)
    await page.goto(`${server.url}/outreach`)
    await page.getByTestId('pin-setup').waitFor()
    await page.waitForLoadState('networkidle')
    const load = await watch.result()
    expect(load.consoleErrors).toEqual([])
    expect(load.assets.map((a) => a.url).filter((url) => /\/preload-home-\w+\.js$/.test(url))).toHaveLength(1)
    await context.close()
  })
})
