import type { BrowserContext, Page } from 'playwright-core'

/** One script or stylesheet a screen fetched on its first load. */
export interface LoadedAsset {
  url: string
  kind: 'script' | 'stylesheet'
  /** Bytes that crossed the network (the body as sent, compressed when it was). */
  transferred: number
  /** Bytes of the file itself, after decoding. */
  decoded: number
  encoding: string | null
}

/** What a browser saw on a screen's first load: its assets, console errors and CSP violations. */
export interface FirstLoad {
  assets: LoadedAsset[]
  consoleErrors: string[]
  cspViolations: string[]
}

/**
 * Watch a page while it loads a screen for the first time. Call before navigating; read `result()`
 * once the screen is there. CSP violations are caught in the page (they reach the console only as
 * text), so the same words cannot hide among other messages.
 */
export async function watchFirstLoad(context: BrowserContext, page: Page) {
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  const pending: Promise<LoadedAsset | null>[] = []
  page.on('requestfinished', (request) => {
    const type = request.resourceType()
    if (type !== 'script' && type !== 'stylesheet') return
    pending.push(
      (async () => {
        const response = await request.response()
        if (!response) return null
        const sizes = await request.sizes()
        const body = await response.body().catch(() => Buffer.alloc(0))
        return {
          url: new URL(request.url()).pathname,
          kind: type,
          transferred: sizes.responseBodySize,
          decoded: body.length,
          encoding: response.headers()['content-encoding'] ?? null,
        }
      })(),
    )
  })
  return {
    async result(): Promise<FirstLoad> {
      const assets = (await Promise.all(pending)).filter((a): a is LoadedAsset => a !== null)
      const cspViolations = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      )
      return { assets, consoleErrors, cspViolations }
    },
  }
}

export const sum = (assets: LoadedAsset[], key: 'transferred' | 'decoded', kind = 'script') =>
  assets.filter((a) => a.kind === kind).reduce((total, a) => total + a[key], 0)
