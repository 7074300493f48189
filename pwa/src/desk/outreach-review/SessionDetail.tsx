import type { ReviewIntake, ReviewNote, ReviewPhoto } from '@madoguchi/shared'
import { CATEGORIES } from '@madoguchi/shared'
import { errorText } from '../../app/errors'
import { knownKey, useLang, useT } from '../../app/i18n'
import { dayText } from '../../ui/dates'
import { SessionStatus } from '../status/SessionStatus'
import { missingWords } from './checklist'
import { Corrections, SessionEnd } from './SessionEnd'
import { useReviewSession } from './useReview'

/** One session as it arrived: a table of intakes (with checklist state and photo), then the notes. */
export function SessionDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useT()
  const detail = useReviewSession(id)
  return (
    <section className="review" data-testid="review-session" aria-labelledby="review-session-title">
      <button type="button" className="button" onClick={onBack}>
        {t('review.back')}
      </button>
      {detail.state === 'loading' && <p role="status">{t('loading')}</p>}
      {detail.state === 'error' && <p role="alert">{errorText(t, detail.error)}</p>}
      {detail.state === 'done' && (
        <>
          <h2 id="review-session-title">
            {dayText(detail.data.session.date)} {detail.data.session.siteName ?? detail.data.session.siteId}
          </h2>
          <p data-testid="review-session-counts">
            {t('review.col.complete')} {detail.data.session.complete}
            {t('list.separator')}
            {t('review.col.incomplete')} {detail.data.session.incomplete}
          </p>
          <SessionEnd session={detail.data.session} />
          <SessionStatus sessionId={id} />
          <h3>{t('review.intakes')}</h3>
          <IntakeTable intakes={detail.data.intakes} photos={detail.data.photos} />
          <h3>{t('review.notes')}</h3>
          <NoteTable notes={detail.data.notes} intakes={detail.data.intakes} />
          <Corrections corrections={detail.data.corrections} />
        </>
      )}
    </section>
  )
}

function IntakeTable({ intakes, photos }: { intakes: ReviewIntake[]; photos: ReviewPhoto[] }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  return (
    <div className="review-scroll">
      <table className="review-table" data-testid="review-intakes">
        <thead>
          <tr>
            <th scope="col">{t('review.col.visitor')}</th>
            <th scope="col">{t('review.col.purpose')}</th>
            <th scope="col">{t('review.col.judgement')}</th>
            <th scope="col">{t('review.col.checklist')}</th>
            <th scope="col">{t('review.col.formId')}</th>
            <th scope="col">{t('review.col.photo')}</th>
          </tr>
        </thead>
        <tbody>
          {intakes.map((i) => {
            const purpose = knownKey(`review.purpose.${i.purpose}`)
            const missing = missingWords(i, lang)
            return (
              <tr
                key={i.id}
                data-testid="review-intake-row"
                data-complete={i.checklist.complete ? 'true' : 'false'}
              >
                <td>{t('review.visitorNo', { no: i.visitorNo })}</td>
                <td>{purpose ? t(purpose) : i.purpose}</td>
                <td>
                  <span className={i.checklist.complete ? 'review-ok' : 'review-missing'}>
                    {i.checklist.complete
                      ? t('review.complete')
                      : t('review.incomplete', { count: missing.length })}
                  </span>
                  {i.closedIncomplete && (
                    <p data-testid="review-closed-incomplete">
                      {t('review.closedIncomplete', { reason: i.closedIncomplete.reason })}
                    </p>
                  )}
                  {missing.length > 0 && (
                    <ul className="review-missing-list" aria-label={t('review.missingTitle')}>
                      {missing.map((words) => (
                        <li key={words}>{words}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {t('review.tally', {
                    ok: i.tally.ok,
                    missing: i.tally.missing,
                    na: i.tally.notApplicable,
                    unanswered: i.tally.unanswered,
                  })}
                </td>
                <td className="mono">{i.applicationFormId ?? '—'}</td>
                <td>
                  {photos
                    .filter((p) => p.intakeId === i.id)
                    .map((p) =>
                      p.stored ? (
                        <img
                          key={p.id}
                          className="review-thumb"
                          src={`/api/outreach-review/photos/${p.id}`}
                          alt={t('review.col.photo')}
                          width={70}
                          height={90}
                          loading="lazy"
                        />
                      ) : (
                        <span
                          key={p.id}
                          className="review-thumb review-thumb-pending"
                          data-testid="photo-pending"
                        >
                          {t('review.photoPending')}
                        </span>
                      ),
                    )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function NoteTable({ notes, intakes }: { notes: ReviewNote[]; intakes: ReviewIntake[] }) {
  const t = useT()
  const visitorOf = new Map(intakes.map((i) => [i.id, i.visitorNo]))
  return (
    <table className="review-table" data-testid="review-notes">
      <thead>
        <tr>
          <th scope="col">{t('review.col.visitor')}</th>
          <th scope="col">{t('review.col.category')}</th>
          <th scope="col">{t('review.col.text')}</th>
          <th scope="col">{t('review.col.followUp')}</th>
        </tr>
      </thead>
      <tbody>
        {notes.map((n) => {
          const no = n.intakeId ? visitorOf.get(n.intakeId) : undefined
          return (
            <tr key={n.id}>
              <td>{no ? t('review.visitorNo', { no }) : '—'}</td>
              <td>{CATEGORIES.find((c) => c.code === n.category)?.label.ja ?? n.category}</td>
              <td className="review-text">{n.text}</td>
              <td>{n.followUp ? t('review.yes') : t('review.no')}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
