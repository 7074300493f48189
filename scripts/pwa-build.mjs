// Build the PWA when dist is missing or older than its sources, so `npm start` and the browser tests
// always serve what is in the tree without rebuilding on every run.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DIST_INDEX = join(ROOT, 'pwa/dist/index.html')
const SOURCES = ['pwa/src', 'pwa/public', 'pwa/build', 'pwa/index.html', 'pwa/vite.config.ts', 'shared/src']

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function pwaIsStale() {
  if (!existsSync(DIST_INDEX)) return true
  const built = statSync(DIST_INDEX).mtimeMs
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built)
}

export function ensurePwaBuilt({ quiet = false } = {}) {
  if (!pwaIsStale()) return false
  if (!quiet) process.stderr.write('Building the PWA (pwa/dist)…\n')
  const result = spawnSync('npm', ['run', 'build', '-w', '@madoguchi/pwa'], {
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
