import type { MessageKey } from '@madoguchi/shared'
import { useT } from '../../../app/i18n'
import { newPeriod } from './calendar-form'
import { Input, SectionErrors } from './Input'
import type { CalendarEditorState } from './useCalendarEditor'

const WEEKDAYS: MessageKey[] = [
  'desk.calendar.wd.0',
  'desk.calendar.wd.1',
  'desk.calendar.wd.2',
  'desk.calendar.wd.3',
  'desk.calendar.wd.4',
  'desk.calendar.wd.5',
  'desk.calendar.wd.6',
]

/** The periods: dates, hours per weekday, slot length and counter windows. */
export function PeriodFields({ editor }: { editor: CalendarEditorState }) {
  const t = useT()
  const { form, edit, errorsAt } = editor
  if (!form) return null
  const setPeriod = (i: number, key: 'from' | 'to' | 'slotMinutes' | 'capacity', v: string) =>
    edit((f) => {
      const p = f.periods[i]
      if (p) p[key] = v
    })
  return (
    <section className="cal-section" aria-labelledby="cal-periods">
      <h2 id="cal-periods">{t('desk.calendar.periods')}</h2>
      <p className="muted">{t('desk.calendar.periodsLead')}</p>
      <SectionErrors errors={errorsAt('periods')} />
      {form.periods.map((period, i) => {
        const at = `periods.${i}`
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: periods have no id; their order is their identity
          <fieldset key={i} className="cal-period" data-testid={`period-${i}`}>
            <legend>{t('desk.calendar.periodN', { n: i + 1 })}</legend>
            <div className="cal-row">
              <Input
                id={`${at}.from`}
                type="date"
                label={t('desk.calendar.from')}
                value={period.from}
                errors={errorsAt(`${at}.from`)}
                onChange={(v) => setPeriod(i, 'from', v)}
              />
              <Input
                id={`${at}.to`}
                type="date"
                label={t('desk.calendar.to')}
                value={period.to}
                errors={errorsAt(`${at}.to`)}
                onChange={(v) => setPeriod(i, 'to', v)}
              />
              <Input
                id={`${at}.slotMinutes`}
                type="number"
                size="short"
                label={t('desk.calendar.slotMinutes')}
                value={period.slotMinutes}
                errors={errorsAt(`${at}.slotMinutes`)}
                onChange={(v) => setPeriod(i, 'slotMinutes', v)}
              />
              <Input
                id={`${at}.capacity`}
                type="number"
                size="short"
                label={t('desk.calendar.capacity')}
                value={period.capacity}
                errors={errorsAt(`${at}.capacity`)}
                onChange={(v) => setPeriod(i, 'capacity', v)}
              />
            </div>
            <table className="table cal-hours">
              <thead>
                <tr>
                  <th scope="col">{t('desk.calendar.weekday')}</th>
                  <th scope="col">{t('desk.calendar.openDay')}</th>
                  <th scope="col">{t('desk.calendar.opens')}</th>
                  <th scope="col">{t('desk.calendar.closes')}</th>
                </tr>
              </thead>
              <tbody>
                {period.weekdays.map((day, d) => {
                  const name = t(WEEKDAYS[d] as MessageKey)
                  const path = `${at}.weekdays.${d}`
                  const set = (key: 'opens' | 'closes', v: string) =>
                    edit((f) => {
                      const w = f.periods[i]?.weekdays[d]
                      if (w) w[key] = v
                    })
                  return (
                    <tr key={name}>
                      <th scope="row">{name}</th>
                      <td>
                        <input
                          type="checkbox"
                          className="cal-check"
                          checked={day.open}
                          aria-label={t('desk.calendar.openOn', { day: name })}
                          onChange={(event) =>
                            edit((f) => {
                              const w = f.periods[i]?.weekdays[d]
                              if (w) w.open = event.target.checked
                            })
                          }
                        />
                      </td>
                      <td>
                        {day.open && (
                          <Input
                            id={`${path}.opens`}
                            type="time"
                            hideLabel
                            size="short"
                            label={`${name} ${t('desk.calendar.opens')}`}
                            value={day.opens}
                            errors={errorsAt(`${path}.opens`)}
                            onChange={(v) => set('opens', v)}
                          />
                        )}
                      </td>
                      <td>
                        {day.open && (
                          <Input
                            id={`${path}.closes`}
                            type="time"
                            hideLabel
                            size="short"
                            label={`${name} ${t('desk.calendar.closes')}`}
                            value={day.closes}
                            errors={errorsAt(`${path}.closes`)}
                            onChange={(v) => set('closes', v)}
                          />
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
            <button
              type="button"
              className="button cal-remove"
              onClick={() => edit((f) => f.periods.splice(i, 1))}
            >
              {t('desk.calendar.removePeriod')}
            </button>
          </fieldset>
        )
      })}
      <button type="button" className="button" onClick={() => edit((f) => f.periods.push(newPeriod(f)))}>
        {t('desk.calendar.addPeriod')}
      </button>
    </section>
  )
}
