import {
  AGENDA_SOURCES,
  type AgendaItem,
  type AgendaSource,
  type LocalDate,
  type RegularMeetingInput,
} from '@madoguchi/shared'
import type { ReactNode } from 'react'
import { useT } from '../../app/i18n'

/**
 * The 定例会 record's form (supervisors and admins): date and place, then rows of attendees, agenda,
 * decisions and follow-ups, each field's problems from the server tied to it.
 */
function Errors({ id, errors }: { id: string; errors: string[] }) {
  if (errors.length === 0) return null
  return (
    <ul className="field-errors" id={id}>
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  )
}

/** An input or textarea with its field problems tied to it for screen readers. */
function Input(props: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  errors: string[]
  type?: 'text' | 'date'
  multiline?: boolean
  hideLabel?: boolean
}) {
  const errorId = `${props.id}-error`
  const common = {
    id: props.id,
    value: props.value,
    'aria-invalid': props.errors.length > 0 || undefined,
    'aria-describedby': props.errors.length > 0 ? errorId : undefined,
    'data-testid': props.id,
  }
  return (
    <div className="mt-field">
      <label htmlFor={props.id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          className="field-input"
          {...common}
          rows={2}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          className="field-input"
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <Errors id={errorId} errors={props.errors} />
    </div>
  )
}

function Rows<T>(props: {
  id: string
  title: string
  rows: T[]
  empty: T
  set: (rows: T[]) => void
  render: (row: T, i: number, put: (row: T) => void) => ReactNode
  extra?: ReactNode
}) {
  const t = useT()
  const put = (i: number) => (row: T) => props.set(props.rows.map((r, k) => (k === i ? row : r)))
  return (
    <fieldset className="mt-rows" data-testid={`meeting-${props.id}`}>
      <legend>{props.title}</legend>
      {props.extra}
      <ol>
        {props.rows.map((row, i) => (
          // Rows have no identity of their own until saved: the position is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className="mt-row">
            {props.render(row, i, put(i))}
            <button
              type="button"
              className="button"
              onClick={() => props.set(props.rows.filter((_, k) => k !== i))}
              aria-label={`${t('reports.meeting.remove')} ${props.title} ${i + 1}`}
            >
              {t('reports.meeting.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => props.set([...props.rows, props.empty])}
        data-testid={`meeting-${props.id}-add`}
      >
        {t('reports.meeting.add')}
      </button>
    </fieldset>
  )
}

export function MeetingForm(props: {
  draft: RegularMeetingInput
  change: (patch: Partial<RegularMeetingInput>) => void
  errorsOf: (path: string) => string[]
  fresh: boolean
  onSuggest: () => void
}) {
  const t = useT()
  const { draft, change, errorsOf } = props
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <div className="mt-head">
        <Input
          id="meeting-heldOn"
          type="date"
          label={t('reports.meeting.heldOn')}
          value={draft.heldOn}
          onChange={(v) => change({ heldOn: v as LocalDate })}
          errors={errorsOf('heldOn')}
        />
        <Input
          id="meeting-place"
          label={t('reports.meeting.place')}
          value={draft.place}
          onChange={(place) => change({ place })}
          errors={errorsOf('place')}
        />
      </div>
      <Rows
        id="attendees"
        title={t('reports.meeting.attendees')}
        rows={draft.attendees}
        empty={{ name: '', organisation: '' }}
        set={(attendees) => change({ attendees })}
        render={(a, i, put) => (
          <>
            <Input
              id={`meeting-attendee-${i}-name`}
              label={t('reports.meeting.name')}
              value={a.name}
              onChange={(name) => put({ ...a, name })}
              errors={errorsOf(`attendees.${i}.name`)}
            />
            <Input
              id={`meeting-attendee-${i}-organisation`}
              label={t('reports.meeting.organisation')}
              value={a.organisation}
              onChange={(organisation) => put({ ...a, organisation })}
              errors={errorsOf(`attendees.${i}.organisation`)}
            />
          </>
        )}
      />
      <Rows<AgendaItem>
        id="agenda"
        title={t('reports.meeting.agenda')}
        rows={draft.agenda}
        empty={{ source: 'other', text: '' }}
        set={(agenda) => change({ agenda })}
        extra={
          <>
            {props.fresh && <p className="muted rp-small">{t('reports.meeting.suggestedNote')}</p>}
            <button type="button" className="button" onClick={props.onSuggest} data-testid="meeting-suggest">
              {t('reports.meeting.fromReport')}
            </button>
          </>
        }
        render={(a, i, put) => (
          <>
            <label>
              <span className="visually-hidden">{t('reports.meeting.item', { n: i + 1 })}</span>
              <select
                className="select"
                value={a.source}
                onChange={(e) => put({ ...a, source: e.target.value as AgendaSource })}
                data-testid={`meeting-agenda-${i}-source`}
              >
                {AGENDA_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`reports.meeting.source.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <Input
              id={`meeting-agenda-${i}`}
              label={t('reports.meeting.item', { n: i + 1 })}
              hideLabel
              multiline
              value={a.text}
              onChange={(text) => put({ ...a, text })}
              errors={errorsOf(`agenda.${i}.text`)}
            />
          </>
        )}
      />
      <Rows
        id="decisions"
        title={t('reports.meeting.decisions')}
        rows={draft.decisions}
        empty=""
        set={(decisions) => change({ decisions })}
        render={(d, i, put) => (
          <Input
            id={`meeting-decision-${i}`}
            label={t('reports.meeting.decision', { n: i + 1 })}
            hideLabel
            multiline
            value={d}
            onChange={put}
            errors={errorsOf(`decisions.${i}`)}
          />
        )}
      />
      <Rows
        id="followUps"
        title={t('reports.meeting.followUps')}
        rows={draft.followUps}
        empty={{ what: '', owner: '', due: null }}
        set={(followUps) => change({ followUps })}
        render={(f, i, put) => (
          <>
            <Input
              id={`meeting-followUp-${i}-what`}
              label={t('reports.meeting.what')}
              multiline
              value={f.what}
              onChange={(what) => put({ ...f, what })}
              errors={errorsOf(`followUps.${i}.what`)}
            />
            <Input
              id={`meeting-followUp-${i}-owner`}
              label={t('reports.meeting.owner')}
              value={f.owner}
              onChange={(owner) => put({ ...f, owner })}
              errors={errorsOf(`followUps.${i}.owner`)}
            />
            <Input
              id={`meeting-followUp-${i}-due`}
              type="date"
              label={t('reports.meeting.due')}
              value={f.due ?? ''}
              onChange={(due) => put({ ...f, due: (due || null) as LocalDate | null })}
              errors={errorsOf(`followUps.${i}.due`)}
            />
          </>
        )}
      />
    </form>
  )
}
