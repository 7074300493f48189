// `npm run bench:import`: importing a status file of BENCH_ROWS rows (default 100,000, the size the
// issue states its goal for) through the whole import — decode, parse, check
// every line, compare with what is stored, write, audit, in one transaction — against the baseline
// of a bare prepared `INSERT … ON CONFLICT` loop over the same rows in one transaction, each on a
// fresh SQLite file, alternated and run several times in the same run (median). Also the same file a
// second time (the idempotent path). Prints a table, then one JSON line, last. Each phase also shows
// its CPU time and the ratios by CPU time, steadier than wall time on a shared, busy machine.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_STATUS_LABELS, STATUS_CODES } from '@madoguchi/shared'
import { CITY_FILE_HEADER, syntheticFormId, utf8Csv } from '@madoguchi/shared/status/test-files'
import { migrate } from '../../sync-server/src/db/migrate'
import { openDatabase } from '../../sync-server/src/db/open'
import { DEFAULT_CONFIG, type Deps } from '../../sync-server/src/deps'
import { createLogger } from '../../sync-server/src/http/logger'
import { seedDemoData } from '../../sync-server/src/seed/demo'
import { applyImport } from '../../sync-server/src/status/import-service'

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const LABELS = DEFAULT_STATUS_LABELS.map((l) => l.label.ja)
const KANA = ['アオキ', 'イトウ', 'ウエダ', 'エノモト', 'オガワ', 'カトウ', 'キムラ', 'クボタ']
const GIVEN = ['ハナコ', 'タロウ', 'ミドリ', 'ソラ', 'ユイ', 'ケン']

const rows = Array.from({ length: ROWS }, (_, i) => {
  const day = String(1 + (i % 28)).padStart(2, '0')
  return [
    syntheticFormId(i + 1),
    LABELS[i % LABELS.length] as string,
    `2026/11/${day}`,
    `2026/10/${day}`,
    i % 3 ? '郵送' : 'オンライン',
    `${KANA[i % KANA.length]} ${GIVEN[i % GIVEN.length]}`,
    `19${50 + (i % 50)}/0${1 + (i % 9)}/${day}`,
    i % LABELS.length === 4 ? `2026/11/${day}` : '',
  ]
})
const bytes = utf8Csv(CITY_FILE_HEADER, rows)
// The baseline writes the same values, already parsed: what the import must do at the least.
const values = rows.map((r, i) => [
  `id-${i}`,
  r[0],
  STATUS_CODES[i % STATUS_CODES.length],
  r[2]?.replace(/\//g, '-'),
  r[3]?.replace(/\//g, '-'),
  r[4],
  r[5],
  r[6]?.replace(/\//g, '-'),
])

function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-import-'))
  const db = openDatabase(join(dir, 'bench.sqlite'))
  migrate(db)
  return { dir, db }
}

/** CPU milliseconds of this process (every thread: GC helpers too), less disturbed by a busy machine than wall time. */
const cpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

interface Timing {
  ms: number
  cpu: number
}

function baselineRun(): Timing {
  const { dir, db } = fresh()
  db.exec(`CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, form_id TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
    status_date TEXT NOT NULL, applied_on TEXT, method TEXT, name_kana TEXT, birth_date TEXT)`)
  const insert = db.prepare(
    `INSERT INTO bench_baseline (id, form_id, status, status_date, applied_on, method, name_kana, birth_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (form_id) DO UPDATE SET status = excluded.status,
       status_date = excluded.status_date`,
  )
  const started = performance.now()
  const cpu = cpuMs()
  db.transaction(() => {
    for (const v of values) insert.run(...v)
  })()
  const timing = { ms: performance.now() - started, cpu: cpuMs() - cpu }
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return timing
}

async function importRuns(): Promise<{ first: Timing; again: Timing }> {
  const { dir, db } = fresh()
  await seedDemoData(db)
  const deps: Deps = {
    db,
    config: DEFAULT_CONFIG,
    log: createLogger({ level: 'warn' }),
    now: () => new Date(),
  }
  const staff = db
    .prepare(`SELECT id, login_id, display_name FROM staff WHERE role = 'supervisor'`)
    .get() as {
    id: string
    login_id: string
    display_name: string
  }
  const actor = {
    user: {
      id: staff.id,
      loginId: staff.login_id,
      displayName: staff.display_name,
      role: 'supervisor' as const,
    },
  }
  let started = performance.now()
  let cpu = cpuMs()
  const once = applyImport(deps, actor, { source: 'bench' }, bytes)
  const first = { ms: performance.now() - started, cpu: cpuMs() - cpu }
  started = performance.now()
  cpu = cpuMs()
  const twice = applyImport(deps, actor, { source: 'bench' }, bytes)
  const again = { ms: performance.now() - started, cpu: cpuMs() - cpu }
  if (once.added !== ROWS || twice.changed + twice.added !== 0)
    throw new Error('import did not do what it should')
  db.close()
  rmSync(dir, { recursive: true, force: true })
  return { first, again }
}

const base: Timing[] = []
const first: Timing[] = []
const again: Timing[] = []
for (let run = 0; run < RUNS; run++) {
  base.push(baselineRun())
  const r = await importRuns()
  first.push(r.first)
  again.push(r.again)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const rate = (ms: number) => Math.round(ROWS / (ms / 1000))
const phases = [
  { kind: 'baseline: bare INSERT … ON CONFLICT loop, one transaction', runs: base },
  { kind: 'import: decode + parse + check + write + audit (new file)', runs: first },
  { kind: 'import: the same file again (changes nothing)', runs: again },
].map(({ kind, runs }) => {
  const ms = median(runs.map((r) => r.ms))
  const cpuMs = median(runs.map((r) => r.cpu))
  return { kind, ms: +ms.toFixed(1), rowsPerSecond: rate(ms), cpuMs: +cpuMs.toFixed(1) }
})
const ratios = {
  importVsBaseline: +((phases[1]?.rowsPerSecond ?? 0) / Math.max(1, phases[0]?.rowsPerSecond ?? 1)).toFixed(
    3,
  ),
  repeatVsBaseline: +((phases[2]?.rowsPerSecond ?? 0) / Math.max(1, phases[0]?.rowsPerSecond ?? 1)).toFixed(
    3,
  ),
  // The same ratios by CPU time: on a shared machine wall time also counts waiting for a core.
  importVsBaselineCpu: +((phases[0]?.cpuMs ?? 0) / Math.max(1, phases[1]?.cpuMs ?? 1)).toFixed(3),
  repeatVsBaselineCpu: +((phases[0]?.cpuMs ?? 0) / Math.max(1, phases[2]?.cpuMs ?? 1)).toFixed(3),
}

console.log(
  `\nbench:import — ${ROWS} rows (${(bytes.length / 1e6).toFixed(1)} MB UTF-8), median of ${RUNS} runs\n`,
)
console.log('phase                                                           ms     rows/s   CPU ms')
for (const p of phases)
  console.log(
    `${p.kind.padEnd(60)} ${String(p.ms).padStart(8)} ${String(p.rowsPerSecond).padStart(10)} ${String(p.cpuMs).padStart(8)}`,
  )
console.log(
  `\nThe import runs at ${ratios.importVsBaseline} of the bare loop's rate (goal ≥ 0.5); the same file again at ${ratios.repeatVsBaseline}.`,
)
console.log(
  `By CPU time: ${ratios.importVsBaselineCpu} and ${ratios.repeatVsBaselineCpu} (load average ${loadavg()[0]?.toFixed(2)}).\n`,
)
console.log(
  JSON.stringify({
    bench: 'status-import',
    rows: ROWS,
    runs: RUNS,
    bytes: bytes.length,
    loadAverage: +(loadavg()[0] ?? 0).toFixed(2),
    phases,
    ratios,
  }),
)
