import {
  type FieldProblem,
  monthLabels,
  type RegularMeetingInput,
  type RegularMeetingView,
  type ReportMonth,
  recordStamp,
  tokyoDate,
} from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText, fieldText } from '../../app/errors'
import { useLang, useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { PATHS } from '../../app/router'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { reportsApi } from './api'
import { MeetingDocument } from './MeetingDocument'
import { MeetingForm } from './MeetingForm'
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
    <section className="screen" data-testid="meeting-screen" aria-labelledby="meeting-title">
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
