import type { MonthlyReport } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { reportsApi } from './api'

/** The supervisor's remarks (所見) on the month; saved with the version read, so none is lost. */
export function RemarksEditor(props: {
  month: string
  remarks: MonthlyReport['remarks']
  onSaved: () => void
}) {
  const t = useT()
  const [text, setText] = useState(props.remarks.text)
  const [status, setStatus] = useState<string | null>(null)
  useEffect(() => setText(props.remarks.text), [props.remarks.text])
  const save = () =>
    reportsApi
      .saveRemarks(props.month, text, props.remarks.version)
      .then(() => {
        setStatus(t('reports.remarks.saved'))
        props.onSaved()
      })
      .catch((e) => setStatus(errorText(t, e)))
  return (
    <section className="rp-panel" aria-labelledby="rp-remarks-edit">
      <h2 id="rp-remarks-edit">{t('reports.section.remarks')}</h2>
      <textarea
        className="field-input"
        aria-labelledby="rp-remarks-edit"
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="remarks-input"
      />
      <button type="button" className="button" onClick={save} data-testid="remarks-save">
        {t('reports.remarks.save')}
      </button>
      {status && <p role="status">{status}</p>}
    </section>
  )
}
