import type { Complaint, ComplaintStatus, MessageKey } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { PageTitle } from '../../ui/PageTitle'
import { callsApi } from './api'
import { whenLabel } from './format'

const STATUSES: ComplaintStatus[] = ['received', 'in_progress', 'done']

/** Complaints (苦情) for supervisors: filter by status and severity, record each action taken. */
export function ComplaintsScreen() {
  const t = useT()
  const [status, setStatus] = useState('')
  const [severity, setSeverity] = useState('')
  const [list, setList] = useState<Complaint[] | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [next, setNext] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(() => {
    callsApi
      .complaints({ status, severity })
      .then((r) => setList(r.complaints))
      .catch((e) => setProblem(errorText(t, e)))
  }, [status, severity, t])
  useEffect(load, [load])
  const act = async (k: Complaint) => {
    try {
      await callsApi.act(k.id, {
        note: notes[k.id] ?? '',
        status: next[k.id] || undefined,
        expectedVersion: k.version,
      })
      setNotes({ ...notes, [k.id]: '' })
      load()
    } catch (e) {
      setProblem(errorText(t, e))
    }
  }
  return (
    <section
      className="screen screen-wide"
      data-testid="complaints-screen"
      aria-labelledby="complaints-title"
    >
      <PageTitle id="complaints-title" title={t('calls.complaints.title')} />
      <div className="call-extra">
        <label className="call-field">
          <span className="field-label">{t('calls.history.outcome')}</span>
          <select className="field-input" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="" />
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`calls.complaint.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="call-field">
          <span className="field-label">{t('calls.log.severity')}</span>
          <select className="field-input" value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="" />
            {(['low', 'medium', 'high'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`calls.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {list?.map((k) => (
        <article key={k.id} className="panel" data-testid="complaint-item" data-status={k.status}>
          <p>
            <strong>{t(`calls.complaint.${k.status}` as MessageKey)}</strong> ·{' '}
            {t(`calls.severity.${k.severity}`)} · {whenLabel(k.receivedAt)}{' '}
            {k.closedAt && `· ${t('calls.complaints.closed')} ${whenLabel(k.closedAt)}`}
          </p>
          <p data-testid="complaint-what">{k.what}</p>
          <ol>
            {k.actions.map((a, i) => (
              <li key={`${a.at}${i.toString()}`}>
                {whenLabel(a.at)} {a.byName}: {a.note}
              </li>
            ))}
          </ol>
          {k.status !== 'done' && (
            <div className="call-extra">
              <label className="call-field">
                <span className="field-label">{t('calls.complaints.action')}</span>
                <input
                  className="field-input"
                  value={notes[k.id] ?? ''}
                  onChange={(e) => setNotes({ ...notes, [k.id]: e.target.value })}
                />
              </label>
              <select
                className="field-input"
                value={next[k.id] ?? ''}
                onChange={(e) => setNext({ ...next, [k.id]: e.target.value })}
                aria-label={t('calls.history.outcome')}
              >
                <option value="" />
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`calls.complaint.${s}` as MessageKey)}
                  </option>
                ))}
              </select>
              <button type="button" className="button" onClick={() => void act(k)}>
                {t('calls.complaints.record')}
              </button>
            </div>
          )}
        </article>
      ))}
    </section>
  )
}
