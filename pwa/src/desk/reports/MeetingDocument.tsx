import { type RegularMeetingInput, recordDate } from '@madoguchi/shared'
import { useLang, useT } from '../../app/i18n'

/** The record as the city files it: an A4 document, the only thing on the page when printed. */
export function MeetingDocument({ meeting, monthText }: { meeting: RegularMeetingInput; monthText: string }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const agenda = meeting.agenda.filter((a) => a.text.trim())
  const decisions = meeting.decisions.filter((d) => d.trim())
  const followUps = meeting.followUps.filter((f) => f.what.trim())
  const attendees = meeting.attendees.filter((a) => a.name.trim())
  const none = <p>{t('reports.meeting.none')}</p>
  return (
    <article className="mt-doc" data-testid="meeting-document" aria-label={t('reports.meeting.title')}>
      <h2 className="mt-doc-title">{t('reports.meeting.title')}</h2>
      <p className="mt-doc-sub">{t('reports.meeting.of', { month: monthText })}</p>
      <dl className="mt-doc-head">
        <dt>{t('reports.meeting.heldOn')}</dt>
        <dd>{meeting.heldOn ? recordDate(meeting.heldOn, lang) : ''}</dd>
        <dt>{t('reports.meeting.place')}</dt>
        <dd>{meeting.place}</dd>
      </dl>
      <h3>{t('reports.meeting.attendees')}</h3>
      {attendees.length ? (
        <ul className="mt-doc-attendees">
          {attendees.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows in a list of plain values
            <li key={i}>{a.organisation ? `${a.organisation}　${a.name}` : a.name}</li>
          ))}
        </ul>
      ) : (
        none
      )}
      <h3>{t('reports.meeting.agenda')}</h3>
      {agenda.length ? (
        <ol className="mt-doc-list">
          {agenda.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows in a list of plain values
            <li key={i}>
              <span className="mt-doc-source">［{t(`reports.meeting.source.${a.source}`)}］</span>
              {a.text}
            </li>
          ))}
        </ol>
      ) : (
        none
      )}
      <h3>{t('reports.meeting.decisions')}</h3>
      {decisions.length ? (
        <ol className="mt-doc-list">
          {decisions.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows in a list of plain values
            <li key={i}>{d}</li>
          ))}
        </ol>
      ) : (
        none
      )}
      <h3>{t('reports.meeting.followUps')}</h3>
      {followUps.length ? (
        <table className="rp-table mt-doc-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.meeting.what')}</th>
              <th scope="col">{t('reports.meeting.owner')}</th>
              <th scope="col">{t('reports.meeting.due')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows in a list of plain values
              <tr key={i}>
                <td>{f.what}</td>
                <td>{f.owner}</td>
                <td>{f.due ? recordDate(f.due, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        none
      )}
    </article>
  )
}
