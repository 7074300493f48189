import {
  type LocalDate,
  monthOfInstant,
  newId,
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
import './schedule.css'

interface Draft {
  id: string
  /** 0 for a new plan; else the version read. */
  version: number
  date: string
  siteId: string
  startTime: string
  endTime: string
  staff: string
  note: string
}

const emptyDraft = (date: string): Draft => ({
  id: newId(),
  version: 0,
  date,
  siteId: '',
  startTime: '10:00',
  endTime: '16:00',
  staff: '',
  note: '',
})

const draftOf = (p: PlannedSession): Draft => ({
  id: p.id,
  version: p.version,
  date: p.date,
  siteId: p.siteId,
  startTime: p.startTime,
  endTime: p.endTime,
  staff: p.staffNames.join('、'),
  note: p.note,
})

/** 「山田、佐藤」 or "Yamada, Sato" → names, as the tablet's form reads them. */
const names = (text: string) =>
  text
    .split(/[、,，]/)
    .map((n) => n.trim())
    .filter(Boolean)

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

function PlanForm({
  draft,
  sites,
  fields,
  dateRef,
  onChange,
  onSave,
  onDiscard,
}: {
  draft: Draft
  sites: { id: string; name: string }[]
  fields: Record<string, string[]>
  dateRef: React.RefObject<HTMLInputElement | null>
  onChange: (draft: Draft) => void
  onSave: () => void
  onDiscard: () => void
}) {
  const t = useT()
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    onChange({ ...draft, [key]: e.target.value })
  const errors = (key: string) =>
    fields[key]?.length ? (
      <span className="field-errors" id={`plan-${key}-error`} data-testid={`plan-${key}-error`}>
        {fields[key].join(' ')}
      </span>
    ) : null
  const described = (key: string) => (fields[key]?.length ? `plan-${key}-error` : undefined)
  return (
    <form
      className="schedule-form"
      data-testid="schedule-form"
      aria-labelledby="schedule-form-title"
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <h2 id="schedule-form-title">{draft.version === 0 ? t('schedule.add') : t('schedule.editTitle')}</h2>
      <div className="schedule-fields">
        <label className="field">
          <span className="field-label">{t('schedule.date')}</span>
          <input
            ref={dateRef}
            className="field-input"
            type="date"
            name="date"
            value={draft.date}
            onChange={set('date')}
            aria-invalid={Boolean(fields.date?.length)}
            aria-describedby={described('date')}
          />
          {errors('date')}
        </label>
        <label className="field">
          <span className="field-label">{t('schedule.site')}</span>
          <select
            className="select"
            name="siteId"
            value={draft.siteId}
            onChange={set('siteId')}
            aria-invalid={Boolean(fields.siteId?.length)}
            aria-describedby={described('siteId')}
          >
            <option value="">{t('schedule.chooseSite')}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {errors('siteId')}
        </label>
        <label className="field">
          <span className="field-label">{t('schedule.start')}</span>
          <input
            className="field-input"
            type="time"
            name="startTime"
            value={draft.startTime}
            onChange={set('startTime')}
            aria-invalid={Boolean(fields.startTime?.length)}
            aria-describedby={described('startTime')}
          />
          {errors('startTime')}
        </label>
        <label className="field">
          <span className="field-label">{t('schedule.end')}</span>
          <input
            className="field-input"
            type="time"
            name="endTime"
            value={draft.endTime}
            onChange={set('endTime')}
            aria-invalid={Boolean(fields.endTime?.length)}
            aria-describedby={described('endTime')}
          />
          {errors('endTime')}
        </label>
        <label className="field wide">
          <span className="field-label">{t('schedule.staff')}</span>
          <input className="field-input" name="staffNames" value={draft.staff} onChange={set('staff')} />
          {errors('staffNames')}
        </label>
        <label className="field wide">
          <span className="field-label">{t('schedule.note')}</span>
          <input className="field-input" name="note" value={draft.note} onChange={set('note')} />
          {errors('note')}
        </label>
      </div>
      <div className="schedule-buttons">
        <button type="submit" className="button button-primary" data-testid="schedule-save">
          {t('schedule.save')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('schedule.discard')}
        </button>
      </div>
    </form>
  )
}
