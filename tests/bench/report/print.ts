import type { ReportMonth } from '@madoguchi/shared'
import type { ExportTimes, ReportTimes } from './measure'
import type { Volume } from './seed'

export interface Results {
  volume: Volume
  calls: number
  seedSeconds: number
  month: ReportMonth
  report: ReportTimes
  export: ExportTimes
}

/**
 * A table for a person, then one JSON line, last, for whatever keeps the figures (docs/benchmarks.md
 * has the history): the two ratios are the report against its bare COUNT and the CSV against its bare
 * SELECT, each measured in the same run.
 */
export function printResults({ volume, calls, seedSeconds, month, report: times, export: csv }: Results) {
  const { baseline, report, cold, late, incoming, counted } = times
  const { bareSelect, exportRun, bytes, peakRssDeltaBytes } = csv
  const ratios = {
    reportVsCount: +(report.medianMs / Math.max(0.001, baseline.medianMs)).toFixed(1),
    exportVsBareSelect: +(exportRun.medianMs / Math.max(0.001, bareSelect.medianMs)).toFixed(2),
  }
  console.log(
    `\nbench:report — ${calls} calls (${volume.perMonth}/month × ${volume.months}) and as many CDR rows, ${volume.bookings} bookings, ${volume.sessions} pop-up sessions; seeded in ${seedSeconds.toFixed(1)} s; month ${month}\n`,
  )
  console.log('phase                                                          runs  median ms')
  for (const r of [baseline, report, cold, late, bareSelect, exportRun])
    console.log(`${r.label.padEnd(62)} ${String(r.runs).padStart(4)} ${r.medianMs.toFixed(3).padStart(10)}`)
  console.log(
    `\nThe report (${incoming} incoming; COUNT says ${counted} logged) takes ${ratios.reportVsCount}× the bare COUNT; the calls CSV (${(bytes / 1e6).toFixed(1)} MB, peak RSS +${(peakRssDeltaBytes / 1e6).toFixed(0)} MB) takes ${ratios.exportVsBareSelect}× the bare SELECT of its rows.\n`,
  )
  console.log(
    JSON.stringify({
      bench: 'report',
      calls,
      perMonth: volume.perMonth,
      months: volume.months,
      bookings: volume.bookings,
      sessions: volume.sessions,
      month,
      baseline,
      report,
      cold,
      late,
      bareSelect,
      export: { ...exportRun, bytes, peakRssDeltaBytes },
      ratios,
    }),
  )
}
