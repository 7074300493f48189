import {
  type CallFigures,
  formatMmSs,
  formatRate,
  type MessageKey,
  type MonthlyReport,
  tokyoDateTimeText,
} from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { DayChart } from './DayChart'
import { FaqSection } from './FaqSection'
import {
  Bookings,
  Categories,
  Complaints,
  Days,
  Escalations,
  Hours,
  PlannedVsHeld,
  PopUps,
  Proposals,
} from './ReportTables'

/** The report as it prints: a cover, then the sections in the order the city reads them. */
export function ReportBody({ report: r }: { report: MonthlyReport }) {
  const t = useT()
  const section = (key: MessageKey, body: React.ReactNode, id: string) => (
    <section className="rp-section" aria-labelledby={`rp-${id}`} data-testid={`report-${id}`}>
      <h2 id={`rp-${id}`}>{t(key)}</h2>
      {body}
    </section>
  )
  return (
    <article className="rp-report" data-testid="report-body">
      <header className="rp-cover">
        <p className="rp-contract">{t('reports.contract')}</p>
        <p className="rp-cover-title">{t('reports.coverTitle')}</p>
        <p className="rp-cover-month" data-testid="report-cover-month">
          {r.labels.wareki}（{r.labels.seireki}）
        </p>
        <p className="muted">
          {t('reports.generatedAt')}: {tokyoDateTimeText(r.generatedAt)}
        </p>
      </header>
      {r.cdr === null ? (
        <p className="form-alert form-alert-warn" role="note" data-testid="report-no-cdr">
          {t('reports.noCdr')}
        </p>
      ) : (
        <p className="muted" data-testid="report-cdr">
          {t('reports.cdrCoverage', { ...r.cdr })}
        </p>
      )}
      {section('reports.section.summary', <Summary report={r} />, 'summary')}
      {section('reports.section.categories', <Categories report={r} />, 'categories')}
      {section(
        'reports.section.days',
        <>
          <DayChart days={r.perDay} title={t('reports.chart.perDay')} />
          <Days report={r} />
        </>,
        'days',
      )}
      {section('reports.section.hours', <Hours report={r} />, 'hours')}
      {section('reports.section.complaints', <Complaints report={r} />, 'complaints')}
      {section('reports.section.escalations', <Escalations report={r} />, 'escalations')}
      {section('reports.section.bookings', <Bookings report={r} />, 'bookings')}
      {section(
        'reports.section.popups',
        <>
          <PopUps report={r} />
          <PlannedVsHeld report={r} />
        </>,
        'popups',
      )}
      {section('reports.section.faq', <FaqSection faq={r.faq} />, 'faq')}
      {section('reports.section.proposals', <Proposals report={r} />, 'proposals')}
      {section(
        'reports.section.remarks',
        <p className="rp-remarks" data-testid="report-remarks-text">
          {r.remarks.text || t('reports.remarks.empty')}
        </p>,
        'remarks',
      )}
    </article>
  )
}

function Summary({ report: r }: { report: MonthlyReport }) {
  const t = useT()
  const rows: [string, CallFigures][] = [
    [`${t('reports.thisMonth')} ${r.month}`, r.calls],
    [`${t('reports.previousMonth')} ${r.previousMonth.month}`, r.previousMonth.calls],
    [`${t('reports.lastYear')} ${r.sameMonthLastYear.month}`, r.sameMonthLastYear.calls],
  ]
  return (
    <table className="rp-table" data-testid="report-summary-table">
      <thead>
        <tr>
          <th />
          <th>{t('reports.incoming')}</th>
          <th>{t('reports.answered')}</th>
          <th>{t('reports.answerRate')}</th>
          <th>{t('reports.resolved')}</th>
          <th>{t('reports.fcr')}</th>
          <th>{t('reports.talk')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, f], i) => (
          <tr key={label} data-testid={i === 0 ? 'report-figures' : undefined}>
            <th scope="row">{label}</th>
            <td data-testid={i === 0 ? 'fig-incoming' : undefined}>{f.incoming}</td>
            <td>{f.answered}</td>
            <td data-testid={i === 0 ? 'fig-answer-rate' : undefined}>
              {f.cdr ? formatRate(f.answerRate) : t('reports.noCdrCell')}
            </td>
            <td>{f.resolved}</td>
            <td data-testid={i === 0 ? 'fig-fcr' : undefined}>{formatRate(f.firstContactResolution)}</td>
            <td data-testid={i === 0 ? 'fig-talk' : undefined}>{formatMmSs(f.averageTalkSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
