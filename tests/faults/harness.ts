import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { newProfileDir, openBrowser } from '../support/browser'
import { type RunningServer, startServer } from '../support/server'
import { type BacklogSpec, enableHooks, signIn, waitForHooks } from '../support/sync'
import { type FaultProxy, startProxy } from './proxy'

/**
 * The fault rig: the real server as its own process on a SQLite file that outlives it, the fault
 * proxy in front, and Chromium on the proxy's origin signed in as outreach staff.
 */
export interface Rig {
  proxy: FaultProxy
  page: Page
  dbPath: string
  kills: number
  reloads: number
  /** Resolves once a pending restart (after a kill) is done. */
  settled(): Promise<void>
  /** Run the engine until nothing is pending, riding out reloads and restarts. */
  syncUntilIdle(timeoutMs: number): Promise<void>
  seed(spec: BacklogSpec): Promise<{ photos: { id: string; sha256: string }[] }>
  snapshot(): Promise<Awaited<ReturnType<NonNullable<Window['__madoguchiSync']>['snapshot']>>>
  close(): Promise<void>
}

/** Fast retries and an immediate purge, so many schedules fit in a short run. */
const ENGINE = {
  purgeGraceMs: 0,
  purgeIdleMs: 0,
  backoff: { baseMs: 20, maxMs: 250 },
  batchSize: 6,
  photoGroup: 2,
  intervalMs: 3_600_000,
}

export async function startRig(): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-faults-'))
  const dbPath = join(dir, 'faults.sqlite')
  let server: RunningServer = await startServer({ dbPath })
  const proxy = await startProxy(server.port)
  const context: BrowserContext = await openBrowser(newProfileDir())
  await enableHooks(context)
  const page = context.pages()[0] ?? (await context.newPage())
  let restarting: Promise<void> = Promise.resolve()
  let reloading: Promise<void> = Promise.resolve()

  const prepare = async () => {
    await waitForHooks(page)
    await page.evaluate((settings) => window.__madoguchiSync?.configure(settings), ENGINE)
  }

  const rig: Rig = {
    proxy,
    page,
    dbPath,
    kills: 0,
    reloads: 0,
    settled: async () => {
      await restarting
      await reloading
    },
    async syncUntilIdle(timeoutMs) {
      const until = Date.now() + timeoutMs
      while (Date.now() < until) {
        await rig.settled()
        try {
          const pending = await page.evaluate((ms) => window.__madoguchiSync?.syncUntilIdle(ms, true), 5_000)
          if (pending === 0) {
            await rig.settled()
            return
          }
        } catch {
          // The page reloaded under the call: wait for the app and its hooks, then carry on.
          await rig.settled()
          await prepare()
        }
      }
      throw new Error('the outbox did not drain in time')
    },
    seed: async (spec) => (await page.evaluate((s) => window.__madoguchiSync?.seed(s), spec)) as never,
    snapshot: async () => (await page.evaluate(() => window.__madoguchiSync?.snapshot())) as never,
    async close() {
      await context.close()
      await proxy.close()
      await server.stop('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }

  proxy.onKill = () => {
    rig.kills++
    const dead = server
    restarting = (async () => {
      dead.process.kill('SIGKILL')
      await new Promise((resolve) => dead.process.once('exit', resolve))
      server = await startServer({ dbPath })
      proxy.setTarget(server.port)
    })()
  }
  proxy.onReload = () => {
    rig.reloads++
    reloading = (async () => {
      await page.reload().catch(() => undefined)
      await prepare()
    })()
  }

  await signIn(page, proxy.url, 'outreach', 'demo-outreach')
  await page.getByTestId('outreach-home').waitFor()
  await prepare()
  return rig
}
