import { CATEGORIES, type CallDetail, type CallSummary, type MessageKey, OUTCOMES } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { PageTitle } from '../../ui/PageTitle'
import { phoneLabel } from '../phone'
import { callsApi, type FollowUpItem } from './api'
import { categoryLabel, talkLabel, whenLabel } from './format'

/** Call history with filters, one call's whole history, and the calls waiting for a call-back (回答あり). */
export function CallsScreen() {
  const t = useT()
  return (
    <section className="screen screen-wide" data-testid="calls-screen" aria-labelledby="calls-title">
      <PageTitle id="calls-title" title={t('calls.history.title')} />
      <FollowUps />
      <History />
    </section>
  )
}

function FollowUps() {
  const t = useT()
  const [items, setItems] = useState<{ answered: FollowUpItem[]; waiting: FollowUpItem[] } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const load = useCallback(() => {
    callsApi
      .followUps()
      .then(setItems)
      .catch((e) => setProblem(errorText(t, e)))
  }, [t])
  useEffect(load, [load])
  const callback = async (id: string, reached: boolean) => {
    try {
      await callsApi.callback(id, reached, notes[id] ?? '')
      load()
    } catch (e) {
      setProblem(errorText(t, e))
    }
  }
  return (
    <section className="panel" data-testid="follow-ups" aria-labelledby="follow-ups-title">
      <h2 className="panel-title" id="follow-ups-title">
        {t('calls.followUps.title')}
      </h2>
      {problem && <p role="alert">{problem}</p>}
      {items?.answered.length === 0 && <p className="muted">{t('calls.followUps.none')}</p>}
      {items?.answered.map((i) => (
        <article key={i.call.id} data-testid="answered-item">
          <p>
            {whenLabel(i.call.answeredAt)} · {i.escalation?.department} · {phoneLabel(i.contact?.phone ?? '')}{' '}
            {i.contact?.when}
          </p>
          <p>
            <strong>{i.escalation?.question}</strong>
          </p>
          <p data-testid="answered-answer">{i.escalation?.answer}</p>
          <label className="call-field">
            <span className="field-label">{t('calls.followUps.note')}</span>
            <input
              className="field-input"
              value={notes[i.call.id] ?? ''}
              onChange={(e) => setNotes({ ...notes, [i.call.id]: e.target.value })}
              data-testid="callback-note"
            />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void callback(i.call.id, true)}
              data-testid="callback-done"
            >
              {t('calls.followUps.reached')}
            </button>
            <button type="button" className="button" onClick={() => void callback(i.call.id, false)}>
              {t('calls.followUps.notReached')}
            </button>
          </div>
        </article>
      ))}
      {items && items.waiting.length > 0 && (
        <>
          <h3 className="panel-subtitle">{t('calls.followUps.waiting')}</h3>
          <ul>
            {items.waiting.map((i) => (
              <li key={i.call.id}>
                {whenLabel(i.call.answeredAt)} · {i.escalation?.department ?? t('calls.outcome.callback')} ·{' '}
                {phoneLabel(i.contact?.phone ?? '')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function History() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const [filter, setFilter] = useState<Record<string, string>>({})
  const [calls, setCalls] = useState<CallSummary[] | null>(null)
  const [next, setNext] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [open, setOpen] = useState<CallDetail | null>(null)

  const search = useCallback(
    async (before?: string) => {
      setProblem(null)
      try {
        const page = await callsApi.list({ ...filter, before })
        setCalls((shown) => (before ? [...(shown ?? []), ...page.calls] : page.calls))
        setNext(page.next)
      } catch (e) {
        setProblem(errorText(t, e))
      }
    },
    [filter, t],
  )
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page once; later searches are asked for
  useEffect(() => void search(), [])

  const input = (key: string, label: MessageKey, type = 'text') => (
    <label className="call-field">
      <span className="field-label">{t(label)}</span>
      <input
        className="field-input"
        type={type}
        value={filter[key] ?? ''}
        onChange={(e) => setFilter({ ...filter, [key]: e.target.value })}
        data-testid={`history-${key}`}
      />
    </label>
  )
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 className="panel-title" id="history-title">
        {t('calls.history.title')}
      </h2>
      <form
        className="call-extra"
        onSubmit={(e) => {
          e.preventDefault()
          void search()
        }}
      >
        {input('from', 'calls.history.from', 'date')}
        {input('to', 'calls.history.to', 'date')}
        <label className="call-field">
          <span className="field-label">{t('calls.history.category')}</span>
          <select
            className="field-input"
            value={filter.category ?? ''}
            onChange={(e) => setFilter({ ...filter, category: e.target.value })}
          >
            <option value="" />
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="call-field">
          <span className="field-label">{t('calls.history.outcome')}</span>
          <select
            className="field-input"
            value={filter.outcome ?? ''}
            onChange={(e) => setFilter({ ...filter, outcome: e.target.value })}
          >
            <option value="" />
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`calls.outcome.${o}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {input('phone', 'calls.history.phone')}
        <button type="submit" className="button button-primary">
          {t('calls.history.search')}
        </button>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {calls?.length === 0 && <p className="muted">{t('calls.history.none')}</p>}
      {calls && calls.length > 0 && (
        <table className="table" data-testid="history-table">
          <thead>
            <tr>
              <th>{t('calls.history.when')}</th>
              <th>{t('calls.history.category')}</th>
              <th>{t('calls.history.outcome')}</th>
              <th>{t('calls.history.talk')}</th>
              <th>{t('calls.history.operator')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void callsApi.detail(c.id).then(setOpen)}
                  >
                    {whenLabel(c.ringingAt ?? c.answeredAt)}
                  </button>
                </td>
                <td>{categoryLabel(c.primary, lang)}</td>
                <td>{c.outcome ? t(`calls.outcome.${c.outcome}` as MessageKey) : t('calls.history.open')}</td>
                <td>{talkLabel(c.talkSeconds)}</td>
                <td>{c.operatorName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button type="button" className="button" onClick={() => void search(next)}>
          {t('calls.history.more')}
        </button>
      )}
      {open && (
        <section className="panel" data-testid="call-detail">
          <h3 className="panel-subtitle">
            {whenLabel(open.call.answeredAt)} · {open.call.summary}
          </h3>
          <h4>{t('calls.history.events')}</h4>
          <ol>
            {open.events.map((e, i) => (
              <li key={`${e.at}${i.toString()}`}>
                {whenLabel(e.at)} {e.kind} {e.actorName ?? ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  )
}
