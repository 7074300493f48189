/** One bar: the whole (light) with a part of it (the brand colour) drawn over it from the base line. */
export interface Bar {
  key: string
  total: number
  part: number
  /** The label under the bar; none leaves it blank (every fifth day, say). */
  label?: string
}

/**
 * Plain SVG bars (answered over the unanswered rest) for the report's calls per day and the panel's
 * calls per week: no chart library, so nothing is added to any bundle but the screens that draw them,
 * and they print sharp at any size. `title` is the chart's accessible name.
 */
export function Bars(props: {
  bars: readonly Bar[]
  title: string
  width: number
  height: number
  pad: number
  /** Space between bars, split either side. */
  gap: number
  className?: string
  testId: string
}) {
  const { bars, width, height, pad, gap } = props
  const max = Math.max(1, ...bars.map((b) => b.total))
  const step = (width - pad) / Math.max(1, bars.length)
  const y = (n: number) => height - pad - (n / max) * (height - 2 * pad)
  const w = Math.max(1, step - gap)
  return (
    <figure
      className={props.className ? `rp-chart ${props.className}` : 'rp-chart'}
      data-testid={props.testId}
    >
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
        <title>{props.title}</title>
        <line x1={pad} x2={width} y1={height - pad} y2={height - pad} stroke="currentColor" />
        <text x={2} y={pad} fontSize="10">
          {max}
        </text>
        {bars.map((b, i) => {
          const x = pad + i * step + gap / 2
          return (
            <g key={b.key}>
              <rect x={x} y={y(b.total)} width={w} height={height - pad - y(b.total)} fill="#9fb3cc" />
              <rect x={x} y={y(b.part)} width={w} height={height - pad - y(b.part)} fill="#1d4e89" />
              {b.label && (
                <text x={x} y={height - pad / 3} fontSize="10">
                  {b.label}
                </text>
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
