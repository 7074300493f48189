// `npm run test:soak`: the server under a steady mixed load for SOAK_MINUTES (default 10), one row per
// window, then the verdict, then one JSON line last. Exits 1 if anything failed (see checks.ts).
import { runSoak } from './soak'

const minutes = Number(process.env.SOAK_MINUTES ?? 10)
const windowSeconds = Number(process.env.SOAK_WINDOW_SECONDS ?? 60)
process.stdout.write(`soak: ${minutes} min, a row per ${windowSeconds} s\n`)
const result = await runSoak({
  seconds: minutes * 60,
  windowSeconds,
  warmupWindows: Number(process.env.SOAK_WARMUP_WINDOWS ?? 2),
  live: (line) => process.stdout.write(`${line}\n`),
})
const kinds = Object.entries(result.byKind)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')
process.stdout.write(
  `\n${result.requests} requests (${kinds})\nacknowledged and found at the end: ${result.acked.bookings} bookings, ` +
    `${result.acked.records} records, ${result.acked.photos} photos; ${result.missing.length} missing\n`,
)
if (result.slopes) {
  const s = result.slopes
  process.stdout.write(
    `fitted slopes after warm-up (per minute): RSS ${s.rssMiBPerMin.toFixed(2)} MiB, fds ${s.fdsPerMin.toFixed(2)}, ` +
      `WAL ${s.walMiBPerMin.toFixed(2)} MiB, p99 ${s.p99MsPerMin.toFixed(2)} ms ` +
      `(${s.p99PerProbePerMin.toFixed(3)} in machine-probe times)\n`,
  )
} else process.stdout.write('slopes not judged: too few windows after warm-up\n')
process.stdout.write(result.problems.length ? `FAILED:\n  ${result.problems.join('\n  ')}\n` : 'soak: ok\n')
const { windows, ...summary } = result
process.stdout.write(`${JSON.stringify({ soak: { minutes, windowSeconds, ...summary, windows } })}\n`)
process.exit(result.problems.length ? 1 : 0)
