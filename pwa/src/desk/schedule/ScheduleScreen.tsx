import {
  type LocalDate,
  monthOfInstant,
  type PlannedSession,
  type ScheduleList,
  tokyoDate,
} from '@madoguchi/shared'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText, fieldText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { useKeyTable } from '../call/key-registry'
import { scheduleApi } from './api'
import { SCHEDULE_KEY_TABLE, type ScheduleCommands } from './keys'
import { type Draft, draftOf, emptyDraft, names, PlanForm } from './PlanForm'
import './schedule.css'

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 + by, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * 実施日程 for supervisors: a month's planned pop-up sessions, a form to add or change one, and 中止.
 * Keyboard: Alt+N opens a new plan with its date focused, Esc discards the form, Enter saves; the
 * cancel question starts on 戻る, so Enter never cancels a plan by accident.
 */
export function ScheduleScreen() {
  const t = useT()
  const mayEdit = useCan('schedule.edit')
  const [month, setMonth] = useState(() => monthOfInstant(Date.now()) as string)
  const [list, setList] = useState<ScheduleList | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [fields, setFields] = useState<Record<string, string[]>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<PlannedSession | null>(null)
  const dateRef = useRef<HTMLInputElement>(null)

  const load = useCallback(() => {
    scheduleApi
      .month(month)
      .then(setList)
      .catch((e) => setProblem(errorText(t, e)))
  }, [month, t])
  useEffect(() => {
    if (mayEdit) load()
  }, [load, mayEdit])

  const open = useCallback((next: Draft) => {
    setFields({})
    setProblem(null)
    setNotice(null)
    setDraft(next)
    // The form renders first; then its first field takes the focus.
    requestAnimationFrame(() => dateRef.current?.focus())
  }, [])

  const commands = useMemo<ScheduleCommands>(
    () => ({
      add: () => {
        const today = tokyoDate(Date.now())
        open(emptyDraft(today.startsWith(month) ? today : `${month}-01`))
      },
      discard: () => setDraft(null),
    }),
    [month, open],
  )
  useKeyTable('schedule', SCHEDULE_KEY_TABLE, commands)

  const save = async () => {
    if (!draft) return
    setFields({})
    setProblem(null)
    try {
      await scheduleApi.save(draft.id, {
        siteId: draft.siteId,
        date: draft.date as LocalDate,
        startTime: draft.startTime as `${number}:${number}`,
        endTime: draft.endTime as `${number}:${number}`,
        staffNames: names(draft.staff),
        note: draft.note,
        expectedVersion: draft.version,
      })
      setDraft(null)
      setNotice(t('schedule.saved'))
      if (draft.date.slice(0, 7) !== month) setMonth(draft.date.slice(0, 7))
      else load()
    } catch (e) {
      if (e instanceof ApiRequestError && Object.keys(e.fields).length > 0) {
        setFields(
          Object.fromEntries(Object.entries(e.fields).map(([k, ps]) => [k, ps.map((p) => fieldText(t, p))])),
        )
      } else setProblem(errorText(t, e))
    }
  }

  const cancel = async (plan: PlannedSession) => {
    setConfirming(null)
    setProblem(null)
    try {
      await scheduleApi.cancel(plan.id, plan.version)
      setNotice(t('schedule.cancelled'))
      load()
    } catch (e) {
      setProblem(errorText(t, e))
    }
  }

  if (!mayEdit) return null
  const siteName = (id: string) => list?.sites.find((s) => s.id === id)?.name ?? id
  return (
    <section className="screen screen-wide" data-testid="schedule-screen" aria-labelledby="schedule-title">
      <Crumbs trail={[{ label: t('schedule.title'), path: '/desk/schedule' }]} />
      <PageTitle id="schedule-title" title={t('schedule.title')} />
      <p className="lead">{t('schedule.keys')}</p>
      <div className="schedule-month">
        <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t('schedule.previous')}
        </button>
        <label className="field">
          <span className="field-label">{t('schedule.month')}</span>
          <input
            className="field-input"
            type="month"
            data-testid="schedule-month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
        <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, 1))}>
          {t('schedule.next')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="schedule-add"
          aria-keyshortcuts="Alt+N"
          onClick={commands.add}
        >
          {t('schedule.add')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="schedule-notice">
          {notice}
        </p>
      )}
      {problem && (
        <p className="schedule-problem" role="alert" data-testid="schedule-problem">
          {problem}
        </p>
      )}
      {draft && (
        <PlanForm
          draft={draft}
          sites={list?.sites ?? []}
          fields={fields}
          dateRef={dateRef}
          onChange={setDraft}
          onSave={() => void save()}
          onDiscard={() => setDraft(null)}
        />
      )}
      {confirming && (
        <div
          className="schedule-form schedule-confirm"
          role="alertdialog"
          aria-labelledby="schedule-confirm-text"
        >
          <p id="schedule-confirm-text">
            {t('schedule.cancelConfirm', { date: confirming.date, site: siteName(confirming.siteId) })}
          </p>
          <div className="schedule-buttons">
            <button
              type="button"
              className="button"
              onClick={() => setConfirming(null)}
              ref={(b) => b?.focus()}
            >
              {t('schedule.back')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="schedule-cancel-confirm"
              onClick={() => void cancel(confirming)}
            >
              {t('schedule.cancel')}
            </button>
          </div>
        </div>
      )}
      {list?.plans.length === 0 && <p className="muted">{t('schedule.none')}</p>}
      {list && list.plans.length > 0 && (
        <table className="table schedule-table" data-testid="schedule-table">
          <thead>
            <tr>
              <th scope="col">{t('schedule.date')}</th>
              <th scope="col">{t('schedule.site')}</th>
              <th scope="col">{t('schedule.staffAndNote')}</th>
              <th scope="col">{t('schedule.status')}</th>
              <th scope="col">{t('schedule.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.plans.map((p) => (
              <tr key={p.id} data-testid="schedule-row" data-plan-id={p.id} data-status={p.status}>
                <td>
                  {p.date}
                  <br />
                  {p.startTime}〜{p.endTime}
                </td>
                <td>{p.siteName}</td>
                <td>
                  {p.staffNames.join('、')}
                  {p.note && (
                    <>
                      <br />
                      <span className="muted">{p.note}</span>
                    </>
                  )}
                </td>
                <td>{t(p.status === 'planned' ? 'schedule.status.planned' : 'schedule.status.cancelled')}</td>
                <td>
                  {p.status === 'planned' && (
                    <div className="schedule-buttons">
                      <button
                        type="button"
                        className="button"
                        data-testid="schedule-edit"
                        onClick={() => open(draftOf(p))}
                      >
                        {t('schedule.edit')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        data-testid="schedule-cancel"
                        onClick={() => setConfirming(p)}
                      >
                        {t('schedule.cancel')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
