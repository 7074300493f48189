// Before the browser tests: Chromium present and pwa/dist built from the current sources.
import { ensurePwaBuilt } from '../../scripts/pwa-build.mjs'
import { ensureChromium } from '../scripts/ensure-chromium.mjs'

export default function setup() {
  ensureChromium()
  ensurePwaBuilt({ quiet: true })
}
