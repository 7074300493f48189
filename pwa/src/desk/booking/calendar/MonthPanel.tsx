import { type LocalDate, tokyoDate } from '@madoguchi/shared'
import { useMemo, useState } from 'react'
import { useLang, useT } from '../../../app/i18n'
import { DaySlots } from './DaySlots'
import { MonthGrid } from './MonthGrid'
import { buildMonthGrid, shiftMonth } from './month-grid'
import type { useCalendarData } from './useCalendarData'

const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ')

/** The month view: navigation, the grid of days, and the selected day's slots; prints on A4. */
export function MonthPanel({ data }: { data: ReturnType<typeof useCalendarData> }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const { view, doc, selected, setSelected, month } = data
  const [byKey, setByKey] = useState(false)
  const grid = useMemo(
    () => (view ? buildMonthGrid(view, doc?.calendar ?? null, lang) : null),
    [view, doc, lang],
  )
  const today = tokyoDate(Date.now())
  const [year, m] = month.split('-').map(Number) as [number, number]
  const title = t('desk.calendar.month', { year, month: m, name: MONTH_NAMES[m - 1] ?? '' })
  const go = (date: LocalDate) => {
    setByKey(false)
    setSelected(date)
  }

  return (
    <section aria-labelledby="cal-month-title">
      <div className="cal-monthbar">
        <h2 id="cal-month-title" data-testid="month-title" aria-live="polite">
          {title}
        </h2>
        <div className="actions no-print">
          <button
            type="button"
            className="button"
            data-testid="prev-month"
            onClick={() => go(shiftMonth(selected, -1))}
          >
            {t('desk.calendar.prev')} <kbd>PageUp</kbd>
          </button>
          <button type="button" className="button" onClick={() => go(today)}>
            {t('desk.calendar.thisMonth')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="next-month"
            onClick={() => go(shiftMonth(selected, 1))}
          >
            {t('desk.calendar.next')} <kbd>PageDown</kbd>
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('desk.calendar.print')}
          </button>
        </div>
      </div>
      <p className="muted no-print">{t('desk.calendar.keysHint')}</p>
      {!grid ? (
        <p className="loading">{t('loading')}</p>
      ) : (
        <div className="cal-monthbody">
          <MonthGrid
            grid={grid}
            selected={selected}
            today={today}
            focusSelected={byKey}
            onSelect={go}
            onKeyMove={(date) => {
              setByKey(true)
              setSelected(date)
            }}
          />
          <DaySlots
            day={view?.days.find((d) => d.date === selected)}
            cell={grid.flat().find((c) => c?.date === selected) ?? undefined}
          />
        </div>
      )}
    </section>
  )
}
