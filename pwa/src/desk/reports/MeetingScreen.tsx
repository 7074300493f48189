import {
  AGENDA_SOURCES,
  type AgendaItem,
  type AgendaSource,
  type FieldProblem,
  type LocalDate,
  monthLabels,
  type RegularMeetingInput,
  type RegularMeetingView,
  type ReportMonth,
  recordDate,
  recordStamp,
  tokyoDate,
} from '@madoguchi/shared'
import { type ReactNode, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText, fieldText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { PATHS } from '../../app/router'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { reportsApi } from './api'
import { defaultMonth, meetingPath } from './month'
import './reports.css'
import './meeting.css'

const monthOfLocation = () => {
  const m = new URLSearchParams(window.location.search).get('month') ?? ''
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? m : defaultMonth(new Date())
}

const blank = (view: RegularMeetingView): RegularMeetingInput =>
  view.meeting
    ? {
        heldOn: view.meeting.heldOn,
        place: view.meeting.place,
        attendees: view.meeting.attendees,
        agenda: view.meeting.agenda,
        decisions: view.meeting.decisions,
        followUps: view.meeting.followUps,
      }
    : {
        heldOn: tokyoDate(Date.now()),
        place: '',
        attendees: [{ name: '', organisation: '' }],
        agenda: view.suggestedAgenda,
        decisions: [''],
        followUps: [{ what: '', owner: '', due: null }],
      }

/**
 * 定例会記録: the monthly meeting with the city on the month's report. Supervisors and admins edit it
 * (the agenda prefilled from the report's open items, then decisions and follow-ups) and save it
 * whole; city staff read it. Below the form (and alone on paper) is the record as an A4 document.
 */
export function MeetingScreen() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const mayEdit = useCan('regularMeeting.edit')
  const [month] = useState(monthOfLocation)
  const [view, setView] = useState<RegularMeetingView | null>(null)
  const [draft, setDraft] = useState<RegularMeetingInput | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, FieldProblem[]>>({})
  const [status, setStatus] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    reportsApi
      .meeting(month)
      .then((v) => {
        if (!live) return
        setView(v)
        setDraft(blank(v))
      })
      .catch((e) => live && setProblem(errorText(t, e)))
    return () => {
      live = false
    }
  }, [month, t])

  const labels = monthLabels(month as ReportMonth)
  const monthText = lang === 'ja' ? `${labels.wareki}（${labels.seireki}）` : month
  const change = (patch: Partial<RegularMeetingInput>) => setDraft((d) => (d ? { ...d, ...patch } : d))
  const errorsOf = (path: string) => (fields[`meeting.${path}`] ?? []).map((p) => fieldText(t, p))

  const save = () => {
    if (!draft || !view) return
    setStatus(null)
    setFields({})
    // Rows left empty are not part of the record: a blank decision is no decision.
    const meeting: RegularMeetingInput = {
      ...draft,
      attendees: draft.attendees.filter((a) => a.name.trim() || a.organisation.trim()),
      agenda: draft.agenda.filter((a) => a.text.trim()),
      decisions: draft.decisions.filter((d) => d.trim()),
      followUps: draft.followUps.filter((f) => f.what.trim() || f.owner.trim() || f.due),
    }
    reportsApi
      .saveMeeting(month, meeting, view.meeting?.version ?? 0)
      .then((saved) => {
        setView({ ...view, meeting: saved })
        setDraft(blank({ ...view, meeting: saved }))
        setStatus(t('reports.meeting.saved', { version: saved.version }))
      })
      .catch((e) => {
        if (e instanceof ApiRequestError) setFields(e.fields)
        setStatus(errorText(t, e))
      })
  }

  return (
    <section className="screen mt-screen" data-testid="meeting-screen" aria-labelledby="meeting-title">
      <div className="no-print">
        <Crumbs
          trail={[
            { label: t('reports.title'), path: PATHS.deskReports },
            { label: t('reports.meeting.title'), path: meetingPath(month) },
          ]}
        />
        <PageTitle id="meeting-title" title={`${t('reports.meeting.title')} — ${monthText}`} />
        <div className="rp-toolbar">
          <button
            type="button"
            className="button"
            onClick={() => window.print()}
            disabled={!draft}
            data-testid="meeting-print"
          >
            {t('reports.meeting.print')}
          </button>
          <a
            href={PATHS.deskReports}
            onClick={(e) => {
              e.preventDefault()
              navigate(PATHS.deskReports)
            }}
          >
            {t('reports.meeting.back')}
          </a>
        </div>
        {problem && <p role="alert">{problem}</p>}
        {view?.meeting && (
          <p className="muted" data-testid="meeting-updated">
            {t('reports.meeting.updated', {
              at: recordStamp(view.meeting.updatedAt, lang),
              name: view.meeting.updatedByName ?? '—',
            })}
          </p>
        )}
        {view && !view.meeting && !mayEdit && <p>{t('reports.meeting.notYet')}</p>}
        {draft && view && mayEdit && (
          <MeetingForm
            draft={draft}
            change={change}
            errorsOf={errorsOf}
            fresh={!view.meeting}
            onSuggest={() => change({ agenda: view.suggestedAgenda })}
          />
        )}
        {mayEdit && draft && (
          <div className="rp-toolbar">
            <button type="button" className="button button-primary" onClick={save} data-testid="meeting-save">
              {t('reports.meeting.save')}
            </button>
            {status && (
              <p role="status" data-testid="meeting-status">
                {status}
              </p>
            )}
          </div>
        )}
      </div>
      {draft && (view?.meeting || mayEdit) && <MeetingDocument meeting={draft} monthText={monthText} />}
    </section>
  )
}

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
        <textarea {...common} rows={2} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
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
              className="button mt-remove"
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

function MeetingForm(props: {
  draft: RegularMeetingInput
  change: (patch: Partial<RegularMeetingInput>) => void
  errorsOf: (path: string) => string[]
  fresh: boolean
  onSuggest: () => void
}) {
  const t = useT()
  const { draft, change, errorsOf } = props
  return (
    <form className="mt-form" onSubmit={(e) => e.preventDefault()}>
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
            <label className="mt-source">
              <span className="visually-hidden">{t('reports.meeting.item', { n: i + 1 })}</span>
              <select
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

/** The record as the city files it: an A4 document, the only thing on the page when printed. */
function MeetingDocument({ meeting, monthText }: { meeting: RegularMeetingInput; monthText: string }) {
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
