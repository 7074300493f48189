import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { newProfileDir, openBrowser, type Viewport } from './browser'
import { type RunningServer, startServer } from './server'

/** The server and the browser a test file drives, there from its first test on. */
export interface BrowserSuite {
  readonly server: RunningServer
  readonly context: BrowserContext
  readonly page: Page
}

export interface BrowserSuiteOptions {
  /** The browser window (default: the tablet in portrait). */
  viewport?: Viewport
  /** Runs on the new browser before its first page is taken (e.g. switching on test hooks). */
  prepare?: (context: BrowserContext) => Promise<void>
  /** Extra environment for the server (e.g. a telephone service's token). */
  serverEnv?: Record<string, string>
  /** Extra Chromium flags, made once the profile exists (e.g. a fake camera whose video sits beside it). */
  browserArgs?: (profileDir: string) => Promise<string[]>
}

/**
 * The set-up most browser test files share: the real server on a fresh database and one Chromium on
 * a fresh profile, started before the file's tests and closed after them. Call it once at the top of
 * the file; the tests in it share the one page, in order, as one person at one screen would.
 */
export function browserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let server: RunningServer | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  beforeAll(async () => {
    server = await startServer({ env: options.serverEnv })
    const profile = newProfileDir()
    const extraArgs = await options.browserArgs?.(profile)
    context = await openBrowser(profile, { viewport: options.viewport, extraArgs })
    await options.prepare?.(context)
    page = context.pages()[0] ?? (await context.newPage())
  })
  afterAll(async () => {
    await context?.close()
    await server?.stop()
  })
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`browserSuite: no ${name} before the file's beforeAll ran`)
    return value
  }
  return {
    get server() {
      return ready(server, 'server')
    },
    get context() {
      return ready(context, 'browser')
    },
    get page() {
      return ready(page, 'page')
    },
  }
}
