import { newId, type PlannedSession } from '@madoguchi/shared'
import type { ReactNode, RefObject } from 'react'
import { useT } from '../../app/i18n'

/** A plan being added (version 0) or changed, as the form holds it. */
export interface Draft {
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

export const emptyDraft = (date: string): Draft => ({
  id: newId(),
  version: 0,
  date,
  siteId: '',
  startTime: '10:00',
  endTime: '16:00',
  staff: '',
  note: '',
})

export const draftOf = (p: PlannedSession): Draft => ({
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
export const names = (text: string) =>
  text
    .split(/[、,，]/)
    .map((n) => n.trim())
    .filter(Boolean)

/** What ties a control to its field's problems for screen readers. */
interface Described {
  id: string
  name: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

/** One labelled field: the control, then the server's problems for it, tied together. */
function Field(props: {
  name: string
  label: string
  problems: string[] | undefined
  wide?: boolean
  children: (described: Described) => ReactNode
}) {
  const errorId = `plan-${props.name}-error`
  const invalid = Boolean(props.problems?.length)
  return (
    <label className={props.wide ? 'field wide' : 'field'} htmlFor={`plan-${props.name}`}>
      <span className="field-label">{props.label}</span>
      {props.children({
        id: `plan-${props.name}`,
        name: props.name,
        'aria-invalid': invalid,
        'aria-describedby': invalid ? errorId : undefined,
      })}
      {invalid && (
        <span className="field-errors" id={errorId} data-testid={errorId}>
          {props.problems?.join(' ')}
        </span>
      )}
    </label>
  )
}

/** The one form for adding a plan and for changing one (its title says which). */
export function PlanForm({
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
  dateRef: RefObject<HTMLInputElement | null>
  onChange: (draft: Draft) => void
  onSave: () => void
  onDiscard: () => void
}) {
  const t = useT()
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    onChange({ ...draft, [key]: e.target.value })
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
        <Field name="date" label={t('schedule.date')} problems={fields.date}>
          {(d) => (
            <input
              ref={dateRef}
              className="field-input"
              type="date"
              value={draft.date}
              onChange={set('date')}
              {...d}
            />
          )}
        </Field>
        <Field name="siteId" label={t('schedule.site')} problems={fields.siteId}>
          {(d) => (
            <select className="select" value={draft.siteId} onChange={set('siteId')} {...d}>
              <option value="">{t('schedule.chooseSite')}</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="startTime" label={t('schedule.start')} problems={fields.startTime}>
          {(d) => (
            <input
              className="field-input"
              type="time"
              value={draft.startTime}
              onChange={set('startTime')}
              {...d}
            />
          )}
        </Field>
        <Field name="endTime" label={t('schedule.end')} problems={fields.endTime}>
          {(d) => (
            <input
              className="field-input"
              type="time"
              value={draft.endTime}
              onChange={set('endTime')}
              {...d}
            />
          )}
        </Field>
        <Field name="staffNames" label={t('schedule.staff')} problems={fields.staffNames} wide>
          {(d) => <input className="field-input" value={draft.staff} onChange={set('staff')} {...d} />}
        </Field>
        <Field name="note" label={t('schedule.note')} problems={fields.note} wide>
          {(d) => <input className="field-input" value={draft.note} onChange={set('note')} {...d} />}
        </Field>
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
