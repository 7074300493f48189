import { type FaqReportSection, faqRef } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

/**
 * 9. FAQの更新: the month's changes and the FAQ's use in calls. A report finalised before the FAQ
 * landed has no figures in its snapshot and still says データなし.
 */
export function FaqSection({ faq }: { faq: FaqReportSection }) {
  const t = useT()
  if (!faq.available) return <p data-testid="report-faq-none">{t('reports.faqNoData')}</p>
  const figures: [string, number, string][] = [
    [t('reports.faq.published'), faq.published, 'published'],
    [t('reports.faq.revised'), faq.revised, 'revised'],
    [t('reports.faq.retired'), faq.retired, 'retired'],
    [t('reports.faq.live'), faq.live, 'live'],
    [t('reports.faq.used'), faq.callsUsed, 'used'],
    [t('reports.faq.solved'), faq.callsSolved, 'solved'],
    [t('reports.faq.notFound'), faq.notFound, 'not-found'],
    [t('reports.faq.wrong'), faq.wrong, 'wrong'],
  ]
  return (
    <div data-testid="report-faq">
      <table className="rp-table">
        <tbody>
          {figures.map(([label, value, id]) => (
            <tr key={id}>
              <th scope="row">{label}</th>
              <td data-testid={`report-faq-${id}`}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {faq.top.length > 0 && (
        <>
          <h3>{t('reports.faq.top')}</h3>
          <ol>
            {faq.top.map((e) => (
              <li key={e.number}>
                {faqRef(e.number)} {e.question}（{e.used}）
              </li>
            ))}
          </ol>
        </>
      )}
      {faq.changes.length > 0 && (
        <>
          <h3>{t('reports.faq.changes')}</h3>
          <ul>
            {faq.changes.map((c) => (
              <li key={`${c.number}-${c.at}`}>
                {c.at.slice(0, 10)} {t(`faq.digest.change.${c.change}`)} {faqRef(c.number)} {c.question}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
