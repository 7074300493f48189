import {
  DEFAULT_STATUS_LABELS,
  labelOf,
  type SessionStatus as SessionStatusData,
  SessionStatus as SessionStatusSchema,
  STATUS_CODES,
} from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { api } from '../../app/api'
import { useLang, useT } from '../../app/i18n'
import { dayText } from '../../ui/dates'

/**
 * On the outreach review: what became of the applications taken at this pop-up, by status, and
 * which ones were returned for a fault (写真不備 …) so staff can contact the person.
 */
export function SessionStatus({ sessionId }: { sessionId: string }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const [data, setData] = useState<SessionStatusData | null>(null)
  useEffect(() => {
    let live = true
    api(`/api/status/sessions/${sessionId}`, { schema: SessionStatusSchema })
      .then((d) => live && setData(d))
      .catch(() => live && setData(null))
    return () => {
      live = false
    }
  }, [sessionId])
  if (!data || data.withFormId === 0) return null
  const label = (code: (typeof STATUS_CODES)[number]) => labelOf(DEFAULT_STATUS_LABELS, code).label[lang]
  return (
    <div className="panel" data-testid="review-session-status">
      <h3>{t('status.session.title')}</h3>
      <p>{t('status.session.counts', { withFormId: data.withFormId, notImported: data.notImported })}</p>
      <ul>
        {STATUS_CODES.filter((code) => data.byStatus[code]).map((code) => (
          <li key={code} data-status={code}>
            {label(code)}: {data.byStatus[code]}
          </li>
        ))}
      </ul>
      {data.returned.length > 0 && (
        <>
          <h4>{t('status.session.returned')}</h4>
          <ul data-testid="review-session-returned">
            {data.returned.map((r) => (
              <li key={r.intakeId}>
                {t('status.session.visitor', { no: r.visitorNo })} — {r.formId} ({dayText(r.statusDate)})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
