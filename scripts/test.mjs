// `npm test`: every check the project has, in the order that fails fastest: types, lint, then all
// vitest projects (shared, server, pwa, and the browser tests in tests/, which need Chromium and the
// built PWA). Ends with one plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ensureChromium } from '../tests/scripts/ensure-chromium.mjs'
import { ensurePwaBuilt, ROOT } from './pwa-build.mjs'

const step = (name, command, args) => {
  const started = Date.now()
  process.stdout.write(`\n▶ ${name}\n`)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' })
  process.stdout.write(
    `  ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  )
  if (result.status !== 0) process.exit(result.status ?? 1)
}

step('type check', 'npm', ['run', '--silent', 'typecheck'])
step('lint and format', 'npx', ['biome', 'check', '.'])
ensureChromium()
ensurePwaBuilt()

const artifacts = join(ROOT, 'tests/artifacts')
mkdirSync(artifacts, { recursive: true })
const report = join(artifacts, 'vitest-report.json')
const started = Date.now()
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
)
let summary = 'tests: no report was written'
try {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'))
  summary = `tests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`
} catch {}
process.stdout.write(`\n(vitest took ${((Date.now() - started) / 1000).toFixed(0)} s)\n${summary}\n`)
process.exit(run.status ?? 1)
