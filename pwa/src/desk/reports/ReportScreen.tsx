import type { MonthlyReport } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { reportsApi } from './api'
import { CdrImport } from './CdrImport'
import { CsvLinks } from './CsvLinks'
import { defaultMonth, meetingPath } from './month'
import { ProposalsPanel } from './ProposalsPanel'
import { RemarksEditor } from './RemarksEditor'
import { ReportBody } from './ReportBody'
import { Versions } from './Versions'
import './reports.css'

/**
 * 月次報告: pick a month, read it, write the remarks, keep the proposals, import the month's call
 * details, print it on A4 or take its CSV files. The figures are computed by the server from live
 * data with the shared formulas; the page only lays them out.
 */
export function ReportScreen() {
  const t = useT()
  const [month, setMonth] = useState<string>(() => defaultMonth(new Date()))
  const [report, setReport] = useState<MonthlyReport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [reload, setReload] = useState(0)
  const [revision, setRevision] = useState<number | null>(null)
  const [loading, setLoading] = useState(true)
  const mayEdit = useCan('report.edit')
  const mayPropose = useCan('proposal.edit')
  const mayImport = useCan('cdr.import')
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload asks again after a change
  useEffect(() => {
    let live = true
    setProblem(null)
    setLoading(true)
    ;(revision === null ? reportsApi.report(month) : reportsApi.version(month, revision))
      .then((r) => live && setReport(r))
      .catch((e) => {
        if (!live) return
        setReport(null)
        setProblem(errorText(t, e))
      })
      .finally(() => live && setLoading(false))
    return () => {
      live = false
    }
  }, [month, revision, t, reload])
  const again = () => setReload((n) => n + 1)
  return (
    <section className="screen screen-wide" data-testid="report-screen" aria-labelledby="report-title">
      <div className="no-print">
        <PageTitle id="report-title" title={t('reports.title')} />
        <div className="rp-toolbar">
          <label>
            {t('reports.month')}{' '}
            <input
              className="field-input"
              type="month"
              value={month}
              onChange={(e) => {
                if (!e.target.value) return
                setMonth(e.target.value)
                setRevision(null)
              }}
              data-testid="report-month"
            />
          </label>
          <button
            type="button"
            className="button"
            onClick={() => window.print()}
            disabled={!report}
            data-testid="report-print"
          >
            {t('reports.print')}
          </button>
          <a
            href={meetingPath(month)}
            onClick={(e) => {
              e.preventDefault()
              navigate(meetingPath(month))
            }}
            data-testid="report-meeting"
          >
            {t('reports.meeting.open')}
          </a>
        </div>
        {loading && (
          <p className="muted" role="status" data-testid="report-loading">
            {t('loading')}
          </p>
        )}
        {problem && (
          <p role="alert" data-testid="report-problem">
            {problem}
          </p>
        )}
        {report && <Versions report={report} revision={revision} onShow={setRevision} onFinalised={again} />}
        {report && <CsvLinks month={report.month} />}
      </div>
      {report && <ReportBody report={report} />}
      {report && revision === null && (
        <div className="no-print">
          {mayEdit && <RemarksEditor month={report.month} remarks={report.remarks} onSaved={again} />}
          {mayPropose && <ProposalsPanel onSaved={again} />}
          {mayImport && <CdrImport onImported={again} />}
        </div>
      )}
    </section>
  )
}
