import type { DayRow } from '@madoguchi/shared'
import { Bars } from './Bars'

/** Calls per day of the month, answered over the rest; the 1st and every fifth day labelled. */
export function DayChart({ days, title }: { days: readonly DayRow[]; title: string }) {
  return (
    <Bars
      testId="report-chart"
      title={title}
      width={720}
      height={180}
      pad={24}
      gap={2}
      bars={days.map((d, i) => ({
        key: d.date,
        total: d.incoming,
        part: d.answered,
        label: i === 0 || (i + 1) % 5 === 0 ? String(i + 1) : undefined,
      }))}
    />
  )
}
