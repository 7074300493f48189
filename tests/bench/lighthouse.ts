// npm run bench:lighthouse — Lighthouse's mobile profile (its default: a mid-range phone, simulated
// slow 4G and 4× CPU slowdown) on each role's first screen of the production build: the sign-in page,
// the desk home of an operator and the outreach home, BENCH_RUNS times each (3 by default), medians.
//
// Baseline: a trivial static page (a heading and a paragraph, no script) served by the same server
// with the same headers, measured in the same run. Simulated throttling already models the network,
// but its CPU figures (TBT, and the main-thread part of FCP and LCP) are the machine's own tasks
// scaled up, so a loaded machine shows there first: the baseline shows how far the machine alone
// moves the scores. The load average is printed beside the figures for the same reason.
//
// Signed-in screens: Chromium runs with a debugging port; Playwright signs in through the real form
// in one tab, closes it, and Lighthouse opens the screen in a new tab. Lighthouse's own reset clears
// the HTTP cache, the service worker and its caches, so the screen loads cold, while the session
// cookie and the cached sign-in (IndexedDB) stay — a staff member opening the app a second time on a
// device whose cache was emptied. Each run gets a fresh Chromium profile.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { ensurePwaBuilt, PWA_DIST } from '../../scripts/pwa-build.mjs'
import { ensureChromium } from '../scripts/ensure-chromium.mjs'
import { CHROMIUM_FLAGS } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { signInOutreach } from '../support/outreach'
import { ROOT, startServer } from '../support/server'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/**
 * BENCH_NO_PAINT_HOLDING=1 runs Chromium without paint holding. In headless runs (PageSpeed Insights'
 * too) the first paint is at times shown one or two whole seconds after the page has painted
 * (GoogleChrome/lighthouse#17148: viz stops sending frames to a page it takes for unresponsive), and
 * the simulation then counts every script that ran meanwhile. Here 3 of 5 runs of the app's entry page
 * showed it with Chromium's defaults and none of 5 without paint holding; the figures of record are
 * the default ones, this is for seeing what the page itself costs.
 */
const EXTRA_FLAGS = process.env.BENCH_NO_PAINT_HOLDING === '1' ? ['--disable-features=PaintHolding'] : []
/** Where each run's HTML report goes, for reading the audits behind a score. */
const REPORTS = join(ROOT, 'tests/artifacts/lighthouse')
const BASELINE_PATH = '/bench-baseline.html'

type SignIn = (page: import('playwright-core').Page, url: string) => Promise<void>

interface Screen {
  name: string
  path: string
  signIn?: SignIn
}

const ALL_SCREENS: Screen[] = [
  { name: 'baseline (static page)', path: BASELINE_PATH },
  { name: 'sign-in', path: '/sign-in' },
  {
    name: 'desk home (operator)',
    path: '/desk',
    signIn: (page, url) => signInAtDesk(page, url, 'operator', 'demo-operator'),
  },
  {
    name: 'outreach home',
    path: '/outreach',
    signIn: signInOutreach,
  },
]

/**
 * BENCH_SCREENS=outreach (a comma-separated list of words in the screens' names) measures only those,
 * with the static page always: more runs of one screen in the same time, for a change to one screen.
 */
const only = process.env.BENCH_SCREENS?.split(',').map((word) => word.trim().toLowerCase())
const SCREENS = ALL_SCREENS.filter(
  (screen) =>
    !only || screen.path === BASELINE_PATH || only.some((word) => screen.name.toLowerCase().includes(word)),
)

// The same head as the app's index.html, so the baseline passes the same SEO and accessibility
// checks and differs from the app only by having no script and no stylesheet.
const BASELINE_HTML = `<!doctype html>
<html lang="ja" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="bench baseline" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>窓口</title>
  </head>
  <body>
    <main><h1>窓口</h1><p>恵庭市 マイナンバーカード 相談・予約窓口</p></main>
  </body>
</html>
`

const CATEGORIES = ['performance', 'best-practices', 'accessibility'] as const
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>
  /**
   * The first paint as this browser showed it, before the simulation. In some runs Chromium shows
   * nothing for about a second (or two) after the page has painted, and the simulation then counts
   * every script that ran meanwhile towards FCP and LCP: printed so such runs can be told apart.
   */
  observedFcpMs: number
  metrics: Record<keyof typeof METRICS, number>
  /** Best-practices and performance audits that did not pass, with Lighthouse's short reason. */
  failing: string[]
  finalUrl: string
}

async function measure(chromePath: string, url: string, screen: Screen, run: number): Promise<Run> {
  const profile = mkdtempSync(join(tmpdir(), 'madoguchi-lh-'))
  const chrome = await launch({
    chromePath,
    chromeFlags: [...CHROMIUM_FLAGS, ...EXTRA_FLAGS],
    userDataDir: profile,
  })
  try {
    if (screen.signIn) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
      const context = browser.contexts()[0]
      if (!context) throw new Error('Chromium has no default context')
      const page = await context.newPage()
      await screen.signIn(page, url)
      await page.close()
    }
    const result = await lighthouse(`${url}${screen.path}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${screen.name}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`${screen.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    mkdirSync(REPORTS, { recursive: true })
    const slug = screen.name.replace(/\W+/g, '-').replace(/-$/, '')
    writeFileSync(join(REPORTS, `${slug}-${run + 1}.html`), result.report as string)
    const failing: string[] = []
    for (const category of ['performance', 'best-practices'] as const) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id]
        if (!audit || audit.score === null || audit.score >= 0.9) continue
        if (ref.weight === 0 && category === 'performance' && audit.scoreDisplayMode !== 'metricSavings')
          continue
        failing.push(`${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      }
    }
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? Number.NaN]),
      ) as Run['scores'],
      observedFcpMs: Math.round(
        (lhr.audits.metrics?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)
          ?.items?.[0]?.observedFirstContentfulPaint ?? Number.NaN,
      ),
      metrics: Object.fromEntries(
        Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? Number.NaN]),
      ) as Run['metrics'],
      failing,
      finalUrl: lhr.finalDisplayedUrl,
    }
  } finally {
    chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
}

/** Each failing audit once, with how many runs it failed in and its figure in the first of them. */
function failingOnce(list: Run[]): string[] {
  const byId = new Map<string, string[]>()
  for (const f of list.flatMap((r) => r.failing)) {
    const id = f.split(' ')[0] as string
    byId.set(id, [...(byId.get(id) ?? []), f])
  }
  return [...byId].map(([id, all]) => {
    const figure = all[0]?.includes('(') ? ` ${all[0].slice(all[0].indexOf('('))}` : ''
    return `${id} ${all.length}/${list.length}${figure}`
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

async function main() {
  const chromePath = ensureChromium()
  ensurePwaBuilt()
  // The same server on a copy of the production build with one more file, the baseline page.
  const dist = mkdtempSync(join(tmpdir(), 'madoguchi-lh-dist-'))
  cpSync(PWA_DIST.production, dist, { recursive: true })
  writeFileSync(join(dist, BASELINE_PATH), BASELINE_HTML)
  const server = await startServer({ pwa: 'production', env: { MADOGUCHI_PWA_DIST: dist } })
  const loadBefore = load()
  const runs = new Map<string, Run[]>(SCREENS.map((s) => [s.name, []]))
  try {
    // Interleaved, so a burst of load on the shared machine falls on every screen alike.
    for (let run = 0; run < RUNS; run++) {
      for (const screen of SCREENS) {
        const result = await measure(chromePath, server.url, screen, run)
        runs.get(screen.name)?.push(result)
        process.stderr.write(
          `  run ${run + 1} ${screen.name}: performance ${result.scores.performance}, first paint shown at ${result.observedFcpMs} ms (load ${load()})\n`,
        )
      }
    }
  } finally {
    await server.stop()
    rmSync(dist, { recursive: true, force: true })
  }
  const loadAfter = load()

  const rows = SCREENS.map((screen) => {
    const list = runs.get(screen.name) ?? []
    const pick = <T>(f: (r: Run) => T) => list.map(f)
    return {
      screen: screen.name,
      path: screen.path,
      performance: median(pick((r) => r.scores.performance)),
      performanceRange: [
        Math.min(...pick((r) => r.scores.performance)),
        Math.max(...pick((r) => r.scores.performance)),
      ],
      bestPractices: median(pick((r) => r.scores['best-practices'])),
      accessibility: median(pick((r) => r.scores.accessibility)),
      fcpMs: Math.round(median(pick((r) => r.metrics.fcp))),
      lcpMs: Math.round(median(pick((r) => r.metrics.lcp))),
      tbtMs: Math.round(median(pick((r) => r.metrics.tbt))),
      cls: +median(pick((r) => r.metrics.cls)).toFixed(3),
      observedFcpMs: pick((r) => r.observedFcpMs),
      failing: failingOnce(list),
      finalUrls: [...new Set(pick((r) => new URL(r.finalUrl).pathname))],
    }
  })

  console.log(
    `\nbench:lighthouse (mobile profile, simulated throttling; medians of ${RUNS} runs${EXTRA_FLAGS.length ? '; paint holding off' : ''}; load average ${loadBefore} before, ${loadAfter} after)`,
  )
  console.log(
    `  ${'screen'.padEnd(24)} ${'perf'.padStart(5)} ${'(range)'.padStart(11)} ${'b-p'.padStart(5)} ${'a11y'.padStart(5)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(7)} ${'CLS'.padStart(6)}`,
  )
  for (const r of rows) {
    console.log(
      `  ${r.screen.padEnd(24)} ${r.performance.toFixed(2).padStart(5)} ${`${r.performanceRange[0]?.toFixed(2)}–${r.performanceRange[1]?.toFixed(2)}`.padStart(11)} ${r.bestPractices.toFixed(2).padStart(5)} ${r.accessibility.toFixed(2).padStart(5)} ${String(r.fcpMs).padStart(7)} ${String(r.lcpMs).padStart(7)} ${String(r.tbtMs).padStart(7)} ${String(r.cls).padStart(6)}`,
    )
  }
  for (const r of rows) {
    const late = r.observedFcpMs.filter((ms) => ms > 1000).length
    if (late)
      console.log(
        `  ${r.screen} — first paint shown after 1 s in ${late} of ${RUNS} runs (${r.observedFcpMs.join(', ')} ms)`,
      )
    if (r.failing.length) console.log(`  ${r.screen} — below 0.9 in some run: ${r.failing.join(', ')}`)
    if (r.finalUrls.length > 1 || r.finalUrls[0] !== r.path)
      console.log(`  ${r.screen} — ended at ${r.finalUrls.join(', ')}`)
  }
  console.log(`  reports: ${REPORTS}`)
  console.log(
    JSON.stringify({
      bench: 'lighthouse',
      runs: RUNS,
      paintHolding: EXTRA_FLAGS.length === 0,
      load: { before: loadBefore, after: loadAfter },
      screens: rows,
    }),
  )
}

await main()
