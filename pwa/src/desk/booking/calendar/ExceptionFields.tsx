import { useT } from '../../../app/i18n'
import { type ExceptionForm, newException } from './calendar-form'
import { Input, SectionErrors } from './Input'
import type { CalendarEditorState } from './useCalendarEditor'

type TextKey = 'date' | 'opens' | 'closes' | 'capacity' | 'note'

/** Dates that differ from their period: a closure with a note, or an extra opening with its hours. */
export function ExceptionFields({ editor }: { editor: CalendarEditorState }) {
  const t = useT()
  const { form, edit, errorsAt } = editor
  if (!form) return null
  const set = (i: number, key: TextKey, v: string) =>
    edit((f) => {
      const e = f.exceptions[i]
      if (e) e[key] = v
    })
  const add = (open: boolean) => edit((f) => f.exceptions.push(newException('', open)))
  return (
    <section className="cal-section" aria-labelledby="cal-exceptions">
      <h2 id="cal-exceptions">{t('desk.calendar.exceptions')}</h2>
      <p className="muted">{t('desk.calendar.exceptionsLead')}</p>
      <SectionErrors errors={errorsAt('exceptions')} />
      {form.exceptions.length === 0 ? (
        <p className="muted">{t('desk.calendar.noExceptions')}</p>
      ) : (
        <table className="table cal-exceptions" data-testid="exceptions">
          <thead>
            <tr>
              <th scope="col">{t('desk.calendar.date')}</th>
              <th scope="col">{t('desk.calendar.kind')}</th>
              <th scope="col">{t('desk.calendar.opens')}</th>
              <th scope="col">{t('desk.calendar.closes')}</th>
              <th scope="col">{t('desk.calendar.capacityShort')}</th>
              <th scope="col">{t('desk.calendar.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('desk.calendar.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {form.exceptions.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row being typed may share its date with another
              <ExceptionRow key={i} i={i} e={e} set={set} editor={editor} />
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button" data-testid="add-closure" onClick={() => add(false)}>
          {t('desk.calendar.addClosure')}
        </button>
        <button type="button" className="button" data-testid="add-opening" onClick={() => add(true)}>
          {t('desk.calendar.addOpening')}
        </button>
      </div>
    </section>
  )
}

function ExceptionRow(props: {
  i: number
  e: ExceptionForm
  set: (i: number, key: TextKey, v: string) => void
  editor: CalendarEditorState
}) {
  const t = useT()
  const { i, e, set, editor } = props
  const at = `exceptions.${i}`
  const errors = (key: string) => editor.errorsAt(`${at}.${key}`)
  const label = (key: Parameters<typeof t>[0]) => `${t(key)} (${i + 1})`
  return (
    <tr data-testid={`exception-${i}`}>
      <td>
        <Input
          id={`${at}.date`}
          type="date"
          hideLabel
          label={label('desk.calendar.date')}
          value={e.date}
          errors={errors('date')}
          onChange={(v) => set(i, 'date', v)}
          testId="exception-date"
        />
      </td>
      <td>
        <select
          className="field-input"
          aria-label={label('desk.calendar.kind')}
          value={e.open ? 'open' : 'closed'}
          onChange={(event) =>
            editor.edit((f) => {
              const row = f.exceptions[i]
              if (row) row.open = event.target.value === 'open'
            })
          }
        >
          <option value="closed">{t('desk.calendar.kindClosed')}</option>
          <option value="open">{t('desk.calendar.kindOpen')}</option>
        </select>
      </td>
      <td>
        {e.open && (
          <Input
            id={`${at}.opens`}
            type="time"
            hideLabel
            size="short"
            label={label('desk.calendar.opens')}
            value={e.opens}
            errors={errors('opens')}
            onChange={(v) => set(i, 'opens', v)}
          />
        )}
      </td>
      <td>
        {e.open && (
          <Input
            id={`${at}.closes`}
            type="time"
            hideLabel
            size="short"
            label={label('desk.calendar.closes')}
            value={e.closes}
            errors={errors('closes')}
            onChange={(v) => set(i, 'closes', v)}
          />
        )}
      </td>
      <td>
        {e.open && (
          <Input
            id={`${at}.capacity`}
            type="number"
            hideLabel
            size="short"
            label={label('desk.calendar.capacityShort')}
            value={e.capacity}
            errors={errors('capacity')}
            onChange={(v) => set(i, 'capacity', v)}
          />
        )}
      </td>
      <td>
        <Input
          id={`${at}.note`}
          hideLabel
          size="long"
          label={label('desk.calendar.note')}
          value={e.note}
          errors={errors('note')}
          onChange={(v) => set(i, 'note', v)}
          testId="exception-note"
        />
      </td>
      <td>
        <button
          type="button"
          className="button"
          onClick={() => editor.edit((f) => f.exceptions.splice(i, 1))}
        >
          {t('desk.calendar.remove')}
        </button>
      </td>
    </tr>
  )
}
