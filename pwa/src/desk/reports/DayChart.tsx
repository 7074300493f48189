import type { DayRow } from '@madoguchi/shared'

/**
 * Calls per day as plain SVG bars (answered in the brand colour over the unanswered rest): no chart
 * library, so nothing is added to any bundle but this screen's, and it prints sharp at any size.
 */
export function DayChart({ days, title }: { days: readonly DayRow[]; title: string }) {
  const width = 720
  const height = 180
  const pad = 24
  const max = Math.max(1, ...days.map((d) => d.incoming))
  const step = (width - pad) / days.length
  const y = (n: number) => height - pad - (n / max) * (height - 2 * pad)
  return (
    <figure className="rp-chart" data-testid="report-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={pad} x2={width} y1={height - pad} y2={height - pad} stroke="currentColor" />
        <text x={2} y={pad} fontSize="10">
          {max}
        </text>
        {days.map((d, i) => {
          const x = pad + i * step + 1
          const w = Math.max(1, step - 2)
          return (
            <g key={d.date}>
              <rect x={x} y={y(d.incoming)} width={w} height={height - pad - y(d.incoming)} fill="#9fb3cc" />
              <rect x={x} y={y(d.answered)} width={w} height={height - pad - y(d.answered)} fill="#1d4e89" />
              {(i === 0 || (i + 1) % 5 === 0) && (
                <text x={x} y={height - 8} fontSize="10">
                  {i + 1}
                </text>
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
