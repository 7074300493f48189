// `npm test`: every check the project has, in the order that fails fastest: types, lint, then all
// vitest projects: shared, server, pwa, then the tests in tests/ (e2e in Chromium on the built PWA,
// load with the short soak, faults), each kind in its own run. Ends with one plain `N passed, N failed` line.
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
// The browser tests run the test build (with the sync test hooks); the build checks read the production one.
ensurePwaBuilt({ mode: 'test' })
ensurePwaBuilt()

const artifacts = join(ROOT, 'tests/artifacts')
mkdirSync(artifacts, { recursive: true })

// Unit and in-process tests first, then the browser, load and fault tests on their own: those start
// servers and Chromium, and sharing two cores with the unit run only makes them slower and noisier.
const runs = [
  { name: 'unit and in-process', projects: ['shared', 'server', 'pwa'] },
  { name: 'browser', projects: ['e2e'] },
  { name: 'load and short soak', projects: ['load'] },
  { name: 'fault', projects: ['faults'] },
]
let passed = 0
let failed = 0
let skipped = 0
let status = 0
for (const { name, projects } of runs) {
  const report = join(artifacts, `vitest-${projects.join('-')}.json`)
  const started = Date.now()
  process.stdout.write(`\n▶ ${name} tests (${projects.join(', ')})\n`)
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])]
  const run = spawnSync(
    'npx',
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  )
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests
    skipped += result.numPendingTests
  } catch {
    failed += 1 // no report: the run itself broke
  }
  process.stdout.write(
    `  ${name}: ${run.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
  )
  if (run.status !== 0) status = run.status ?? 1
}
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
process.exit(status)
