// Before the browser tests: Chromium present and both PWA builds (pwa/dist-test, pwa/dist) current.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ensurePwaBuilt, ROOT } from '../../scripts/pwa-build.mjs'
import { ensureChromium } from '../scripts/ensure-chromium.mjs'

export default function setup() {
  ensureChromium()
  // A tree without the PWA's sources (a server-only branch) can still run the HTTP and load tests.
  if (existsSync(join(ROOT, 'pwa/index.html'))) {
    // The test build for the browser tests; the production one for the tests that check what ships.
    ensurePwaBuilt({ quiet: true, mode: 'test' })
    ensurePwaBuilt({ quiet: true })
  }
}
