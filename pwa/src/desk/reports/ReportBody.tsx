import { type MessageKey, type MonthlyReport, tokyoDateTimeText } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { DayChart } from './DayChart'
import { FaqSection } from './FaqSection'
import { Categories, PlannedVsHeld, ReportTable, Summary } from './ReportTables'

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
    <article data-testid="report-body">
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
          <ReportTable name="days" report={r} />
        </>,
        'days',
      )}
      {section('reports.section.hours', <ReportTable name="hours" report={r} />, 'hours')}
      {section('reports.section.complaints', <ReportTable name="complaints" report={r} />, 'complaints')}
      {section('reports.section.escalations', <ReportTable name="escalations" report={r} />, 'escalations')}
      {section('reports.section.bookings', <ReportTable name="bookings" report={r} />, 'bookings')}
      {section(
        'reports.section.popups',
        <>
          <ReportTable name="popups" report={r} />
          <PlannedVsHeld report={r} />
        </>,
        'popups',
      )}
      {section('reports.section.faq', <FaqSection faq={r.faq} />, 'faq')}
      {section('reports.section.proposals', <ReportTable name="proposals" report={r} />, 'proposals')}
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
