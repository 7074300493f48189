import { useEffect, useRef } from 'react'
import { useT } from '../../../app/i18n'
import { ContactFields } from './ContactFields'
import { ExceptionFields } from './ExceptionFields'
import { PeriodFields } from './PeriodFields'
import { RulesFields } from './RulesFields'
import { StrandedList } from './StrandedList'
import type { CalendarEditorState } from './useCalendarEditor'

/** The calendar editor: periods, date exceptions and the booking window, saved as one document. */
export function CalendarEditor({ editor, canEdit }: { editor: CalendarEditorState; canEdit: boolean }) {
  const t = useT()
  const { form, status } = editor
  const result = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // The answer to a save shows where the supervisor looks next, however far down the form they are.
    if (status.kind !== 'idle' && status.kind !== 'saving')
      result.current?.scrollIntoView({ block: 'nearest' })
  }, [status])
  if (!form) return <p className="loading">{t('loading')}</p>
  return (
    <form
      data-testid="calendar-editor"
      onSubmit={(event) => {
        event.preventDefault()
        void editor.save()
      }}
    >
      {!canEdit && <p className="notice">{t('desk.calendar.readOnly')}</p>}
      <fieldset disabled={!canEdit} className="cal-plain">
        <legend className="visually-hidden">{t('desk.calendar.editor')}</legend>
        <ExceptionFields editor={editor} />
        <RulesFields editor={editor} />
        <PeriodFields editor={editor} />
        <ContactFields editor={editor} />
      </fieldset>
      <div ref={result} aria-live="polite">
        {status.kind === 'stranded' && <StrandedList bookings={status.bookings} />}
        {status.kind === 'invalid' && <p className="form-alert">{t('error.validation_failed')}</p>}
        {status.kind === 'conflict' && <p className="form-alert">{t('desk.calendar.conflict')}</p>}
        {status.kind === 'failed' && <p className="form-alert">{status.text}</p>}
        {status.kind === 'saved' && (
          <p className="form-alert form-alert-ok" data-testid="calendar-saved">
            {t('desk.calendar.saved')}
          </p>
        )}
      </div>
      {canEdit && (
        <div className="cal-savebar">
          <div className="actions">
            <button
              type="submit"
              className="button button-primary"
              data-testid="calendar-save"
              aria-disabled={status.kind === 'saving' || undefined}
            >
              {status.kind === 'saving' ? t('desk.calendar.saving') : t('desk.calendar.save')}
            </button>
            <button type="button" className="button" onClick={editor.reset}>
              {t('desk.calendar.reset')}
            </button>
          </div>
        </div>
      )}
    </form>
  )
}
