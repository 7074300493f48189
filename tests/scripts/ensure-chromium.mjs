// The browser tests drive Debian's Chromium. Find it; install it from Debian when missing and we are
// allowed to (root with apt-get); otherwise say exactly what to run. Never downloads a browser build.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
)
export const findChromium = () => CANDIDATES.find((path) => existsSync(path))

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
}

/** Whether a Japanese font is installed (Debian's fonts-noto-cjk); without one, screenshots show boxes. */
const hasJapaneseFont = () =>
  spawnSync('sh', ['-c', 'fc-list :lang=ja family | grep -q .'], { stdio: 'ignore' }).status === 0

/**
 * The tablet's text is Japanese: without a CJK font Chromium draws boxes, and lines break unlike on a
 * real tablet, so layout tests and screenshots would judge the wrong thing. Installed with Chromium.
 */
function ensureJapaneseFont() {
  if (hasJapaneseFont()) return
  if (!canInstall()) {
    process.stderr.write(
      'No Japanese font is installed; screenshots will show boxes. Install one from Debian:\n\n' +
        '    sudo apt-get install -y fonts-noto-cjk\n\n',
    )
    return
  }
  process.stderr.write('Installing a Japanese font from Debian (apt-get install fonts-noto-cjk)…\n')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], { stdio: 'inherit', env })
}

export function ensureChromium() {
  const found = findChromium()
  if (found) {
    ensureJapaneseFont()
    return found
  }
  if (!canInstall()) {
    process.stderr.write(
      'Chromium is needed for the browser tests and is not installed.\n' +
        'Install it from Debian, then run the tests again:\n\n' +
        '    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
        '(or set CHROMIUM_PATH to an existing Chromium binary)\n',
    )
    process.exit(1)
  }
  process.stderr.write('Chromium is missing: installing it from Debian (apt-get install chromium)…\n')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env })
  const installed = findChromium()
  if (!installed) {
    process.stderr.write('apt-get finished but no chromium binary was found.\n')
    process.exit(1)
  }
  return installed
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`chromium: ${ensureChromium()}\n`)
}
