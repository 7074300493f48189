import {
  CATEGORIES,
  type FieldProblem,
  formatRef,
  type LocalDate,
  type MessageKey,
  OUTCOME_KEYS,
  OUTCOMES,
  type Outcome,
} from '@madoguchi/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { dateLabel } from '../booking/format'
import { useKeyTable } from '../call/key-registry'
import { keyLabel } from '../call/keys'
import { talkSecondsOf, useCallWorkspace } from '../call/store'
import { callsApi } from './api'
import { categoryKey, chooseOutcome, closeRequestOf, toggleCategory } from './draft'
import { useIncoming } from './incoming'
import { CALL_LOG_KEY_TABLE, type CallLogCommands } from './keys'

type Problems = Record<string, string[]>

/**
 * The call log for the open call, under the call bar on every desk screen: categories by number,
 * outcome by letter, a guarded summary, and what the outcome needs (escalation, call-back, complaint).
 * Saving sends the call (made on the server first if the desk took it offline) and clears it here.
 */
export function CallLogPanel({ restored }: { restored: boolean }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const call = useCallWorkspace((s) => s.call)
  const patchLog = useCallWorkspace((s) => s.patchLog)
  const found = useIncoming((s) => s.found)
  const [problems, setProblems] = useState<Problems>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [departments, setDepartments] = useState<string[]>([])

  useEffect(() => {
    callsApi
      .departments()
      .then((d) => setDepartments(d.departments.filter((x) => x.active).map((x) => x.name)))
      .catch(() => {}) // offline: the escalation can still be chosen once the list loads
  }, [])

  const save = useCallback(async () => {
    const open = useCallWorkspace.getState().call
    if (!open || saving) return
    const endedAt = open.endedAt ?? new Date().toISOString()
    const made = closeRequestOf(open, talkSecondsOf({ ...open, endedAt }, Date.now()), endedAt)
    if ('problems' in made) {
      setProblems(made.problems)
      setNotice(t('calls.log.fix'))
      return
    }
    useCallWorkspace.getState().endTimer(new Date(endedAt))
    setSaving(true)
    try {
      if (open.source === 'hand') await callsApi.start(open.id, open.answeredAt)
      await callsApi.close(open.id, made.request)
      useIncoming.setState({ found: null, logged: true })
      useCallWorkspace.getState().finishCall()
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'validation_failed') {
        setProblems(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k, v.map((p: FieldProblem) => p.code)]),
          ),
        )
        setNotice(errorText(t, error))
      } else if (error instanceof ApiRequestError && error.code === 'network') {
        setNotice(t('calls.log.keptOffline'))
      } else setNotice(errorText(t, error))
    } finally {
      setSaving(false)
    }
  }, [saving, t])

  const commands: CallLogCommands = useMemo(
    () => ({
      toggleCategory: (code) => {
        const open = useCallWorkspace.getState().call
        if (open) patchLog(toggleCategory(open.log, code))
      },
      chooseOutcome: (outcome) => {
        const open = useCallWorkspace.getState().call
        if (open) patchLog(chooseOutcome(open.log, outcome))
      },
      save: () => void save(),
    }),
    [patchLog, save],
  )
  useKeyTable('callLog', CALL_LOG_KEY_TABLE, commands)

  if (!call) return null
  const { log } = call
  const detail = (key: string) => log.details[key] ?? ''
  const setDetail = (key: string, value: string) => patchLog({ details: { ...log.details, [key]: value } })
  const problemText = (path: string) =>
    (problems[path] ?? []).map((code) => t(`field.${code}` as MessageKey)).join(' ')

  const field = (key: string, label: MessageKey, path: string, multiline = false) => (
    <div className="call-field">
      <label className="field-label" htmlFor={`call-${key}`}>
        {t(label)}
      </label>
      {multiline ? (
        <textarea
          id={`call-${key}`}
          className="field-input"
          value={detail(key)}
          rows={2}
          onChange={(e) => setDetail(key, e.target.value)}
          data-testid={`call-${key}`}
        />
      ) : (
        <input
          id={`call-${key}`}
          className="field-input"
          value={detail(key)}
          onChange={(e) => setDetail(key, e.target.value)}
          data-testid={`call-${key}`}
        />
      )}
      {problemText(path) && (
        <span className="field-errors" role="alert">
          {problemText(path)}
        </span>
      )}
    </div>
  )

  return (
    <section className="call-log" data-region="call" data-testid="call-log" aria-labelledby="call-log-title">
      <h2 className="panel-subtitle" id="call-log-title">
        {t('calls.log.title')}
      </h2>
      {restored && <p className="notice">{t('calls.log.restored')}</p>}
      {call.callerPhone && (
        <p data-testid="call-caller">
          {t('calls.log.caller')}: {call.callerPhone}
          {found && found.call?.id === call.id && (
            <>
              {' · '}
              {t('calls.log.earlier')}: {found.earlierCalls.length} {' · '}
              {t('calls.log.bookings')}:{' '}
              <span data-testid="call-caller-bookings">
                {found.bookings
                  .map((b) => `${formatRef(b.ref)} ${dateLabel(b.date as LocalDate, lang)} ${b.time}`)
                  .join(', ') || '—'}
              </span>
            </>
          )}
        </p>
      )}
      <fieldset className="call-categories">
        <legend className="field-label">{t('calls.log.categories')}</legend>
        {CATEGORIES.map((c, i) => {
          const chosen = log.categories.includes(c.code)
          return (
            <button
              key={c.code}
              type="button"
              className="option-button type-option"
              aria-pressed={chosen}
              data-call-focus={i === 0 ? '' : undefined}
              data-testid={`call-category-${c.code}`}
              onClick={() => commands.toggleCategory(c.code)}
            >
              <kbd>{keyLabel(categoryKey(i))}</kbd> {c.label[lang]}
              {log.categories[0] === c.code && <small> ({t('calls.log.primary')})</small>}
            </button>
          )
        })}
        {problemText('categories') && (
          <span className="field-errors" role="alert">
            {problemText('categories')}
          </span>
        )}
      </fieldset>
      <label className="call-field">
        <span className="field-label">{t('calls.log.summary')}</span>
        <textarea
          className="field-input"
          rows={2}
          value={log.summary}
          onChange={(e) => patchLog({ summary: e.target.value })}
          data-testid="call-summary"
        />
        {problemText('summary') && (
          <span className="field-errors" role="alert">
            {problemText('summary')}
          </span>
        )}
      </label>
      <fieldset className="call-outcomes">
        <legend className="field-label">{t('calls.log.outcome')}</legend>
        {OUTCOMES.map((o: Outcome) => (
          <button
            key={o}
            type="button"
            className="option-button type-option"
            aria-pressed={log.outcome === o}
            data-testid={`call-outcome-${o}`}
            onClick={() => commands.chooseOutcome(o)}
          >
            <kbd>{OUTCOME_KEYS[o]}</kbd> {t(`calls.outcome.${o}` as MessageKey)}
          </button>
        ))}
        {problemText('outcome') && (
          <span className="field-errors" role="alert">
            {problemText('outcome')}
          </span>
        )}
      </fieldset>
      {log.outcome === 'escalated' && (
        <div className="call-extra">
          <label className="call-field">
            <span className="field-label">{t('calls.log.department')}</span>
            <select
              className="field-input"
              value={detail('department')}
              onChange={(e) => setDetail('department', e.target.value)}
              data-testid="call-department"
            >
              <option value="" />
              {departments.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
            {problemText('escalation.department') && (
              <span className="field-errors" role="alert">
                {problemText('escalation.department')}
              </span>
            )}
          </label>
          {field('question', 'calls.log.question', 'escalation.question', true)}
          <label className="check">
            <input
              type="checkbox"
              checked={detail('urgency') === 'urgent'}
              onChange={(e) => setDetail('urgency', e.target.checked ? 'urgent' : 'normal')}
            />{' '}
            {t('calls.log.urgent')}
          </label>
        </div>
      )}
      {(log.outcome === 'escalated' || log.outcome === 'callback') && (
        <div className="call-extra">
          {field('phone', 'calls.log.phone', 'contact.phone')}
          {field('name', 'calls.log.name', 'contact.name')}
          {field('when', 'calls.log.when', 'contact.when')}
        </div>
      )}
      {log.outcome === 'complaint' && (
        <div className="call-extra">
          {field('what', 'calls.log.what', 'complaint.what', true)}
          <label className="call-field">
            <span className="field-label">{t('calls.log.severity')}</span>
            <select
              className="field-input"
              value={detail('severity') || 'medium'}
              onChange={(e) => setDetail('severity', e.target.value)}
            >
              {(['low', 'medium', 'high'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`calls.severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save()}
          disabled={saving}
          data-testid="call-save"
        >
          {t('calls.log.save')} <kbd>Alt + K</kbd>
        </button>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="call-notice">
          {notice}
        </p>
      )}
    </section>
  )
}
