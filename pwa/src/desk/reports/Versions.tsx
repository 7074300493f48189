import { type MonthlyReport, tokyoDateTimeText } from '@madoguchi/shared'
import { useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { useCan } from '../../app/session'
import { reportsApi } from './api'

/**
 * Which version is shown — the live data or a finalised one — and, for supervisors, finalising the
 * month (確定) or issuing a revised version with its reason. A finalised version never changes.
 */
export function Versions(props: {
  report: MonthlyReport
  revision: number | null
  onShow: (revision: number | null) => void
  onFinalised: () => void
}) {
  const t = useT()
  const mayFinalise = useCan('report.finalise')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const { versions } = props.report
  const finalise = () =>
    reportsApi
      .finalise(props.report.month, versions.length, reason)
      .then((v) => {
        setReason('')
        setProblem(null)
        props.onFinalised()
        props.onShow(v.revision)
      })
      .catch((e) => setProblem(errorText(t, e)))
  return (
    <div className="rp-versions" data-testid="report-versions">
      <label>
        {t('reports.view')}{' '}
        <select
          className="select"
          value={props.revision ?? ''}
          onChange={(e) => props.onShow(e.target.value ? Number(e.target.value) : null)}
          data-testid="report-version"
        >
          <option value="">{t('reports.live')}</option>
          {versions.map((v) => (
            <option key={v.revision} value={v.revision}>
              {t('reports.versionLabel', {
                revision: v.revision,
                at: tokyoDateTimeText(v.finalisedAt).slice(0, 16),
              })}
            </option>
          ))}
        </select>
      </label>
      {mayFinalise && props.revision === null && (
        <>
          {versions.length > 0 && (
            <label>
              {t('reports.reviseReason')}{' '}
              <input
                className="field-input"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                data-testid="report-revise-reason"
              />
            </label>
          )}
          <button
            type="button"
            className="button"
            onClick={() => void finalise()}
            data-testid="report-finalise"
          >
            {versions.length === 0 ? t('reports.finalise') : t('reports.revise')}
          </button>
        </>
      )}
      {props.revision !== null && <p className="muted">{t('reports.finalisedNote')}</p>}
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
