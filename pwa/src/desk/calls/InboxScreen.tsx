import type { Escalation, MessageKey } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { dayText } from '../../ui/dates'
import { PageTitle } from '../../ui/PageTitle'
import { callsApi } from './api'
import { whenLabel } from './format'

/** A department's inbox (取次ぎ受付箱): 未対応 first, overdue in red and counted; the answer returns to the call. */
export function InboxScreen() {
  const t = useT()
  const [list, setList] = useState<{ escalations: Escalation[]; overdue: number } | null>(null)
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const load = useCallback(() => {
    callsApi
      .escalations({})
      .then(setList)
      .catch((e) => setProblem(errorText(t, e)))
  }, [t])
  useEffect(load, [load])
  const answer = async (e: Escalation) => {
    try {
      await callsApi.answer(e.id, answers[e.id] ?? '', e.version)
      load()
    } catch (error) {
      setProblem(errorText(t, error))
    }
  }
  return (
    <section className="screen screen-wide" data-testid="inbox-screen" aria-labelledby="inbox-title">
      <PageTitle id="inbox-title" title={t('calls.inbox.title')} />
      {list && (
        <p className={list.overdue ? 'overdue' : 'muted'} data-testid="inbox-overdue">
          {t('calls.inbox.overdue', { count: list.overdue })}
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      {list?.escalations.map((e) => (
        <article key={e.id} className="panel" data-testid="inbox-item" data-status={e.status}>
          <p>
            <strong>{t(`calls.status.${e.status}` as MessageKey)}</strong> · {e.department} ·{' '}
            {whenLabel(e.raisedAt)} ·{' '}
            <span className={e.overdue ? 'overdue' : undefined}>
              {t('calls.inbox.due')} {dayText(e.dueDate)}
            </span>
            {e.urgency === 'urgent' && ` · ${t('calls.log.urgent')}`}
          </p>
          <p>{e.question}</p>
          {e.status === 'open' ? (
            <div className="call-field">
              <label className="field-label" htmlFor={`answer-${e.id}`}>
                {t('calls.inbox.answer')}
              </label>
              <textarea
                id={`answer-${e.id}`}
                className="field-input"
                rows={3}
                value={answers[e.id] ?? ''}
                onChange={(ev) => setAnswers({ ...answers, [e.id]: ev.target.value })}
                data-testid="inbox-answer"
              />
              <div className="actions">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => void answer(e)}
                  data-testid="inbox-send"
                >
                  {t('calls.inbox.send')}
                </button>
              </div>
            </div>
          ) : (
            <p>
              {t('calls.inbox.answer')}: {e.answer} ({e.answeredByName}, {whenLabel(e.answeredAt)})
            </p>
          )}
        </article>
      ))}
    </section>
  )
}
