// npm run bench:sync — a day's backlog (200 intakes with notes, 200 photos of about 300 KB) synced
// from Chromium to the real server over loopback, against a baseline in the same run that sends the
// same bytes with plain fetch and no protocol. Prints a table, then one JSON line with the figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LaunchOptions } from 'playwright-core'
import { ensurePwaBuilt } from '../../scripts/pwa-build.mjs'
import { newProfileDir, openBrowser } from '../support/browser'
import { startServer } from '../support/server'
import { enableHooks, makeBacklog, readServer, signIn, waitForHooks } from '../support/sync'
import { startBaselineServer } from './baseline-server'

const INTAKES = Number(process.env.BENCH_INTAKES ?? 200)
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 200)
const GOAL = 0.7

/** Peak resident memory of a process, from Linux's /proc (VmHWM, the high-water mark). */
function peakRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1])
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null
  } catch {
    return null
  }
}

ensurePwaBuilt({ mode: 'test' })
const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-'))
const server = await startServer({ dbPath: join(dir, 'bench.sqlite') })
const baseline = await startBaselineServer()
// The server's CSP (connect-src 'self') would block the baseline endpoint on another port.
const context = await openBrowser(newProfileDir(), { launch: { bypassCSP: true } as LaunchOptions })
try {
  await enableHooks(context)
  const page = context.pages()[0] ?? (await context.newPage())
  await signIn(page, server.url, 'outreach', 'demo-outreach')
  await page.getByTestId('outreach-home').waitFor()
  await waitForHooks(page)
  await page.evaluate(() => {
    window.__madoguchiSync?.stop()
    window.__madoguchiSync?.configure({ purgeGraceMs: 0, intervalMs: 3_600_000 })
  })

  const spec = makeBacklog(42, {
    sessions: 1,
    intakes: INTAKES,
    photos: PHOTOS,
    minPhoto: 280_000,
    maxPhoto: 320_000,
  })
  const seedStarted = performance.now()
  await page.evaluate((s) => window.__madoguchiSync?.seed(s), spec)
  const seedMs = performance.now() - seedStarted

  // Baseline: the same photo bytes and record JSON from IndexedDB, sent one by one with plain fetch.
  const base = (await page.evaluate((url) => window.__madoguchiSync?.sendPlain(url), baseline.url)) as {
    ms: number
    bytes: number
  }

  // The protocol: the real engine, from the outbox until it is empty and the device purged.
  const sync = await page.evaluate(async () => {
    const started = performance.now()
    const pending = await window.__madoguchiSync?.syncUntilIdle(600_000)
    return { ms: performance.now() - started, pending }
  })
  const held = readServer(server.dbPath)
  const arrived = { records: held.versions.size, photos: held.blobs.size }
  const device = await page.evaluate(() => window.__madoguchiSync?.snapshot())
  const rssMb = peakRssMb(server.process.pid as number)

  const mb = base.bytes / 1024 / 1024
  const ratio = base.ms / sync.ms
  const rows: [string, string][] = [
    ['backlog', `${INTAKES} intakes + ${INTAKES} notes + 1 session, ${PHOTOS} photos (${mb.toFixed(1)} MB)`],
    ['seeded through the write path', `${(seedMs / 1000).toFixed(1)} s`],
    [
      'baseline: plain fetch, no protocol',
      `${(base.ms / 1000).toFixed(2)} s  (${(mb / (base.ms / 1000)).toFixed(1)} MB/s)`,
    ],
    [
      'sync protocol (push, chunks, SHA-256, purge)',
      `${(sync.ms / 1000).toFixed(2)} s  (${(mb / (sync.ms / 1000)).toFixed(1)} MB/s)`,
    ],
    ['speed vs baseline', `${ratio.toFixed(2)}  (goal ≥ ${GOAL}: ${ratio >= GOAL ? 'met' : 'NOT met'})`],
    ['arrived on the server', `${arrived.records} records, ${arrived.photos} photos`],
    [
      'left on the device',
      `${device?.outbox.length} outbox entries, ${device?.photos.length} photos, ${device?.intakes.length} intakes`,
    ],
    ['server peak RSS', rssMb === null ? 'n/a' : `${rssMb} MB`],
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  process.stdout.write(`\nbench:sync\n${rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n')}\n`)
  process.stdout.write(
    `${JSON.stringify({
      bench: 'sync',
      intakes: INTAKES,
      notes: INTAKES,
      photos: PHOTOS,
      megabytes: Number(mb.toFixed(2)),
      baselineMs: Math.round(base.ms),
      syncMs: Math.round(sync.ms),
      ratio: Number(ratio.toFixed(3)),
      goal: GOAL,
      goalMet: ratio >= GOAL,
      arrivedRecords: arrived.records,
      arrivedPhotos: arrived.photos,
      pending: sync.pending,
      serverPeakRssMb: rssMb,
    })}\n`,
  )
} finally {
  await context.close()
  baseline.close()
  await server.stop()
  rmSync(dir, { recursive: true, force: true })
}
