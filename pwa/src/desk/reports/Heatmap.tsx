import { useT } from '../../app/i18n'

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土']
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
/** The call center's hours (9:00–19:00) and an hour either side, where calls can still land. */
const HOURS = Array.from({ length: 12 }, (_, i) => i + 8)

/** Incoming calls of the last four weeks by weekday × hour: darker is busier, the count in each cell. */
export function Heatmap({ cells, lang }: { cells: number[][]; lang: string }) {
  const t = useT()
  const max = Math.max(1, ...cells.flat())
  const names = lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_JA
  return (
    <table className="rp-heatmap" data-testid="dash-heatmap">
      <caption>{t('reports.dashboard.heatmap')}</caption>
      <thead>
        <tr>
          <th />
          {HOURS.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name, day) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {HOURS.map((h) => {
              const n = cells[day]?.[h] ?? 0
              const strength = n / max
              return (
                <td
                  key={h}
                  style={{
                    background: `rgba(29, 78, 137, ${strength.toFixed(2)})`,
                    color: strength > 0.5 ? '#fff' : undefined,
                  }}
                >
                  {n || ''}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
