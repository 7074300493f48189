// Build the PWA when its output is missing or older than its sources, so `npm start` and the browser
// tests always serve what is in the tree without rebuilding on every run. Two builds:
// - 'production' (pwa/dist): what `npm start` serves and a tablet installs; holds no test code;
// - 'test' (pwa/dist-test, `vite build --mode test`): the same app plus the sync test hooks
//   (pwa/src/sync/test-hooks.ts), which the browser, fault and bench runs drive.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const PWA_DIST = { production: join(ROOT, 'pwa/dist'), test: join(ROOT, 'pwa/dist-test') }
const SOURCES = ['pwa/src', 'pwa/public', 'pwa/build', 'pwa/index.html', 'pwa/vite.config.ts', 'shared/src']

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function pwaIsStale(mode = 'production') {
  const index = join(PWA_DIST[mode], 'index.html')
  if (!existsSync(index)) return true
  const built = statSync(index).mtimeMs
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built)
}

export function ensurePwaBuilt({ quiet = false, mode = 'production' } = {}) {
  if (!pwaIsStale(mode)) return false
  if (!quiet)
    process.stderr.write(
      `Building the PWA (${mode === 'test' ? 'pwa/dist-test, with test hooks' : 'pwa/dist'})…\n`,
    )
  const args = mode === 'test' ? ['--', '--mode', 'test', '--outDir', 'dist-test'] : []
  const result = spawnSync('npm', ['run', 'build', '-w', '@madoguchi/pwa', ...args], {
    cwd: ROOT,
    // Vitest runs with NODE_ENV=test; inherited, it makes Vite bundle React's development build,
    // where import.meta.env.PROD is false and no service worker registers.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  })
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}\n${result.stderr}\n`)
    throw new Error('The PWA build failed (see above).')
  }
  return true
}
