import {
  type ReviewCorrection as Correction,
  ReviewCorrection,
  type ReviewSessionSummary,
} from '@madoguchi/shared'
import { useState } from 'react'
import { api } from '../../app/api'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { useCan } from '../../app/session'

const when = (at: string) => new Date(at).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })

/** The session's end as the tablet recorded it (実施回を終える), with what it counted then. */
export function SessionEnd({ session }: { session: ReviewSessionSummary }) {
  const t = useT()
  if (!session.ended) return <p data-testid="review-session-state">{t('review.running')}</p>
  const { at, byName, summary } = session.ended
  return (
    <div data-testid="review-session-state" data-ended="true">
      <p>
        <strong>{t('review.ended')}</strong>{' '}
        {byName ? t('review.endedBy', { at: when(at), name: byName }) : t('review.endedAt', { at: when(at) })}
      </p>
      {summary && (
        <>
          <h3>{t('review.endSummary')}</h3>
          <ul data-testid="review-end-summary" data-summary={JSON.stringify(summary)}>
            <li>{t('outreach.end.served', { count: summary.served })}</li>
            <li>{t('outreach.end.applications', { count: summary.applications })}</li>
            <li>{t('outreach.end.photos', { count: summary.photos })}</li>
            <li>{t('outreach.end.consultations', { count: summary.consultations })}</li>
            <li>{t('outreach.end.incomplete', { count: summary.incomplete })}</li>
          </ul>
        </>
      )}
    </div>
  )
}

/** 訂正依頼 of the session: open ones with what to do, resolved ones with what was done and by whom. */
export function Corrections({ corrections }: { corrections: Correction[] }) {
  const t = useT()
  return (
    <section data-testid="review-corrections">
      <h3>{t('review.corrections')}</h3>
      {corrections.length === 0 && <p>{t('review.corrections.none')}</p>}
      <ul className="list">
        {corrections.map((c) => (
          <CorrectionItem key={c.id} initial={c} />
        ))}
      </ul>
    </section>
  )
}

function CorrectionItem({ initial }: { initial: Correction }) {
  const t = useT()
  const mayResolve = useCan('review.correct')
  const [c, setC] = useState(initial)
  const [resolution, setResolution] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  async function resolve(status: 'applied' | 'dismissed') {
    if (!resolution.trim()) return setProblem(t('review.correction.resolutionNeeded'))
    try {
      setC(
        await api(`/api/outreach-review/corrections/${c.id}/resolve`, {
          method: 'POST',
          body: { status, resolution },
          schema: ReviewCorrection,
        }),
      )
      setProblem(null)
    } catch (error) {
      setProblem(errorText(t, error))
    }
  }
  return (
    <li data-testid="review-correction" data-status={c.status}>
      <p>
        {[
          t('review.visitorNo', { no: c.visitorNo }),
          t(`outreach.correction.topic.${c.topic}`),
          t(`review.correction.status.${c.status}`),
        ].join(t('list.separator'))}
      </p>
      <p className="review-text">{c.text}</p>
      {c.status !== 'open' && c.resolvedAt && (
        <p className="muted">
          {t('review.correction.resolved', {
            at: when(c.resolvedAt),
            name: c.resolvedByName ?? '',
            resolution: c.resolution ?? '',
          })}
        </p>
      )}
      {c.status === 'open' && mayResolve && (
        <div className="field">
          <label className="field-label" htmlFor={`resolution-${c.id}`}>
            {t('review.correction.resolution')}
          </label>
          <textarea
            id={`resolution-${c.id}`}
            className="field-input textarea"
            data-testid="correction-resolution"
            maxLength={1000}
            value={resolution}
            onChange={(event) => setResolution(event.target.value)}
          />
          {problem && <p role="alert">{problem}</p>}
          <button
            type="button"
            className="button button-primary"
            data-testid="correction-apply"
            onClick={() => void resolve('applied')}
          >
            {t('review.correction.apply')}
          </button>{' '}
          <button type="button" className="button" onClick={() => void resolve('dismissed')}>
            {t('review.correction.dismiss')}
          </button>
        </div>
      )}
    </li>
  )
}
